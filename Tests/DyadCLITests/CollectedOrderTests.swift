import DyadCore
import Testing

@testable import DyadCLI

@Suite("CollectedOrder: collected relations come out in the order a graph file lists them")
struct CollectedOrderTests {
    /// Pack ids by number, with two numbers sharing an id (their ranks are equal), out of order.
    static let packIDs = ["kenya", "chad", "benin", "zambia", "chad", "mali", "angola", "niger"]
    /// Ids the text made, by `number - 2^29`: some sort between the pack's, one equals a pack id.
    static let textIDs = ["burundi", "zz-rebels", "mali", "a-front"]

    static func order(_ textIDs: [String] = textIDs) -> CollectedOrder {
        let ids = packIDs
        let sorted = Array(Set(ids)).sorted()
        return CollectedOrder(
            rankOfPackActor: { Int32(sorted.firstIndex(of: ids[$0])!) }, packID: { ids[$0] }, packCount: ids.count,
            textIDs: textIDs)
    }

    /// Distinct codes of random relations (a symmetric type's pair stored low number first, as the batch stores it).
    static func codes(seed: UInt64, count: Int) -> [UInt64] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        func number() -> UInt64 {
            next(3) == 0 ? (1 << 29) + UInt64(next(textIDs.count)) : UInt64(next(packIDs.count))
        }
        var codes: [UInt64] = []
        while codes.count < count {
            let type = next(RelationType.allCases.count)
            var (a, b) = (number(), number())
            if RelationType.allCases[type].isSymmetric, b < a { (a, b) = (b, a) }
            let code = a << 34 | b << 4 | UInt64(type)
            if !codes.contains(code) { codes.append(code) }
        }
        return codes
    }

    /// The order by definition: every actor number ranked by (id, number), then each code by (source rank, type
    /// name, target rank), a symmetric type's source the lower rank.
    static func expected(_ codes: [UInt64]) -> [Int] {
        func id(_ number: UInt64) -> String { number < 1 << 29 ? packIDs[Int(number)] : textIDs[Int(number - (1 << 29))] }
        let numbers = Set(codes.flatMap { [$0 >> 34, $0 >> 4 & ((1 << 30) - 1)] }).sorted { (id($0), $0) < (id($1), $1) }
        func rank(_ number: UInt64) -> Int { numbers.firstIndex(of: number)! }
        func place(_ code: UInt64) -> (Int, String, Int) {
            let type = RelationType.allCases[Int(code & 15)]
            let a = rank(code >> 34), b = rank(code >> 4 & ((1 << 30) - 1))
            return type.isSymmetric ? (min(a, b), type.rawValue, max(a, b)) : (a, type.rawValue, b)
        }
        return codes.indices.sorted { place(codes[$0]) < place(codes[$1]) }
    }

    @Test("the order is that of ranks by (id, number) and keys by source, type name, target", arguments: [UInt64(1), 5, 42, 77])
    func matchesDefinition(seed: UInt64) {
        let codes = Self.codes(seed: seed, count: 60)
        #expect(Self.order().order(of: codes) == Self.expected(codes))
    }

    @Test("places too wide to sort as integers are compared as tuples, in the same order")
    func wideKeys() {
        let codes = Self.codes(seed: 11, count: 50)
        var order = Self.order()
        order.keyBits = 8
        #expect(order.order(of: codes) == Self.expected(codes))
    }

    @Test("relations list by their ids: a text actor sorts among the pack's by id, after a pack actor of the same id")
    func textActorsSortByID() {
        let chad: UInt64 = 1, mali: UInt64 = 5, textMali: UInt64 = (1 << 29) + 2, front: UInt64 = (1 << 29) + 3
        let hostility = UInt64(RelationType.allCases.firstIndex(of: .hostility)!)
        let codes = [mali, textMali, chad, front].map { $0 << 34 | chad << 4 | hostility }
        // a-front, chad, mali (pack), mali (text).
        #expect(Self.order().order(of: codes) == [3, 2, 0, 1])
    }

    @Test("without text actors the order is the pack's, and one code orders alone")
    func edgeCases() {
        let codes = Self.codes(seed: 9, count: 40).filter { $0 >> 34 < 1 << 29 && $0 >> 4 & ((1 << 30) - 1) < 1 << 29 }
        #expect(Self.order([]).order(of: codes) == Self.expected(codes))
        #expect(Self.order().order(of: [Self.codes(seed: 3, count: 1)[0]]) == [0])
    }
}
