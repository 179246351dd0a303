import DyadExtraction

/// The pack loader, pattern compiler and linter on arbitrary YAML: errors are fine, crashes and hangs are not,
/// and the linter must report an error for every pack that fails to compile.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPack(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let (pack, _) = try? PackLoader.parse(yaml: text, file: "fuzz.yaml") else { return 0 }
    let issues = PackLinter.check(pack)
    do {
        _ = try CompiledPack(pack)
    } catch {
        if error.code == .pattern, !issues.contains(where: { $0.severity == .error }) {
            fatalError("extract refuses a pattern that rules check accepts: \(error)")
        }
    }
    return 0
}
