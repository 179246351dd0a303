/// The compact arrays behind a ``PathIndex``: dense actor and relation ids and a
/// CSR adjacency grouped by relation type.
///
/// Arcs of actor `v` with type index `t` are `arcs[offsets[v * 4 + t] ..< offsets[v * 4 + t + 1]]`;
/// every relation yields two arcs, one at each endpoint. The buffers are written
/// once in `init` and only read afterwards, which is why sharing them across
/// threads is safe.
final class PathStorage: @unchecked Sendable {
    static let typeCount = 4
    static let proxyType = 2

    let actorCount: Int
    let edgeCount: Int
    let offsets: UnsafeMutableBufferPointer<Int32>
    let arcNeighbor: UnsafeMutableBufferPointer<Int32>
    let arcEdge: UnsafeMutableBufferPointer<Int32>
    /// Whether the arc's owner is the relation's source.
    let arcForward: UnsafeMutableBufferPointer<Bool>
    let edgeSource: UnsafeMutableBufferPointer<Int32>
    let edgeTarget: UnsafeMutableBufferPointer<Int32>
    let edgeType: UnsafeMutableBufferPointer<UInt8>
    /// Supporting (non-negated) evidence count.
    let edgeSupport: UnsafeMutableBufferPointer<Int32>
    /// Asserted evidence count.
    let edgeAsserted: UnsafeMutableBufferPointer<Int32>
    let edgeConfidence: UnsafeMutableBufferPointer<Double>

    /// Builds the adjacency from edges given as parallel arrays (endpoints are dense ids).
    convenience init(
        actorCount: Int, source: [Int32], target: [Int32], type: [UInt8],
        support: [Int32], asserted: [Int32], confidence: [Double]
    ) {
        func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
            _ = buffer.initialize(from: array)
            return buffer
        }
        self.init(
            actorCount: actorCount, edgeCount: source.count, source: copy(source), target: copy(target), type: copy(type),
            support: copy(support), asserted: copy(asserted), confidence: copy(confidence))
    }

    /// Builds the adjacency from edges given as parallel buffers of at least `edgeCount` initialized
    /// elements each (endpoints are dense ids), which the storage takes over and deallocates.
    init(
        actorCount: Int, edgeCount m: Int, source: UnsafeMutableBufferPointer<Int32>, target: UnsafeMutableBufferPointer<Int32>,
        type: UnsafeMutableBufferPointer<UInt8>, support: UnsafeMutableBufferPointer<Int32>,
        asserted: UnsafeMutableBufferPointer<Int32>, confidence: UnsafeMutableBufferPointer<Double>
    ) {
        self.actorCount = actorCount
        edgeCount = m
        // Seen with exactly `m` elements (deallocation goes by the base address).
        func first<T>(_ buffer: UnsafeMutableBufferPointer<T>) -> UnsafeMutableBufferPointer<T> {
            UnsafeMutableBufferPointer(start: buffer.baseAddress, count: m)
        }
        edgeSource = first(source)
        edgeTarget = first(target)
        edgeType = first(type)
        edgeSupport = first(support)
        edgeAsserted = first(asserted)
        edgeConfidence = first(confidence)
        let slots = actorCount * PathStorage.typeCount
        offsets = .allocate(capacity: slots + 1)
        offsets.initialize(repeating: 0)
        for e in 0..<m {
            let t = Int(type[e])
            offsets[Int(source[e]) * PathStorage.typeCount + t + 1] += 1
            offsets[Int(target[e]) * PathStorage.typeCount + t + 1] += 1
        }
        for slot in 0..<slots { offsets[slot + 1] += offsets[slot] }
        let arcs = 2 * m
        arcNeighbor = UnsafeMutableBufferPointer(start: UnsafeMutablePointer.allocate(capacity: max(1, arcs)), count: arcs)
        arcEdge = UnsafeMutableBufferPointer(start: UnsafeMutablePointer.allocate(capacity: max(1, arcs)), count: arcs)
        arcForward = UnsafeMutableBufferPointer(start: UnsafeMutablePointer.allocate(capacity: max(1, arcs)), count: arcs)
        // Every arc is written once below: the counts above made room for exactly 2m.
        var cursor = [Int32](offsets.prefix(slots))
        for e in 0..<m {
            let t = Int(type[e])
            let s = source[e], d = target[e]
            let a = Int(cursor[Int(s) * PathStorage.typeCount + t])
            cursor[Int(s) * PathStorage.typeCount + t] += 1
            arcNeighbor.initializeElement(at: a, to: d)
            arcEdge.initializeElement(at: a, to: Int32(e))
            arcForward.initializeElement(at: a, to: true)
            let b = Int(cursor[Int(d) * PathStorage.typeCount + t])
            cursor[Int(d) * PathStorage.typeCount + t] += 1
            arcNeighbor.initializeElement(at: b, to: s)
            arcEdge.initializeElement(at: b, to: Int32(e))
            arcForward.initializeElement(at: b, to: false)
        }
    }

    deinit {
        for buffer in [offsets, arcNeighbor, arcEdge, edgeSource, edgeTarget, edgeSupport, edgeAsserted] { buffer.deallocate() }
        arcForward.deallocate()
        edgeType.deallocate()
        edgeConfidence.deallocate()
    }

    /// The number of arcs of `actor` over all types.
    func degree(_ actor: Int32) -> Int {
        let base = Int(actor) * PathStorage.typeCount
        return Int(offsets[base + PathStorage.typeCount] - offsets[base])
    }
}
