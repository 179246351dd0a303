import DyadCore

/// Writes JSON in the exact layout of ``JSONOutput/print(encodable:)`` (Foundation's `JSONEncoder`
/// with pretty printing, sorted keys and unescaped slashes), to standard output in chunks,
/// for reports too large to build as `Encodable` values first.
///
/// The caller writes members in sorted key order and leaves out `nil` values, as the encoder does;
/// the writer handles commas, indentation (two spaces), `"key" : value` and the encoder's forms of
/// empty containers, numbers and strings.
///
/// ```swift
/// var json = PrettyJSONWriter()
/// json.beginObject()
/// json.key("count"); json.int(3)
/// json.endObject()
/// try json.finish()   // "{\n  \"count\" : 3\n}\n"
/// ```
struct PrettyJSONWriter {
    private var bytes: [UInt8] = []
    /// For each open container: whether it has a member yet.
    private var open: [Bool] = []
    /// Whether a key was just written (the next value goes on its line).
    private var afterKey = false
    /// Bytes kept before they are written out.
    private let chunk: Int
    /// Where the bytes go.
    private let output: ([UInt8]) throws(GraphFileError) -> Void

    /// Creates a writer that hands its bytes to `output` (standard output by default) every `chunk` bytes.
    init(
        chunk: Int = 1 << 20,
        output: @escaping ([UInt8]) throws(GraphFileError) -> Void = { bytes throws(GraphFileError) in try StandardOutput.write(bytes) }
    ) {
        self.chunk = chunk
        self.output = output
        bytes.reserveCapacity(chunk + 4096)
    }

    mutating func beginObject() { begin(UInt8(ascii: "{")) }

    mutating func endObject() throws(GraphFileError) { try end(UInt8(ascii: "}")) }

    mutating func beginArray() { begin(UInt8(ascii: "[")) }

    mutating func endArray() throws(GraphFileError) { try end(UInt8(ascii: "]")) }

    /// Starts a member of the innermost object.
    mutating func key(_ name: StaticString) {
        startValue()
        name.withUTF8Buffer { raw in
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: raw)
            bytes.append(UInt8(ascii: "\""))
            bytes.append(0x20)
            bytes.append(UInt8(ascii: ":"))
            bytes.append(0x20)
        }
        afterKey = true
    }

    /// Starts a member whose key is known only at run time.
    mutating func key(_ name: String) {
        startValue()
        JSONString.appendAsEncoder(name, to: &bytes)
        bytes.append(0x20)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(0x20)
        afterKey = true
    }

    mutating func string(_ value: String) {
        startValue()
        JSONString.appendAsEncoder(value, to: &bytes)
    }

    mutating func int(_ value: Int) {
        startValue()
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A number as the encoder writes it: Swift's shortest form, without `.0` for whole numbers.
    mutating func double(_ value: Double) {
        startValue()
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    mutating func bool(_ value: Bool) {
        startValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func stringArray(_ values: [String]) throws(GraphFileError) {
        beginArray()
        for value in values { string(value) }
        try endArray()
    }

    /// Writes `count` elements of the innermost open array on all cores, a batch at a time: `element`
    /// writes the element at an index with a writer of its own that continues at this writer's depth
    /// (it is called concurrently), and the bytes are those of writing the elements in turn here.
    /// - Complexity: O(size of the elements), spread over the cores; memory holds one batch.
    mutating func elements(
        count: Int, batch: Int = 1 << 13, _ element: @Sendable (Int, inout PrettyJSONWriter) throws(GraphFileError) -> Void
    ) throws(GraphFileError) {
        precondition(!afterKey && !open.isEmpty, "elements go into an open array")
        var start = 0
        while start < count {
            let first = start, end = min(count, start + batch)
            let state = open
            let parts = max(1, min(16, (end - first) / 256))
            let written = try Parallel.map(count: parts, chunks: parts) { part throws(GraphFileError) -> [UInt8] in
                let low = first + (end - first) * part / parts, high = first + (end - first) * (part + 1) / parts
                var fragment = PrettyJSONWriter(continuing: state, afterElement: low > first)
                for index in low..<high { try element(index, &fragment) }
                return fragment.bytes
            }
            for part in written { bytes.append(contentsOf: part) }
            open[open.count - 1] = true
            if bytes.count >= chunk {
                try output(bytes)
                bytes.removeAll(keepingCapacity: true)
            }
            start = end
        }
    }

    /// A writer that collects the bytes of elements written at the depth of `open` (see ``elements(count:batch:_:)``).
    private init(continuing open: [Bool], afterElement: Bool) {
        chunk = Int.max
        output = { _ throws(GraphFileError) in }
        self.open = open
        if afterElement { self.open[open.count - 1] = true }
    }

    /// Writes what is left, with a final newline.
    mutating func finish() throws(GraphFileError) {
        bytes.append(0x0A)
        try output(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    // MARK: Layout

    private mutating func begin(_ bracket: UInt8) {
        startValue()
        bytes.append(bracket)
        open.append(false)
    }

    private mutating func end(_ bracket: UInt8) throws(GraphFileError) {
        let hadMembers = open.removeLast()
        bytes.append(0x0A)
        // The encoder writes an empty container as its brackets around an empty line.
        if !hadMembers { bytes.append(0x0A) }
        indent(open.count)
        bytes.append(bracket)
        if bytes.count >= chunk, open.count > 0 {
            try output(bytes)
            bytes.removeAll(keepingCapacity: true)
        }
    }

    /// Before a value: a comma and a new line for an array element or a key, nothing after a key.
    private mutating func startValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard let last = open.indices.last else { return }
        if open[last] { bytes.append(UInt8(ascii: ",")) }
        open[last] = true
        bytes.append(0x0A)
        indent(open.count)
    }

    private mutating func indent(_ depth: Int) {
        for _ in 0..<(depth * 2) { bytes.append(0x20) }
    }
}
