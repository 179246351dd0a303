/// Appends JSON text to a byte buffer, with Dyad's fixed key order and layout.
struct JSONWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ text: String) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                var escape: [UInt8]?
                switch byte {
                case 0x22: escape = [0x5C, 0x22]
                case 0x5C: escape = [0x5C, 0x5C]
                case 0x0A: escape = [0x5C, 0x6E]
                case 0x0D: escape = [0x5C, 0x72]
                case 0x09: escape = [0x5C, 0x74]
                case 0..<0x20: escape = Array("\\u00".utf8) + [hex(byte >> 4), hex(byte & 0xF)]
                case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                    // U+2028 and U+2029 are valid JSON but break JavaScript readers; escape them.
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    bytes.append(contentsOf: Array((utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8))
                    runStart = index + 3
                    continue
                default: break
                }
                if let escape {
                    if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                    bytes.append(contentsOf: escape)
                    runStart = index + 1
                }
            }
            if runStart < utf8.count, runStart <= utf8.count {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
            }
        }
        bytes.append(0x22)
    }

    private func hex(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 48 + nibble : 87 + nibble }

    mutating func int(_ value: Int) { bytes.append(contentsOf: Array(String(value).utf8)) }

    /// Writes a number with at most three decimals, without a trailing `.0` for whole numbers.
    mutating func number(_ value: Double) {
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            int(Int(rounded))
        } else {
            bytes.append(contentsOf: Array(String(rounded).utf8))
        }
    }

    /// Writes `"key": ` preceded by `, ` unless it is the first member.
    mutating func key(_ name: StaticString, first: inout Bool) {
        if !first { raw(", ") }
        first = false
        raw("\"")
        raw(name)
        raw("\": ")
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

    mutating func field(_ name: StaticString, _ value: Day?, first: inout Bool) {
        field(name, value.map(\.description), first: &first)
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
