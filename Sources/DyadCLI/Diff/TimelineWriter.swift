import DyadCore
import DyadExport
import Foundation

/// Writes one diagram per timeline step, with actors pinned where a layout of all steps together put them.
struct TimelineWriter {
    let graph: Graph
    let timeline: DyadCore.Timeline
    let folder: String
    let format: RenderFormat

    /// The file of each step, and a note when the diagrams fell back to DOT.
    func write() throws -> (files: [String], note: String?) {
        // One layout for the union of all steps keeps positions stable between them.
        var unionRelations: [RelationKey: Relation] = [:]
        var unionActors: [Actor.ID: Actor] = [:]
        for step in timeline.steps {
            for relation in step.snapshot.allRelations { unionRelations[relation.key] = relation }
            for actor in step.snapshot.actors.values { unionActors[actor.id] = actor }
        }
        let union = Graph(
            documents: Array(graph.documents.values), actors: Array(unionActors.values),
            relations: Array(unionRelations.values)
        ).canonicalized()
        var positions: [Actor.ID: DiagramPoint] = [:]
        var format = self.format
        var note: String?
        if !union.relations.isEmpty {
            do throws(RenderError) {
                positions = try Renderer.positions(for: union)
            } catch {
                note =
                    "note: cannot lay the timeline out (\(error.description)); "
                    + (format == .dot ? "the DOT files have no fixed positions" : "wrote DOT files instead")
                format = .dot
            }
        }
        var files: [String] = []
        var previous: Graph?
        for (index, step) in timeline.steps.enumerated() {
            let current = step.snapshot.graph()
            let name = String(format: "%02d-%@.%@", index + 1, step.day.description, format.rawValue)
            let path = (folder as NSString).appendingPathComponent(name)
            var options: DiagramOptions
            var drawn: Graph
            if let previous, let diff = step.diff, let last = timeline.steps[safe: index - 1] {
                let diagram = DiffDiagram(old: previous, new: current, diff: diff, title: "\(last.day) → \(step.day)")
                options = diagram.options(positions: positions)
                drawn = diagram.union
            } else {
                options = DiagramOptions()
                options.title = "as of \(step.day)"
                options.pinnedPositions = positions
                drawn = current
            }
            options.keepIsolatedActors = false
            do {
                try DiagramFiles.render(drawn, options: options, to: path)
            } catch let error as DyadCLIError where format != .dot {
                format = .dot
                note = "note: \(error.message); wrote DOT files instead"
                let dotName = String(format: "%02d-%@.dot", index + 1, step.day.description)
                try DiagramFiles.render(drawn, options: options, to: (folder as NSString).appendingPathComponent(dotName))
                files.append(dotName)
                previous = current
                continue
            }
            files.append(name)
            previous = current
        }
        return (files, note)
    }
}

extension Array {
    /// The element at `index`, or `nil` outside the array.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
