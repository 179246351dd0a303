import Dispatch
import DyadCore
import Hummingbird
import Logging

/// Runs the viewer: a Hummingbird server answering the page and the API for one graph.
public enum ViewerServer {
    /// Builds the application (tests drive it with HummingbirdTesting, without sockets).
    /// - Parameters:
    ///   - viewer: The engine answering the API.
    ///   - configuration: Address, port and rate limit.
    ///   - onRunning: Called with the bound port once the server listens.
    /// - Throws: ``ServeError`` when the page's files are missing from the build.
    public static func application(
        viewer: GraphViewer, configuration: ServeConfiguration, onRunning: @escaping @Sendable (Int) -> Void = { _ in }
    ) throws(ServeError) -> some ApplicationProtocol {
        var logger = Logger(label: "dyad-serve")
        logger.logLevel = .warning
        return Application(
            router: try ViewerRouter.make(viewer: viewer, configuration: configuration),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "dyad"),
            onServerRunning: { channel in onRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
    }

    /// Serves until the process gets SIGINT or SIGTERM, blocking the calling thread.
    /// - Throws: ``ServeError`` when the server cannot start (port taken, resources missing).
    public static func runBlocking(viewer: GraphViewer, configuration: ServeConfiguration, onRunning: @escaping @Sendable (Int) -> Void)
        throws(ServeError)
    {
        let app = try application(viewer: viewer, configuration: configuration, onRunning: onRunning)
        // Draw the view the page asks for first, and keep snapshots for diffs, while the server starts.
        DispatchQueue.global(qos: .utility).async { viewer.prepare() }
        let outcome = Locked<ServeError?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await app.runService()
            } catch {
                outcome.withLock {
                    $0 = ServeError(
                        .badRequest,
                        "cannot serve on \(configuration.host):\(configuration.port): \(error); choose another --port or --host")
                }
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.withLock({ $0 }) { throw error }
    }
}
