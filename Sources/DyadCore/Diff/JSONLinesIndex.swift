#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A first pass over a graph file in JSON Lines: where each record's line is, and the
/// identity of each actor and relation as byte ranges, in hash tables keyed by those bytes.
///
/// Nothing is decoded into strings, so indexing runs at close to the speed of reading
/// the bytes. Lines the pass does not expect (escapes or non-ASCII bytes in an id,
/// a missing record type, a duplicate) make ``make(_:)`` return `nil`, and the
/// caller reads the file in full, which reports problems with their locations.
struct JSONLinesIndex: Sendable {
    /// An actor id, or a relation key, as byte ranges of the file.
    struct Entry: Sendable {
        /// The line, without its newline.
        var line: Range<Int>
        /// An actor's id, or a relation's source (the byte-smaller endpoint for symmetric types).
        var first: Range<Int>
        /// A relation's target; empty for actors.
        var second: Range<Int>
        /// A relation's type (its index in `RelationType.allCases`); 255 for actors.
        var type: UInt8
        /// The hash of the identity.
        var hash: UInt64
        /// An actor's `partOf` id, if any.
        var parent: Range<Int>? = nil
    }

    /// A hash table over entries, by identity (open addressing; each slot packs the
    /// upper half of the hash with the entry's index + 1, so most misses never touch an entry).
    struct Table: Sendable {
        var entries: [Entry] = []
        var slots: [UInt64] = []
        var mask = 0

        /// Builds the slots; `false` when two entries have the same identity.
        mutating func build(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var capacity = 16
            while capacity < entries.count * 2 { capacity <<= 1 }
            mask = capacity - 1
            slots = [UInt64](repeating: 0, count: capacity)
            for index in entries.indices {
                let entry = entries[index]
                if find(entry, in: bytes, from: bytes) != nil { return false }
                var slot = Int(truncatingIfNeeded: entry.hash) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = (entry.hash & 0xFFFF_FFFF_0000_0000) | UInt64(index + 1)
            }
            return true
        }

        /// The index of the entry with the identity of `probe`, whose bytes are in `probeBytes`.
        func find(_ probe: Entry, in bytes: UnsafeBufferPointer<UInt8>, from probeBytes: UnsafeBufferPointer<UInt8>) -> Int? {
            guard !slots.isEmpty else { return nil }
            let high = probe.hash & 0xFFFF_FFFF_0000_0000
            return slots.withUnsafeBufferPointer { slots in
                entries.withUnsafeBufferPointer { entries in
                    var slot = Int(truncatingIfNeeded: probe.hash) & mask
                    while true {
                        let value = slots[slot]
                        if value == 0 { return nil }
                        if value & 0xFFFF_FFFF_0000_0000 == high {
                            let index = Int(value & 0xFFFF_FFFF) - 1
                            let entry = entries[index]
                            if entry.hash == probe.hash, entry.type == probe.type,
                                JSONLinesIndex.equal(bytes, entry.first, probeBytes, probe.first),
                                JSONLinesIndex.equal(bytes, entry.second, probeBytes, probe.second)
                            {
                                return index
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    var bytes: [UInt8] = []
    /// Graph header and document lines.
    var headerLines: [Range<Int>] = []
    var actors = Table()
    var relations = Table()

    static let actorType: UInt8 = 255
    /// The relation types by code.
    static let types: [RelationType] = RelationType.allCases

    /// Indexes the file at `path`; `nil` when it holds anything the pass does not expect.
    /// - Throws: ``GraphFileError`` when the file cannot be read.
    static func make(_ path: String) throws(GraphFileError) -> JSONLinesIndex? {
        var index = JSONLinesIndex()
        index.bytes = try FileBytes.read(path)
        let ok = index.bytes.withUnsafeBufferPointer { buffer -> Bool in
            index.relations.entries.reserveCapacity(buffer.count / 120)
            var start = 0
            let count = buffer.count
            while start < count {
                let end = buffer.firstIndex(of: 0x0A, in: start..<count) ?? count
                if !index.scan(buffer, start..<end) { return false }
                start = end + 1
            }
            return index.actors.build(buffer) && index.relations.build(buffer)
        }
        return ok ? index : nil
    }

    /// Reads one line's record type and identity.
    private mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        var position = line.lowerBound
        let end = line.upperBound
        func skipSpace() {
            while position < end, buffer[position] == 0x20 || buffer[position] == 0x09 || buffer[position] == 0x0D { position += 1 }
        }
        skipSpace()
        if position == end { return true }
        guard buffer[position] == UInt8(ascii: "{") else { return false }
        position += 1
        var record: Range<Int>?, id: Range<Int>?, source: Range<Int>?, target: Range<Int>?, type: Range<Int>?, parent: Range<Int>?
        /// A string's contents; `nil` when it holds an escape (the caller gives up on the line).
        func string() -> Range<Int>? {
            guard position < end, buffer[position] == UInt8(ascii: "\"") else { return nil }
            let start = position + 1
            var cursor = start
            while cursor < end {
                let byte = buffer[cursor]
                if byte == UInt8(ascii: "\"") { position = cursor + 1; return start..<cursor }
                if byte == UInt8(ascii: "\\") || byte >= 0x80 || byte < 0x20 { return nil }
                cursor += 1
            }
            return nil
        }
        while true {
            skipSpace()
            guard position < end else { return false }
            if buffer[position] == UInt8(ascii: "}") {
                guard let record, Self.recordKind(buffer, record) == 1, let id else { return false }
                let none = id.upperBound..<id.upperBound
                actors.entries.append(
                    Entry(
                        line: line, first: id, second: none, type: Self.actorType,
                        hash: Self.hash(buffer, id, none, Self.actorType), parent: parent))
                return true
            }
            if buffer[position] == UInt8(ascii: ",") { position += 1; skipSpace() }
            guard let key = string() else { return false }
            skipSpace()
            guard position < end, buffer[position] == UInt8(ascii: ":") else { return false }
            position += 1
            skipSpace()
            guard position < end else { return false }
            let field = Self.field(buffer, key)
            if field >= 0, buffer[position] == UInt8(ascii: "\"") {
                guard let value = string() else { return false }
                switch field {
                case 0: record = value
                case 1: id = value
                case 2: source = value
                case 3: target = value
                case 5: parent = value
                default: type = value
                }
            } else {
                // Fields that are not part of the identity may hold anything: skip them properly.
                var reader = JSONReader(UnsafeBufferPointer(rebasing: buffer[0..<end]), position: position)
                guard (try? reader.skipValue()) != nil else { return false }
                position = reader.position
            }
            if let record {
                switch Self.recordKind(buffer, record) {
                case 0:
                    headerLines.append(line)
                    return true
                case 1:
                    break  // An actor: read on to its end for `partOf`.
                case 2:
                    if let source, let target, let type {
                        guard let kind = RelationType(rawValue: Self.text(buffer, type)),
                            let code = Self.types.firstIndex(of: kind)
                        else { return false }
                        var (a, b) = (source, target)
                        if kind.isSymmetric, Self.less(buffer, b, buffer, a) { (a, b) = (b, a) }
                        relations.entries.append(
                            Entry(
                                line: line, first: a, second: b, type: UInt8(code),
                                hash: Self.hash(buffer, a, b, UInt8(code))))
                        return true
                    }
                default:
                    return false
                }
            }
        }
        return false
    }

    /// Which identity field a key names: 0 record, 1 id, 2 source, 3 target, 4 type, 5 partOf, -1 another.
    static func field(_ buffer: UnsafeBufferPointer<UInt8>, _ key: Range<Int>) -> Int {
        if matches(buffer, key, "record") { return 0 }
        if matches(buffer, key, "id") { return 1 }
        if matches(buffer, key, "source") { return 2 }
        if matches(buffer, key, "target") { return 3 }
        if matches(buffer, key, "type") { return 4 }
        if matches(buffer, key, "partOf") { return 5 }
        return -1
    }

    /// 0 for a graph header or document, 1 for an actor, 2 for a relation, -1 otherwise.
    static func recordKind(_ buffer: UnsafeBufferPointer<UInt8>, _ value: Range<Int>) -> Int {
        if matches(buffer, value, "relation") { return 2 }
        if matches(buffer, value, "actor") { return 1 }
        if matches(buffer, value, "document") || matches(buffer, value, "graph") { return 0 }
        return -1
    }

    static func matches(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<range.count where buffer[range.lowerBound + offset] != pointer[offset] { return false }
        return true
    }

    static func text(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
    }

    static func equal(_ l: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ r: UnsafeBufferPointer<UInt8>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        guard a.count > 0, let left = l.baseAddress, let right = r.baseAddress else { return true }
        return memcmp(left + a.lowerBound, right + b.lowerBound, a.count) == 0
    }

    static func less(_ l: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ r: UnsafeBufferPointer<UInt8>, _ b: Range<Int>) -> Bool {
        var i = a.lowerBound, j = b.lowerBound
        while i < a.upperBound, j < b.upperBound {
            if l[i] != r[j] { return l[i] < r[j] }
            i += 1
            j += 1
        }
        return a.count < b.count
    }

    /// A fast hash of an identity (FxHash-style over the bytes); equality is always checked on the bytes.
    static func hash(_ buffer: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>, _ type: UInt8) -> UInt64 {
        var h: UInt64 = UInt64(type) &* 0x9E37_79B9_7F4A_7C15
        func mix(_ value: UInt64) { h = ((h << 5) | (h >> 59)) ^ value; h = h &* 0x517C_C1B7_2722_0A95 }
        for range in [a, b] {
            var i = range.lowerBound
            while i + 8 <= range.upperBound {
                var word: UInt64 = 0
                for k in 0..<8 { word |= UInt64(buffer[i + k]) << (8 * UInt64(k)) }
                mix(word)
                i += 8
            }
            var tail: UInt64 = 0, shift: UInt64 = 0
            while i < range.upperBound { tail |= UInt64(buffer[i]) << shift; shift += 8; i += 1 }
            mix(tail ^ (UInt64(range.count) << 56))
        }
        return h ^ (h >> 32)
    }

    func lines(_ ranges: [Range<Int>]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(ranges.reduce(0) { $0 + $1.count + 1 })
        for range in ranges {
            out.append(contentsOf: bytes[range])
            out.append(0x0A)
        }
        return out
    }
}
