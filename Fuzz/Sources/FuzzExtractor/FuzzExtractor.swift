import DyadCore
import DyadExtraction

/// The default pack, compiled once.
let extractor: Extractor = {
    do { return Extractor(pack: try CompiledPack(try PackLoader.loadDefault())) } catch { fatalError("default pack: \(error)") }
}()

/// Compiles the default pack before the first input, so its cost is not charged to that input's time limit.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzExtractorInitialize(
    _ argc: UnsafeMutablePointer<Int32>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?
) -> Int32 {
    _ = extractor.pack
    return 0
}

/// The extractor with the default pack on arbitrary text (front matter included): every relation it returns
/// must join two actors it also returns, and its graph must validate.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard var input = try? DocumentInput.parse(text, path: "fuzz") else { return 0 }
    if input.id == nil { input.id = "fuzz" }
    let result = extractor.extract(input)
    var graph = Graph()
    result.add(to: &graph)
    do {
        _ = try GraphFile.decode(GraphFile.encode(graph), path: "extracted")
    } catch {
        fatalError("extracted graph does not validate: \(error)")
    }
    return 0
}
