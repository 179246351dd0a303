/// Appends JSON text to a byte buffer, with Dyad's fixed key order and layout.
struct JSONWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    /// A writer that fills `buffer` (empty, as ``ByteBufferPool/take(capacity:)`` gives it).
    init(reusing buffer: consuming [UInt8]) { bytes = buffer }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { piece in
            // The usual pieces (brackets, separators) are a few bytes: one at a time is cheaper than a copy.
            if piece.count <= 4 {
                for byte in piece { bytes.append(byte) }
            } else {
                bytes.append(contentsOf: piece)
            }
        }
    }

    mutating func string(_ text: String) {
        JSONString.append(text, to: &bytes)
    }

    /// Writes a whole number in decimal digits (as `String(value)` does).
    mutating func int(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        digits(value.magnitude)
    }

    /// Appends the decimal digits of `value`, most significant first.
    private mutating func digits(_ value: UInt) {
        guard value >= 10 else {
            bytes.append(UInt8(48 + value))
            return
        }
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for the 20 digits of the largest value
        withUnsafeMutableBytes(of: &scratch) { buffer in
            var rest = value, end = buffer.count
            while rest > 0 {
                end -= 1
                buffer[end] = UInt8(48 + rest % 10)
                rest /= 10
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[end...]))
        }
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
            if thousandths < 0 { bytes.append(UInt8(ascii: "-")) }
            let magnitude = thousandths.magnitude
            digits(magnitude / 1000)
            bytes.append(UInt8(ascii: "."))
            var fraction = magnitude % 1000, divisor: UInt = 100
            while fraction > 0 {
                bytes.append(UInt8(48 + fraction / divisor))
                fraction %= divisor
                divisor /= 10
            }
        } else {
            bytes.append(contentsOf: Array(String(rounded).utf8))
        }
    }

    /// Writes `"key": ` preceded by `, ` unless it is the first member.
    mutating func key(_ name: StaticString, first: inout Bool) {
        if !first {
            bytes.append(UInt8(ascii: ","))
            bytes.append(UInt8(ascii: " "))
        }
        first = false
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
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
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: digits)
            bytes.append(UInt8(ascii: "\""))
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
