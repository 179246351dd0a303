#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What an output path names once symbolic links are followed.
struct OutputTarget {
    /// The kind of thing at the path.
    enum Kind { case missing, regular, folder, special }

    /// The path of the file itself (links followed).
    var path: String
    /// Its folder (`.` for a bare name).
    var folder: String
    /// Its last component.
    var name: String
    /// What is there.
    var kind: Kind
    /// Its status, when it exists.
    var status: stat?

    /// Follows `path` through symbolic links (at most 40) to the file they name, which may not exist yet.
    /// - Throws: ``GraphFileError`` for a loop of links or an unreadable link.
    init(resolving path: String) throws(GraphFileError) {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0 else {
                guard errno == ENOENT else {
                    throw GraphFileError(path: path, code: .io, message: "cannot write: \(AtomicFile.systemError())")
                }
                self.init(path: current, kind: .missing, status: nil)
                return
            }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                current = try OutputTarget.follow(link: current, shownAs: path)
            case S_IFDIR:
                self.init(path: current, kind: .folder, status: info)
                return
            case S_IFREG:
                self.init(path: current, kind: .regular, status: info)
                return
            default:
                self.init(path: current, kind: .special, status: info)
                return
            }
        }
        throw GraphFileError(path: path, code: .io, message: "too many levels of symbolic links")
    }

    private init(path: String, kind: Kind, status: stat?) {
        self.path = path
        if let slash = path.lastIndex(of: "/") {
            let head = String(path[..<slash])
            folder = head.isEmpty ? "/" : head
            name = String(path[path.index(after: slash)...])
        } else {
            folder = "."
            name = path
        }
        self.kind = kind
        self.status = status
    }

    /// The path a link points at, relative links taken from the link's folder.
    private static func follow(link: String, shownAs path: String) throws(GraphFileError) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(link, &buffer, buffer.count - 1)
        guard count > 0 else { throw GraphFileError(path: path, code: .io, message: "cannot read the link: \(AtomicFile.systemError())") }
        let destination = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if destination.hasPrefix("/") { return destination }
        guard let slash = link.lastIndex(of: "/") else { return destination }
        return String(link[...slash]) + destination
    }
}
