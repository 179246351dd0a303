#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Musl)
    @preconcurrency import Musl
#elseif canImport(Darwin)
    @preconcurrency import Darwin
#else
    #error("Dyad needs a POSIX C library: Glibc, Musl or Darwin")
#endif

/// The few operating-system calls Dyad makes outside Foundation, written once for
/// Glibc, Musl and Darwin: raw reads and writes on descriptors, exiting, the
/// executable's path and the environment.
///
/// Every module calls these instead of naming `Glibc` itself, so the package builds on
/// each C library it imports here.
public enum POSIX {
    /// The descriptor of standard input.
    public static let standardInput: Int32 = 0
    /// The descriptor of standard output.
    public static let standardOutput: Int32 = 1
    /// The descriptor of standard error.
    public static let standardError: Int32 = 2

    /// Writes every byte to `descriptor`, retrying short and interrupted writes.
    /// - Parameters:
    ///   - descriptor: An open descriptor.
    ///   - bytes: What to write.
    /// - Returns: `0` on success, else the `errno` of the failed write.
    @discardableResult
    public static func writeAll(_ descriptor: Int32, _ bytes: some Collection<UInt8>) -> Int32 {
        let buffer = Array(bytes)
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { raw in
                #if canImport(Glibc)
                    Glibc.write(descriptor, raw.baseAddress, raw.count)
                #elseif canImport(Musl)
                    Musl.write(descriptor, raw.baseAddress, raw.count)
                #else
                    Darwin.write(descriptor, raw.baseAddress, raw.count)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }

    /// Reads up to `buffer.count` bytes from `descriptor`, retrying when interrupted.
    /// - Returns: The number of bytes read, `0` at the end, or `-1` with ``lastError`` set.
    public static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        while true {
            #if canImport(Glibc)
                let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            #elseif canImport(Musl)
                let count = Musl.read(descriptor, buffer.baseAddress, buffer.count)
            #else
                let count = Darwin.read(descriptor, buffer.baseAddress, buffer.count)
            #endif
            if count < 0, errno == EINTR { continue }
            return count
        }
    }

    /// Ends the process at once with `status` (no `atexit` handlers beyond the C library's).
    public static func exit(_ status: Int32) -> Never {
        #if canImport(Glibc)
            Glibc.exit(status)
        #elseif canImport(Musl)
            Musl.exit(status)
        #else
            Darwin.exit(status)
        #endif
    }

    /// Flushes what the C library buffered for standard output (what `print` wrote).
    /// - Returns: `nil` when everything was written, else the reason it was not.
    public static func flushStandardOutput() -> String? {
        let flushed = fflush(stdout) == 0
        if flushed, ferror(stdout) == 0 { return nil }
        return flushed ? "a write failed" : message(for: errno)
    }

    /// The `errno` of the last failed call on this thread.
    public static var lastError: Int32 { errno }

    /// The system's text for an `errno` value (`No such file or directory`).
    public static func message(for code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }

    /// Whether `descriptor` is a terminal.
    public static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// The absolute path of the running executable, links resolved; `nil` when the system cannot say.
    public static var executablePath: String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        #if os(Linux)
            let count = buffer.withUnsafeMutableBufferPointer { readlink("/proc/self/exe", $0.baseAddress!, $0.count - 1) }
            guard count > 0 else { return nil }
            buffer[count] = 0
        #elseif canImport(Darwin)
            var size = UInt32(buffer.count)
            guard _NSGetExecutablePath(&buffer, &size) == 0 else { return nil }
        #else
            return nil
        #endif
        var resolved = [CChar](repeating: 0, count: 4096)
        let path = realpath(buffer, &resolved) != nil ? resolved : buffer
        return text(path)
    }

    /// The text of a NUL-terminated C string in a buffer.
    private static func text(_ buffer: [CChar]) -> String {
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value of an environment variable, if set.
    public static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Sets an environment variable of this process.
    /// - Parameters:
    ///   - name: The variable.
    ///   - value: Its new value; `nil` removes it.
    public static func setEnvironment(_ name: String, _ value: String?) {
        if let value { _ = setenv(name, value, 1) } else { _ = unsetenv(name) }
    }
}

extension POSIX {
    /// A resource the process can limit for itself.
    public enum Resource: Sendable {
        /// CPU time in seconds (`RLIMIT_CPU`): SIGXCPU at the soft limit, SIGKILL at the hard one.
        case cpuSeconds
        /// Address space in bytes (`RLIMIT_AS`).
        case addressSpace
        /// Core file size in bytes (`RLIMIT_CORE`).
        case coreFile
    }

    /// Sets the soft and hard limits of a resource for this process and its children.
    /// - Returns: Whether the system accepted the limits.
    @discardableResult
    public static func setLimit(_ resource: Resource, soft: UInt64, hard: UInt64) -> Bool {
        var value = rlimit(rlim_cur: rlim_t(soft), rlim_max: rlim_t(hard))
        #if os(Linux)
            let which: __rlimit_resource
            switch resource {
            case .cpuSeconds: which = RLIMIT_CPU
            case .addressSpace: which = RLIMIT_AS
            case .coreFile: which = RLIMIT_CORE
            }
            return setrlimit(__rlimit_resource_t(which.rawValue), &value) == 0
        #else
            let which: Int32
            switch resource {
            case .cpuSeconds: which = RLIMIT_CPU
            case .addressSpace: which = RLIMIT_AS
            case .coreFile: which = RLIMIT_CORE
            }
            return setrlimit(which, &value) == 0
        #endif
    }
}
