import DyadCore
import Foundation

/// Actor selection for `dyad diff`.
enum DiffInputs {
    /// Resolves actor names against the new version first, then the old one.
    static func actors(_ names: [String], in graphs: [Graph]) throws(DyadCLIError) -> Set<Actor.ID>? {
        guard !names.isEmpty else { return nil }
        var result: Set<Actor.ID> = []
        for name in names {
            var resolved: Actor?
            var firstError: DyadCLIError?
            for graph in graphs {
                do throws(DyadCLIError) {
                    resolved = try ActorResolver(graph: graph).resolve(name)
                    break
                } catch {
                    if firstError == nil { firstError = error }
                }
            }
            guard let actor = resolved else { throw firstError ?? DyadCLIError("no actor named \"\(name)\"") }
            result.insert(actor.id)
        }
        return result
    }
}
