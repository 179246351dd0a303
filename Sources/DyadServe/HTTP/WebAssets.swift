import Foundation

/// The page's files, bundled as package resources and read once at start.
///
/// Requests name an asset by a fixed route; no part of a request becomes a file path.
struct WebAssets: Sendable {
    /// One file: its bytes and content type.
    struct Asset: Sendable {
        var bytes: [UInt8]
        var contentType: String
    }

    /// The routes served and the bundled file behind each.
    static let routes: [(route: String, file: String, type: String)] = [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/app.js", "app.js", "text/javascript; charset=utf-8"),
        ("/app.css", "app.css", "text/css; charset=utf-8"),
    ]

    /// The assets by route.
    let byRoute: [String: Asset]

    /// Reads every asset from the module's bundle.
    /// - Throws: ``ServeError`` with code `missingResource` when one is missing.
    init() throws(ServeError) {
        var assets: [String: Asset] = [:]
        for (route, file, type) in Self.routes {
            let name = (file as NSString).deletingPathExtension, ext = (file as NSString).pathExtension
            guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Web"),
                let data = try? Data(contentsOf: url)
            else {
                throw ServeError(.missingResource, "the viewer's page (\(file)) is missing from the build; rebuild dyad")
            }
            assets[route] = Asset(bytes: Array(data), contentType: type)
        }
        byRoute = assets
    }
}
