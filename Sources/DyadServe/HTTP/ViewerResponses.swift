import Foundation
import HTTPTypes
import Hummingbird

/// Building responses: JSON bodies and bundled files.
enum ViewerResponses {
    /// The content type of every API answer.
    static let jsonType = "application/json; charset=utf-8"

    /// `value` as a JSON response.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        bytes(encode(value), type: jsonType, status: status)
    }

    /// `value` as JSON with sorted keys.
    static func encode(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(value)).map(Array.init) ?? Array(#"{"kind":"error","code":"internal","error":"encoding failed"}"#.utf8)
    }

    /// A response with `bytes` of content type `type`.
    static func bytes(_ bytes: [UInt8], type: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
