/// The alternatives of the pattern machine's `oneOf` and `notAhead` steps (`("said" | "told" | [say])`), each set
/// kept twice: as its items in order (literal ids ≥ 0, classes as `-1 - index`), and as three rows of bits by token
/// id: its literals, the one-token forms of its classes, and the first tokens of their forms of several tokens. A
/// step then asks whether a word is one of the alternatives with one or two reads, where it scanned the items (a
/// tenth of the matcher's instructions).
struct AtomSets: Sendable {
    /// The items of every set, one set after another.
    private(set) var items: [Int32] = []
    /// Per set, where its items start in `items`; one more entry closes the last set.
    private var itemStart: [Int32] = [0]
    /// Per set, where its classes start among its items (literals come first).
    private var classStart: [Int32] = []
    /// Per set, whether one of its classes has a form of several tokens.
    private var phrased: [Bool] = []
    /// The rows of every set, one after another: per set, the literal row at `rowStart[3s]`, the class row at
    /// `rowStart[3s + 1]` and the phrase-lead row at `rowStart[3s + 2]`, each as long as its highest id needs.
    private var bits: [UInt64] = []
    private var rowStart: [Int32] = [0]

    /// An empty collection of sets.
    init() {}

    /// Adds a set of `literals` and `classes` (indexes into `classForms`, the one-token forms of each class, and
    /// `classPhrases`, its forms of several tokens) and returns its number.
    mutating func add(literals: [Int32], classes: [Int], classForms: [[Int32]], classPhrases: [[[Int32]]]) -> Int32 {
        let set = Int32(classStart.count)
        classStart.append(Int32(items.count + literals.count))
        items += literals + classes.map { -1 - Int32($0) }
        itemStart.append(Int32(items.count))
        phrased.append(classes.contains { $0 < classPhrases.count && !classPhrases[$0].isEmpty })
        appendRow(literals)
        appendRow(classes.flatMap { $0 < classForms.count ? classForms[$0] : [] })
        appendRow(classes.flatMap { $0 < classPhrases.count ? classPhrases[$0].map { $0[0] } : [] })
        return set
    }

    private mutating func appendRow(_ ids: [Int32]) {
        let words = (ids.filter { $0 >= 0 }.max().map { Int($0) >> 6 + 1 }) ?? 0
        let start = bits.count
        bits += repeatElement(0, count: words)
        for id in ids where id >= 0 { bits[start + Int(id) >> 6] |= 1 << UInt64(id & 63) }
        rowStart.append(Int32(bits.count))
    }

    /// Whether row `row` holds `id`.
    @inline(__always)
    private func row(_ row: Int, has id: Int32) -> Bool {
        guard id >= 0 else { return false }
        let start = Int(rowStart[row]), word = start &+ Int(id) >> 6
        return word < Int(rowStart[row &+ 1]) && bits[word] & 1 << UInt64(id & 63) != 0
    }

    /// Whether `id` is one of the literals of set `set`.
    @inline(__always)
    func hasLiteral(_ set: Int32, _ id: Int32) -> Bool { row(3 &* Int(set), has: id) }

    /// Whether `id` is a one-token form of one of the classes of set `set`.
    @inline(__always)
    func inClasses(_ set: Int32, _ id: Int32) -> Bool { row(3 &* Int(set) &+ 1, has: id) }

    /// Whether `id` starts a form of several tokens of one of the classes of set `set`.
    @inline(__always)
    func leadsClassPhrase(_ set: Int32, _ id: Int32) -> Bool { row(3 &* Int(set) &+ 2, has: id) }

    /// Whether one of the classes of set `set` has a form of several tokens.
    @inline(__always)
    func hasClassPhrases(_ set: Int32) -> Bool { phrased[Int(set)] }

    /// The positions in `items` of the classes of set `set`.
    @inline(__always)
    func classes(_ set: Int32) -> Range<Int> { Int(classStart[Int(set)])..<Int(itemStart[Int(set) + 1]) }

    /// The number of sets.
    var count: Int { classStart.count }
}
