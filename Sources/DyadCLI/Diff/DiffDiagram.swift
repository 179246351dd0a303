import DyadCore
import DyadExport

/// The diagram of a diff: the union of both versions in one layout, drawn by
/// DyadExport with each relation's diff status (added green, removed grey and
/// dashed, flipped orange, strengthened thicker), a legend and both versions in the title.
struct DiffDiagram {
    /// The union of both versions: every relation of the new one, and the old one's that are gone.
    let union: Graph
    let statuses: [RelationKey: RelationDiffStatus]
    let title: String

    /// Prepares the diagram of `diff` between `old` and `new`.
    init(old: Graph, new: Graph, diff: GraphDiff, title: String) {
        var union = Graph()
        for document in old.documents.values { union.add(document) }
        for document in new.documents.values { union.add(document) }
        for actor in old.actors.values where new.actors[actor.id] == nil { union.add(actor) }
        for actor in new.actors.values { union.add(actor) }
        for relation in new.relations.values { union.add(relation) }
        for relation in old.relations.values where new.relations[relation.key] == nil { union.add(relation) }
        union.canonicalize()
        self.union = union
        self.statuses = DiffDiagram.statuses(of: diff)
        self.title = title
    }

    /// The diagram status of every relation the diff touches.
    static func statuses(of diff: GraphDiff) -> [RelationKey: RelationDiffStatus] {
        var result: [RelationKey: RelationDiffStatus] = [:]
        for change in diff.changes {
            guard let key = change.relation else { continue }
            switch change.kind {
            case .flipped:
                result[key] = .flipped
                if let previous = change.previous, change.previousRemoved { result[previous] = .removed }
            case .relationAdded: result[key] = .added
            case .relationRemoved: result[key] = .removed
            case .strengthened: result[key] = .strengthened
            case .weakened: result[key] = .weakened
            case .modalityChanged:
                // Firmer (hedged → asserted) reads as strengthened, weaker as weakened, unless already marked.
                if result[key] == nil, let before = change.before, let after = change.after {
                    result[key] = after.modality.strength > before.modality.strength ? .strengthened : .weakened
                }
            default: break
            }
        }
        return result
    }

    /// The options for DyadExport.
    func options(positions: [Actor.ID: DiagramPoint] = [:]) -> DiagramOptions {
        var options = DiagramOptions()
        options.title = title
        options.diff = statuses
        options.keepIsolatedActors = false
        options.pinnedPositions = positions
        return options
    }

    /// Renders the diagram to `path`; its extension chooses the format (svg, png, pdf, dot).
    /// - Throws: ``DyadCLIError`` when the format is unknown, rendering fails or the file cannot be written.
    func write(to path: String) throws {
        try DiagramFiles.render(union, options: options(), to: path)
    }
}

/// Rendering graphs to files for `dyad diff --render` and `dyad timeline`.
enum DiagramFiles {
    /// Renders `graph` with `options` to `path`, in the format its extension names.
    /// - Throws: ``DyadCLIError`` for an unknown format, a failed render or an unwritable file.
    static func render(_ graph: Graph, options: DiagramOptions, to path: String) throws {
        guard let format = RenderFormat(pathExtensionOf: path) else {
            throw DyadCLIError("cannot tell the format of \(path); use .svg, .png, .pdf or .dot")
        }
        let bytes: [UInt8]
        do throws(RenderError) {
            bytes = try Renderer.render(graph, options: options, format: format)
        } catch {
            throw DyadCLIError("cannot render \(path): \(error.description)", status: .failure)
        }
        try write(bytes, to: path)
    }

    /// Writes bytes atomically.
    static func write(_ bytes: [UInt8], to path: String) throws {
        do throws(GraphFileError) {
            try AtomicFile.write(bytes, to: path)
        } catch {
            throw DyadCLIError("cannot write \(path): \(error.problems.first?.message ?? "\(error)")", status: .failure)
        }
    }
}
