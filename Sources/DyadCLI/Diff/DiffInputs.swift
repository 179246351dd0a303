import DyadCore
import Foundation

/// Loading and option parsing shared by `dyad diff` and `dyad timeline`.
enum DiffInputs {
    /// Parses a day given on the command line.
    static func day(_ text: String, option: String) throws(DyadCLIError) -> Day {
        guard let day = Day(text) else {
            throw DyadCLIError("\(option) \"\(text)\" is not a date; expected YYYY-MM-DD, such as 2021-11-15")
        }
        return day
    }

    /// Parses relation types given as a comma-separated list or repeated options.
    static func types(_ values: [String]) throws(DyadCLIError) -> Set<RelationType>? {
        guard !values.isEmpty else { return nil }
        var result: Set<RelationType> = []
        for value in values {
            for part in value.split(separator: ",") {
                let name = part.trimmingCharacters(in: .whitespaces).lowercased()
                guard let type = RelationType(rawValue: name) else {
                    let known = RelationType.allCases.map(\.rawValue).joined(separator: ", ")
                    throw DyadCLIError("unknown relation type \"\(name)\" in --types; expected some of \(known)")
                }
                result.insert(type)
            }
        }
        return result
    }

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
