import DyadCore

/// The order in which a graph file lists relations collected by ``ExtractionBatch``, found from their codes without
/// hashing or comparing an id more than once.
///
/// A code holds a relation's actor numbers and type: `low << 34 | high << 4 | type`, where a number below 2^29 is a
/// pack actor's (ranked by the pack, ``rankOfPackActor``) and one from 2^29 on is an actor the text made (its id in
/// ``textIDs``, by `number - 2^29`). Relations list by source id, type name, then target id; a symmetric type's
/// source is its smaller id.
struct CollectedOrder {
    /// The rank of each pack actor's id among the pack's ids (equal ids, equal ranks), by number.
    let rankOfPackActor: (Int) -> Int32
    /// The id of each pack actor, by number (compared only with the text's own actors).
    let packID: (Int) -> Actor.ID
    /// How many actors the pack has.
    let packCount: Int
    /// The ids of the actors the text made, by `number - 2^29`.
    let textIDs: [Actor.ID]
    /// The most bits a place and a position may take together to be sorted as one integer; beyond that (more actors
    /// and relations than fit), places are compared as tuples.
    var keyBits = UInt64.bitWidth

    private static let lowMask: UInt64 = (1 << 30) - 1
    private static let textBase: UInt64 = 1 << 29

    /// The positions of `codes` (all distinct) in the order the file lists their relations.
    func order(of codes: [UInt64]) -> [Int] {
        let ranks = actorRanks(of: codes)
        func rank(_ number: UInt64) -> UInt64 {
            UInt64(number < Self.textBase ? ranks.pack[Int(number)] : ranks.text[Int(number - Self.textBase)])
        }
        // Types by name, as keys order them.
        let types = RelationType.allCases
        let typeRank = types.map { type in UInt64(types.filter { $0.rawValue < type.rawValue }.count) }
        // Each code's place as source rank, type rank, target rank; the codes are distinct, so the places are too.
        let actorBits = UInt64.bitWidth - UInt64(max(1, ranks.count)).leadingZeroBitCount
        let typeBits = UInt64.bitWidth - UInt64(types.count).leadingZeroBitCount
        let indexBits = UInt64.bitWidth - UInt64(max(1, codes.count)).leadingZeroBitCount
        let places = codes.map { code -> (source: UInt64, type: UInt64, target: UInt64) in
            let typeIndex = Int(code & 15)
            let a = rank(code >> 34), b = rank(code >> 4 & Self.lowMask)
            // A symmetric relation's source is the smaller id; a proxy's stays first.
            let (source, target) = types[typeIndex].isSymmetric ? (min(a, b), max(a, b)) : (a, b)
            return (source, typeRank[typeIndex], target)
        }
        guard 2 * actorBits + typeBits + indexBits <= keyBits else {
            return codes.indices.sorted {
                (places[$0].source, places[$0].type, places[$0].target) < (places[$1].source, places[$1].type, places[$1].target)
            }
        }
        // Place and position in one integer: a plain sort of integers, with no comparison closure.
        var keyed = places.enumerated().map { position, place in
            (place.source << (actorBits + typeBits) | place.type << actorBits | place.target) << indexBits | UInt64(position)
        }
        keyed.sort()
        let indexMask: UInt64 = (1 << indexBits) - 1
        return keyed.map { Int($0 & indexMask) }
    }

    /// Each actor number met in `codes` ranked by (id, number): pack actors by the pack's ranks, the text's by their ids.
    /// The ranks of pack actors are by number (0 for an actor not met), those of the text's by `number - 2^29`.
    private func actorRanks(of codes: [UInt64]) -> (pack: [Int32], text: [Int32], count: Int) {
        var packMet = [Bool](repeating: false, count: packCount)
        var textMet = [Bool](repeating: false, count: textIDs.count)
        for code in codes {
            for number in [code >> 34, code >> 4 & Self.lowMask] {
                if number < Self.textBase { packMet[Int(number)] = true } else { textMet[Int(number - Self.textBase)] = true }
            }
        }
        // Pack actors met, by (rank, number): counted into their ranks' places, in number order.
        var perRank = [Int32](repeating: 0, count: packCount + 1)
        for number in 0..<packCount where packMet[number] { perRank[Int(rankOfPackActor(number)) + 1] += 1 }
        for rank in 0..<packCount { perRank[rank + 1] += perRank[rank] }
        var packOrder = [Int](repeating: 0, count: Int(perRank[packCount]))
        for number in 0..<packCount where packMet[number] {
            let rank = Int(rankOfPackActor(number))
            packOrder[Int(perRank[rank])] = number
            perRank[rank] += 1
        }
        // The text's actors met, by (id, number), merged in by id (a pack actor first on equal ids: its number is lower).
        let textOrder = textIDs.indices.filter { textMet[$0] }.sorted { (textIDs[$0], $0) < (textIDs[$1], $1) }
        var packRanks = [Int32](repeating: 0, count: packCount)
        var textRanks = [Int32](repeating: 0, count: textIDs.count)
        var p = 0, t = 0, next: Int32 = 0
        while p < packOrder.count || t < textOrder.count {
            if t == textOrder.count || (p < packOrder.count && !(textIDs[textOrder[t]] < packID(packOrder[p]))) {
                packRanks[packOrder[p]] = next
                p += 1
            } else {
                textRanks[textOrder[t]] = next
                t += 1
            }
            next += 1
        }
        return (packRanks, textRanks, Int(next))
    }
}
