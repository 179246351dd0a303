internal import CGraphviz
import DyadPOSIX

/// Owns the one `GVC_t` of the process; freed in `deinit`.
///
/// Created lazily under ``GraphvizLock``; installs the error sink so that
/// Graphviz's messages are captured instead of printed.
final class GraphvizContext {
    let pointer: OpaquePointer

    private init?() {
        guard let context = gvContext() else { return nil }
        disableFileLoading(context)
        pointer = context
    }

    deinit {
        GraphvizLock.withLock { _ = gvFreeContext(pointer) }
    }

    nonisolated(unsafe) private static var sharedContext: GraphvizContext?

    /// The shared context; the caller holds ``GraphvizLock``.
    static func shared() throws(GraphvizError) -> GraphvizContext {
        if let sharedContext { return sharedContext }
        _ = agseterrf(graphvizErrorSink)
        guard let context = GraphvizContext() else {
            throw GraphvizError(
                code: .context, message: "Graphviz could not create its context; is libgvc installed with its plugins (libgraphviz-dev)?",
                graphvizMessages: GraphvizLock.takeMessages())
        }
        sharedContext = context
        return context
    }

    /// The Graphviz version string (Debian 12's 2.42.2 reports "2.43.0").
    var version: String {
        guard let text = gvcVersion(pointer) else { return "unknown" }
        return String(cString: text)
    }
}

/// Receives every message cgraph and gvc report (`agseterrf`) and keeps it for the thrown error.
private let graphvizErrorSink: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { text in
    if let text { GraphvizLock.captured += String(cString: text) }
    return 0
}

/// Turns Graphviz's file loading off for this process, through its public API; the caller holds ``GraphvizLock``.
///
/// `gvParseArgs` reads `SERVER_NAME` and `GV_FILE_PATH` from the environment, as the `dot` command does:
/// with a server name set and no file path, Graphviz opens no file an attribute names (`image`, `shapefile`,
/// HTML `<IMG>`). A server name already set is kept (it has the same effect); `GV_FILE_PATH` is removed.
private func disableFileLoading(_ context: OpaquePointer) {
    if POSIX.environment("SERVER_NAME")?.isEmpty ?? true { POSIX.setEnvironment("SERVER_NAME", "dyad") }
    POSIX.setEnvironment("GV_FILE_PATH", nil)
    // Graphviz keeps argv[0] as its command name for the life of the context: one allocation, never freed.
    var arguments: [UnsafeMutablePointer<CChar>?] = [commandName, nil]
    _ = gvParseArgs(context, 1, &arguments)
}

/// The command name Graphviz keeps (`argv[0]` of ``disableFileLoading(_:)``); lives for the whole process.
nonisolated(unsafe) private let commandName: UnsafeMutablePointer<CChar> = {
    let bytes = Array("dyad".utf8CString)
    let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
    pointer.initialize(from: bytes, count: bytes.count)
    return pointer
}()
