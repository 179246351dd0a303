/// Up to four document actor indices stored inline, so mentions copy without reference counting.
struct ActorList: Sequence, ExpressibleByArrayLiteral, Equatable {
    private var a: Int32 = -1, b: Int32 = -1, c: Int32 = -1, d: Int32 = -1
    private(set) var count: Int = 0

    init() {}

    init(arrayLiteral elements: Int32...) { for e in elements { append(e) } }

    init(_ elements: [Int32]) { for e in elements { append(e) } }

    /// One actor, without the array a literal would allocate.
    init(single value: Int32) {
        a = value
        count = 1
    }

    var isEmpty: Bool { count == 0 }

    subscript(index: Int) -> Int32 {
        switch index {
        case 0: return a
        case 1: return b
        case 2: return c
        default: return d
        }
    }

    /// Appends an actor; a fifth one is dropped.
    mutating func append(_ value: Int32) {
        switch count {
        case 0: a = value
        case 1: b = value
        case 2: c = value
        case 3: d = value
        default: return
        }
        count += 1
    }

    func makeIterator() -> AnyIterator<Int32> {
        var i = 0
        let copy = self
        return AnyIterator { () -> Int32? in
            guard i < copy.count else { return nil }
            defer { i += 1 }
            return copy[i]
        }
    }

    func contains(_ value: Int32) -> Bool {
        for i in 0..<count where self[i] == value { return true }
        return false
    }

    static func + (lhs: ActorList, rhs: [Int32]) -> ActorList {
        var out = lhs
        for r in rhs { out.append(r) }
        return out
    }
}
