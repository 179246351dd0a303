import Foundation
import Testing

@testable import DyadCore

/// The pieces the fast graph reader is built from, each against the plain way of doing the same.
@Suite("fast reader parts")
struct FastReaderPartsTests {
    @Test("the byte-keyed table numbers every id and finds nothing else")
    func byteKeyTable() {
        let ids = (0..<500).map { "id-\($0 * 7919 % 1000)" } + ["", "A", "é", "a much longer identifier than eight bytes", "id-1"]
        let table = ByteKeyTable(ids)
        func find(_ text: String) -> Int32? {
            var text = text
            return text.withUTF8 { table.number(of: $0) }
        }
        for (index, id) in ids.enumerated() where ids.firstIndex(of: id) == index {
            #expect(find(id) == Int32(index), "\(id)")
        }
        #expect(find("id-1") == Int32(ids.firstIndex(of: "id-1") ?? -1))
        for missing in ["id-", "id-1000", "a much longer identifier than eight byte", "B", "e\u{301}", " id-7"] {
            #expect(find(missing) == nil, "\(missing)")
        }
    }

    @Test("ids of every length up to 40 bytes, alike but for one byte at the start, middle or end, are told apart")
    func byteKeyTableLengths() {
        var ids: [String] = []
        for length in 0...40 {
            let base = String(repeating: "k", count: length)
            ids.append(base)
            for position in Set([0, length / 2, max(0, length - 1)]) where length > 0 {
                var bytes = Array(base.utf8)
                bytes[position] = UInt8(ascii: "m")
                ids.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        let unique = Array(NSOrderedSet(array: ids).array.compactMap { $0 as? String })
        let table = ByteKeyTable(unique)
        func find(_ text: String) -> Int32? {
            var text = text
            return text.withUTF8 { table.number(of: $0) }
        }
        for (index, id) in unique.enumerated() { #expect(find(id) == Int32(index), "\(id)") }
        for length in 1...41 {
            #expect(find(String(repeating: "n", count: length)) == nil)
            #expect(find(String(repeating: "k", count: length - 1) + "z") == nil)
            if length > 2 { #expect(find("k" + String(repeating: "z", count: length - 2) + "k") == nil) }
        }
    }

    @Test("the word-at-a-time check flags exactly the words with a quote, a backslash or a control byte")
    func specialBytes() {
        var random = TestRandom(seed: 7)
        let interesting: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF, 0x41]
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<8 {
                bytes.append(random.below(3) == 0 ? UInt8(random.below(256)) : interesting[random.below(interesting.count)])
            }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let expected = bytes.contains { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 }
            #expect(RelationScanner.hasSpecialByte(word) == expected, "\(bytes)")
            // The lowest flag is on the first such byte.
            let first = bytes.firstIndex { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 }
            let special = RelationScanner.specialBytes(word)
            #expect((special == 0 ? nil : special.trailingZeroBitCount / 8) == first, "\(bytes)")
        }
    }

    @Test("the radix sort orders keys of any width stably", arguments: [1, 12, 13, 36, 64])
    func radixSort(bits: Int) {
        var random = TestRandom(seed: UInt64(bits))
        let mask = bits == 64 ? UInt64.max : (UInt64(1) << UInt64(bits)) - 1
        var keys = (0..<5000).map { _ in random.next() & mask & (random.below(4) == 0 ? 0xFF : UInt64.max) }
        var values = [Int32](0..<Int32(keys.count))
        let expected = zip(keys, values).sorted { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        GraphDigest.radixSort(&keys, &values, bits: bits)
        #expect(keys == expected.map(\.0))
        #expect(values == expected.map(\.1))
    }

    @Test("days are written digit by digit as their description reads")
    func days() {
        for ordinal in [-800_000, -719_528, -1, 0, 1, 18_993, 2_932_896, 2_932_897, 3_000_000] + (0..<400).map({ $0 * 97 - 3000 }) {
            let day = Day(ordinal: ordinal)
            var writer = JSONWriter()
            writer.day(day)
            #expect(String(decoding: writer.take(), as: UTF8.self) == "\"\(day.description)\"", "\(ordinal)")
        }
    }

    @Test("a mapped file gives the bytes and the errors of a read one")
    func mappedFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dyad-image-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let large = folder.appendingPathComponent("large.json").path
        var text = Array(repeating: UInt8(ascii: "a"), count: FileImage.mappingThreshold + 17)
        text[5] = 0xC3
        text[6] = 0xA9
        try Data(text).write(to: URL(fileURLWithPath: large))
        let image = try FileImage.read(large)
        #expect(image.count == text.count)
        #expect(image.bytes == text)
        #expect(image.withUnsafeBufferPointer { Array($0) } == (try FileBytes.read(large)))
        text[FileImage.mappingThreshold + 3] = 0
        try Data(text).write(to: URL(fileURLWithPath: large))
        var mappedError: GraphFileError?, readError: GraphFileError?
        do { _ = try FileImage.read(large) } catch { mappedError = error }
        do { _ = try FileBytes.read(large) } catch { readError = error }
        #expect(mappedError != nil)
        #expect(mappedError?.description == readError?.description)
        do {
            _ = try FileImage.read(large, limit: 1000)
            Issue.record("a file past the limit was read")
        } catch {
            #expect(error.description.contains("DYAD_MAX_FILE_BYTES"))
        }
    }

    @Test("numbers and whole numbers are written as String writes them (numbers rounded to three decimals)")
    func numberWriting() {
        var values: [Double] = [
            0, -0.0, 1, -1, 0.5, 0.001, 0.999, 1e-4, 1e-7, 123_456.789, 999_999.999, 1e6 + 0.5, 1e15, 1e16, -2.5, 0.1 + 0.2, .pi,
        ]
        for thousandths in -3000...3000 { values.append(Double(thousandths) / 1000) }
        var random = TestRandom(seed: 3)
        for _ in 0..<20_000 {
            values.append(Double(random.below(2_000_000_000)) / 1000 - 1e6)
            values.append(Double(random.below(1_000_000)) / 997)
        }
        for value in values {
            var writer = JSONWriter()
            writer.number(value)
            let rounded = (value * 1000).rounded() / 1000
            let expected = rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
            #expect(String(decoding: writer.take(), as: UTF8.self) == expected, "\(value)")
        }
        for value in [0, 7, 9, 10, -10, 99, 100, Int.max, Int.min, 1_234_567_890] {
            var writer = JSONWriter()
            writer.int(value)
            #expect(String(decoding: writer.take(), as: UTF8.self) == String(value))
        }
    }
}
