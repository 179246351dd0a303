import Foundation
import HTTPTypes
import Hummingbird

/// Building responses: JSON bodies and bundled files.
enum ViewerResponses {
    /// `value` as a JSON response.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = (try? encoder.encode(value)).map(Array.init) ?? Array(#"{"kind":"error","code":"internal","error":"encoding failed"}"#.utf8)
        return bytes(body, type: "application/json; charset=utf-8", status: status)
    }

    /// A response with `bytes` of content type `type`.
    static func bytes(_ bytes: [UInt8], type: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
