/// A relation key packed into integers that sort as the key does (``RelationKey`` `<`: source,
/// then type name, then target), so report sorting compares integers instead of strings.
///
/// Only keys whose ids are at most eight ASCII characters without NUL have a code: such an id,
/// as big-endian bytes padded with zeros, orders as the string does. Other keys compare as strings.
struct RelationSortCode: Hashable, Comparable {
    /// The source id's bytes.
    let source: UInt64
    /// The type's position in the order of type names.
    let type: UInt8
    /// The target id's bytes.
    let target: UInt64

    /// A code from its parts.
    init(source: UInt64, type: UInt8, target: UInt64) {
        self.source = source
        self.type = type
        self.target = target
    }

    /// The code of `key`, or `nil` when an id is longer than eight bytes or not plain ASCII.
    init?(_ key: RelationKey) {
        guard let source = Self.code(key.source), let target = Self.code(key.target) else { return nil }
        self.source = source
        self.target = target
        type = Self.typeCode(key.type)
    }

    /// The type's position in the alphabetical order of type names: agreement, alliance, hostility, proxy.
    static func typeCode(_ type: RelationType) -> UInt8 {
        switch type {
        case .agreement: 0
        case .alliance: 1
        case .hostility: 2
        case .proxy: 3
        }
    }

    /// An id's first eight bytes, big-endian and zero-padded, and whether they are the whole id,
    /// when they order as the id does: eight ASCII bytes or fewer without NUL, followed by an ASCII
    /// byte or nothing (so no combining mark can join the last of them). Two ids whose prefixes
    /// differ order as the prefixes do; equal complete prefixes are equal ids; otherwise compare
    /// the strings. `nil` for an id that starts otherwise.
    static func prefix(_ id: String) -> (value: UInt64, complete: Bool)? {
        var value: UInt64 = 0
        var count = 0
        for byte in id.utf8 {
            guard byte != 0, byte < 0x80 else { return nil }
            if count == 8 { return (value, false) }
            value |= UInt64(byte) << (56 - 8 * count)
            count += 1
        }
        return (value, true)
    }

    /// The id's bytes, big-endian and zero-padded, when it has at most eight ASCII bytes and no NUL.
    static func code(_ id: String) -> UInt64? {
        var value: UInt64 = 0
        var count = 0
        for byte in id.utf8 {
            guard count < 8, byte != 0, byte < 0x80 else { return nil }
            value |= UInt64(byte) << (56 - 8 * count)
            count += 1
        }
        return value
    }

    static func < (lhs: RelationSortCode, rhs: RelationSortCode) -> Bool {
        (lhs.source, lhs.type, lhs.target) < (rhs.source, rhs.type, rhs.target)
    }
}
