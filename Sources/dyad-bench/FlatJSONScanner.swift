/// Reads one flat JSON object whose values are strings or arrays of strings
/// (other values are skipped), as the benchmark generator writes them.
struct FlatJSONScanner {
    /// The string and string-list fields of an object.
    struct Fields {
        var strings: [String: String] = [:]
        var lists: [String: [String]] = [:]
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The object's fields, or `nil` when the line is not such an object.
    mutating func object() -> Fields? {
        var fields = Fields()
        let ok = scan(strings: { key, value in fields.strings[key] = value }, lists: { key, list in fields.lists[key] = list })
        return ok ? fields : nil
    }

    /// Calls `strings(key, value)` for each string field and `lists(key, values)` for each list;
    /// returns whether the line was such an object.
    mutating func scan(strings: (String, String) -> Void, lists: (String, [String]) -> Void = { _, _ in }) -> Bool {
        skipSpace()
        guard take(0x7B) else { return false }
        skipSpace()
        if take(0x7D) { return true }
        while true {
            skipSpace()
            guard let key = string() else { return false }
            skipSpace()
            guard take(0x3A) else { return false }
            skipSpace()
            guard position < bytes.count else { return false }
            switch bytes[position] {
            case 0x22:
                guard let value = string() else { return false }
                strings(key, value)
            case 0x5B:
                position += 1
                var list: [String] = []
                skipSpace()
                if !take(0x5D) {
                    while true {
                        skipSpace()
                        guard let value = string() else { return false }
                        list.append(value)
                        skipSpace()
                        if take(0x5D) { break }
                        guard take(0x2C) else { return false }
                    }
                }
                lists(key, list)
            default:
                while position < bytes.count, bytes[position] != 0x2C, bytes[position] != 0x7D { position += 1 }
            }
            skipSpace()
            if take(0x7D) { return true }
            guard take(0x2C) else { return false }
        }
    }

    private mutating func skipSpace() {
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 || bytes[position] == 0x0D { position += 1 }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// A JSON string with its escapes decoded.
    private mutating func string() -> String? {
        guard take(0x22) else { return nil }
        let start = position
        var plain = true
        while position < bytes.count, bytes[position] != 0x22 {
            if bytes[position] == 0x5C { plain = false; position += 1 }
            position += 1
        }
        guard position < bytes.count else { return nil }
        defer { position += 1 }
        if plain { return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        var utf8: [UInt8] = []
        func flush() {
            if !utf8.isEmpty { scalars.append(contentsOf: String(decoding: utf8, as: UTF8.self).unicodeScalars); utf8.removeAll() }
        }
        var index = start
        var pendingHigh: UInt32?
        while index < position {
            let byte = bytes[index]
            guard byte == 0x5C, index + 1 < position else { utf8.append(byte); index += 1; continue }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case 0x6E: utf8.append(0x0A)
            case 0x74: utf8.append(0x09)
            case 0x72: utf8.append(0x0D)
            case 0x62: utf8.append(0x08)
            case 0x66: utf8.append(0x0C)
            case 0x75:
                guard index + 4 <= position,
                    let code = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<index + 4]), as: UTF8.self), radix: 16)
                else { return nil }
                index += 4
                flush()
                if (0xD800...0xDBFF).contains(code) {
                    pendingHigh = code
                } else if (0xDC00...0xDFFF).contains(code), let high = pendingHigh {
                    if let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)) { scalars.append(scalar) }
                    pendingHigh = nil
                } else if let scalar = Unicode.Scalar(code) {
                    scalars.append(scalar)
                }
            default: utf8.append(escape)
            }
        }
        flush()
        return String(scalars)
    }
}
