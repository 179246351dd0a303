internal import CGraphviz

/// Owns the one `GVC_t` of the process; freed in `deinit`.
///
/// Created lazily under ``GraphvizLock``; installs the error sink so that
/// Graphviz's messages are captured instead of printed.
final class GraphvizContext {
    let pointer: OpaquePointer

    private init?() {
        guard let context = gvContext() else { return nil }
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

/// The server name that turns file loading off (`HTTPServerEnVar`); lives for the whole process.
nonisolated(unsafe) let fileLoadingGuardName: UnsafeMutablePointer<CChar> = {
    let bytes = Array("dyad".utf8CString)
    let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
    pointer.initialize(from: bytes, count: bytes.count)
    return pointer
}()

/// Turns Graphviz's file loading off; the caller holds ``GraphvizLock``.
func disableFileLoading() {
    dyad_disable_file_loading(fileLoadingGuardName)
}
