/// Appends JSON text to a byte buffer, with Dyad's fixed key order and layout.
///
/// Text is written through a pointer into scratch memory of the writer's own and moved into its bytes a block at a
/// time: appended piece by piece, an array checked its uniqueness and room for every key and bracket (most of the
/// cost of writing a piece of evidence). The writer owns that memory, so it is not copyable: it is passed `inout`,
/// and ``take(reserving:)`` hands its bytes out.
struct JSONWriter: ~Copyable {
    /// The bytes moved out of the scratch memory so far.
    private var bytes: [UInt8]
    /// Where text is written first.
    private var scratch: UnsafeMutablePointer<UInt8>
    private var scratchCapacity: Int
    /// How many bytes of `scratch` are written.
    private var used = 0
    /// The scratch memory's usual size: large enough that moving it costs little per byte, small enough to stay in a
    /// core's cache.
    static let scratchSize = 1 << 16

    init(capacity: Int = 1 << 16) {
        bytes = []
        bytes.reserveCapacity(capacity)
        scratchCapacity = JSONWriter.scratchSize
        scratch = .allocate(capacity: scratchCapacity)
    }

    /// A writer that fills `buffer` (empty, as ``ByteBufferPool/take(capacity:)`` gives it).
    init(reusing buffer: consuming [UInt8]) {
        bytes = buffer
        scratchCapacity = JSONWriter.scratchSize
        scratch = .allocate(capacity: scratchCapacity)
    }

    deinit { scratch.deallocate() }

    /// How many bytes have been written.
    var count: Int { bytes.count + used }

    /// Hands over the bytes written and starts again empty, in a buffer of `capacity` bytes from
    /// ``ByteBufferPool`` when `capacity` is more than zero.
    mutating func take(reserving capacity: Int = 0) -> [UInt8] {
        flush()
        let written = bytes
        bytes = capacity > 0 ? ByteBufferPool.shared.take(capacity: capacity) : []
        return written
    }

    /// Appends bytes already in the form wanted (JSON text written elsewhere).
    mutating func raw(bytes piece: UnsafeBufferPointer<UInt8>) {
        guard let source = piece.baseAddress else { return }
        room(piece.count).update(from: source, count: piece.count)
        used &+= piece.count
    }

    /// Appends bytes already in the form wanted.
    mutating func raw(bytes piece: [UInt8]) {
        flush()
        bytes.append(contentsOf: piece)
    }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { piece in
            let at = room(piece.count)
            // The usual pieces (brackets, separators) are a few bytes: one at a time is cheaper than a copy.
            if piece.count <= 4 {
                for index in 0..<piece.count { at[index] = piece[index] }
            } else {
                at.update(from: piece.baseAddress!, count: piece.count)
            }
            used &+= piece.count
        }
    }

    mutating func string(_ text: String) {
        ByteEscaper.withUTF8(of: text) { utf8 in string(utf8: utf8) }
    }

    /// Writes UTF-8 bytes as a JSON string, as ``string(_:)`` writes the string they spell.
    mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        used &+= JSONString.write(utf8, to: room(JSONString.maxQuotedCount(utf8.count)))
    }

    /// Appends one byte.
    @inline(__always)
    private mutating func byte(_ value: UInt8) {
        room(1).pointee = value
        used &+= 1
    }

    /// Where the next `count` bytes go: room for them in the scratch memory, after moving what it holds to ``bytes``
    /// (and enlarging it for a piece larger than it) when they do not fit.
    @inline(__always)
    private mutating func room(_ count: Int) -> UnsafeMutablePointer<UInt8> {
        if used &+ count > scratchCapacity { makeRoom(count) }
        return scratch + used
    }

    private mutating func makeRoom(_ count: Int) {
        flush()
        guard count > scratchCapacity else { return }
        scratch.deallocate()
        scratchCapacity = max(count, 2 * scratchCapacity)
        scratch = .allocate(capacity: scratchCapacity)
    }

    /// Moves the scratch memory's bytes to ``bytes``.
    private mutating func flush() {
        guard used > 0 else { return }
        bytes.append(contentsOf: UnsafeBufferPointer(start: scratch, count: used))
        used = 0
    }

    /// Writes a whole number in decimal digits (as `String(value)` does).
    mutating func int(_ value: Int) {
        if value < 0 { byte(UInt8(ascii: "-")) }
        digits(value.magnitude)
    }

    /// Appends the decimal digits of `value`, most significant first.
    private mutating func digits(_ value: UInt) {
        guard value >= 10 else { return byte(UInt8(48 + value)) }
        var length = 1, rest = value / 10
        while rest > 0 {
            length += 1
            rest /= 10
        }
        let at = room(length)
        rest = value
        for index in (0..<length).reversed() {
            at[index] = UInt8(48 + rest % 10)
            rest /= 10
        }
        used &+= length
    }

    /// Writes a number with at most three decimals, without a trailing `.0` for whole numbers.
    mutating func number(_ value: Double) {
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            int(Int(rounded))
        } else if abs(rounded) < 1e6 {
            // `String(rounded)` is the shortest text that reads back as `rounded`: below a million, the
            // decimal with at most three decimals it was rounded to, without trailing zeros.
            let thousandths = Int((value * 1000).rounded())
            if thousandths < 0 { byte(UInt8(ascii: "-")) }
            let magnitude = thousandths.magnitude
            digits(magnitude / 1000)
            byte(UInt8(ascii: "."))
            var fraction = magnitude % 1000, divisor: UInt = 100
            while fraction > 0 {
                byte(UInt8(48 + fraction / divisor))
                fraction %= divisor
                divisor /= 10
            }
        } else {
            var text = String(rounded)
            text.withUTF8 { raw(bytes: $0) }
        }
    }

    /// Writes `"key": ` preceded by `, ` unless it is the first member.
    mutating func key(_ name: StaticString, first: inout Bool) {
        name.withUTF8Buffer { name in
            var at = room(name.count + 6)
            if !first {
                at[0] = UInt8(ascii: ",")
                at[1] = UInt8(ascii: " ")
                at += 2
            }
            at[0] = UInt8(ascii: "\"")
            (at + 1).update(from: name.baseAddress!, count: name.count)
            at += name.count + 1
            at[0] = UInt8(ascii: "\"")
            at[1] = UInt8(ascii: ":")
            at[2] = UInt8(ascii: " ")
            used = at + 3 - scratch
        }
        first = false
    }

    /// A key known only at run time (an `x-` extension field), escaped as a string.
    mutating func dynamicKey(_ name: String, first: inout Bool) {
        if !first { raw(", ") }
        first = false
        string(name)
        raw(": ")
    }

    mutating func field(_ name: StaticString, _ value: String?, first: inout Bool) {
        guard let value else { return }
        key(name, first: &first)
        string(value)
    }

    /// A field that is always there: the string is lent, where wrapping it in an optional would copy (retain) it.
    mutating func field(_ name: StaticString, _ value: String, first: inout Bool) {
        key(name, first: &first)
        string(value)
    }

    mutating func field(_ name: StaticString, _ value: Day?, first: inout Bool) {
        guard let value else { return }
        key(name, first: &first)
        day(value)
    }

    /// Writes a day as a `"YYYY-MM-DD"` string (``Day/description``), from its digits.
    mutating func day(_ value: Day) {
        let written: Void? = value.withISOBytes { digits in
            let at = room(digits.count + 2)
            at[0] = UInt8(ascii: "\"")
            (at + 1).update(from: digits.baseAddress!, count: digits.count)
            at[digits.count + 1] = UInt8(ascii: "\"")
            used &+= digits.count + 2
        }
        if written == nil { string(value.description) }
    }

    mutating func field(_ name: StaticString, _ value: TextRange?, first: inout Bool) {
        guard let value else { return }
        key(name, first: &first)
        raw("[")
        int(value.start)
        raw(", ")
        int(value.end)
        raw("]")
    }

    mutating func stringArray(_ values: [String]) {
        raw("[")
        for (index, value) in values.enumerated() {
            if index > 0 { raw(", ") }
            string(value)
        }
        raw("]")
    }
}
