import Testing

@testable import DyadExtraction

/// Token-id sets and maps read by index give what a `Set` and a `Dictionary` of the same ids give.
@Suite("Token-id tables")
struct IDTablesTests {
    @Test("a set holds exactly its ids, whatever id is asked about")
    func set() {
        let ids: [Int32] = [0, 3, 63, 64, 200, -5]
        let set = IDSet(ids)
        let reference = Set(ids.filter { $0 >= 0 })
        for id in Int32(-70)...Int32(300) { #expect(set.contains(id) == reference.contains(id), "id \(id)") }
        #expect(!IDSet().contains(0))
    }

    @Test("a map gives each id's number and nil for any other id")
    func map() {
        let dictionary: [Int32: Int] = [2: 0, 9: 12, 130: 7, -1: 4]
        let map = IDMap(dictionary)
        for id in Int32(-3)...Int32(140) { #expect(map[id] == (id >= 0 ? dictionary[id] : nil), "id \(id)") }
    }
}
