import ArgumentParser
import DyadCore
import Foundation

/// Relation types named on the command line: one option value holds one or more
/// comma-separated names (`alliance,hostility`), and the option may be repeated.
///
/// Every command that filters by type (`path`, `connect`, `balance`, `render`, `export`,
/// `diff`) parses `--types` through this type, so they accept and refuse the same text.
struct RelationTypeList: ExpressibleByArgument, Hashable, Sendable {
    /// The types this value names (empty for an empty value).
    var types: Set<RelationType>

    /// Parses comma-separated type names, ignoring case and spaces around names;
    /// `nil` when a name is not a relation type.
    init?(argument: String) {
        var types = Set<RelationType>()
        for part in argument.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            if name.isEmpty { continue }
            guard let type = RelationType(rawValue: name) else { return nil }
            types.insert(type)
        }
        self.types = types
    }

    /// The names the parser lists when a value is refused, and offers for completion.
    static var allValueStrings: [String] { RelationType.allCases.map(\.rawValue) }
}

extension Array where Element == RelationTypeList {
    /// The union of the types named, or `nil` (every type) when none was named.
    var selection: Set<RelationType>? {
        let union = reduce(into: Set<RelationType>()) { $0.formUnion($1.types) }
        return union.isEmpty ? nil : union
    }
}
