import DyadCore

/// Lints a rule pack: bad patterns, unknown word classes, duplicate ids, aliases claimed by
/// two actors, unknown role and parent actors, overlapping and stale roles, rules without examples.
public enum PackLinter {
    /// Checks a pack.
    /// - Parameter pack: The pack.
    /// - Returns: The issues, errors first, in pack order.
    public static func check(_ pack: RulePack) -> [LintIssue] {
        var issues: [LintIssue] = []
        for problem in EngineLexicon.problems(pack.lexicons) { issues.append(LintIssue(severity: .error, message: problem, origin: nil)) }
        let classes = Set(pack.wordClasses.map(\.name))
        var ruleIDs: [String: SourceLocation?] = [:]
        for rule in pack.rules {
            if let first = ruleIDs[rule.id] {
                issues.append(
                    LintIssue(
                        severity: .error, message: "duplicate rule id `\(rule.id)` (first at \(first?.description ?? "?"))",
                        origin: rule.origin))
            } else {
                ruleIDs[rule.id] = rule.origin
            }
            for (i, pattern) in rule.patterns.enumerated() {
                let origin = i < rule.patternOrigins.count ? rule.patternOrigins[i] : rule.origin
                func at(_ column: Int?) -> SourceLocation? {
                    guard var place = origin, let column, column > 0 else { return origin }
                    place.column += column
                    return place
                }
                do {
                    let node = try PatternCheck.parse(pattern)
                    for name in wordClasses(in: node) where !classes.contains(name) {
                        issues.append(
                            LintIssue(
                                severity: .error, message: "rule `\(rule.id)` uses unknown word class `[\(name)]`",
                                origin: at(PatternCheck.column(ofClass: name, in: pattern))))
                    }
                    for warning in PatternCheck.warnings(node) {
                        issues.append(LintIssue(severity: .warning, message: "rule `\(rule.id)`: \(warning)", origin: origin))
                    }
                } catch {
                    issues.append(LintIssue(severity: .error, message: "rule `\(rule.id)`: \(error.message)", origin: at(error.column)))
                }
            }
            if rule.examples.isEmpty {
                issues.append(LintIssue(severity: .warning, message: "rule `\(rule.id)` has no examples", origin: rule.origin))
            }
        }
        var actorIDs: [String: ActorEntry] = [:]
        for actor in pack.actors {
            if let first = actorIDs[actor.id] {
                issues.append(
                    LintIssue(
                        severity: .error, message: "duplicate actor id `\(actor.id)` (first at \(first.origin?.description ?? "?"))",
                        origin: actor.origin))
            } else {
                actorIDs[actor.id] = actor
            }
        }
        var claimed: [String: ActorEntry] = [:]
        for actor in pack.actors {
            if let parent = actor.partOf, actorIDs[parent] == nil {
                issues.append(
                    LintIssue(severity: .error, message: "`\(actor.id)` is partOf unknown actor `\(parent)`", origin: actor.origin))
            }
            if let home = actor.basedIn, actorIDs[home]?.kind != .state {
                issues.append(
                    LintIssue(
                        severity: .error, message: "`\(actor.id)` is basedIn `\(home)`, which is no state of the pack", origin: actor.origin
                    ))
            }
            var own = Set<String>()
            for name in [actor.name] + actor.aliases + actor.acronyms + actor.capitals + actor.demonyms {
                let folded = actor.acronyms.contains(name) ? "#" + name : NameNormalizer.fold(name)
                guard own.insert(folded).inserted else { continue }
                if let other = claimed[folded], other.id != actor.id {
                    issues.append(
                        LintIssue(
                            severity: .error, message: "alias `\(name)` is claimed by `\(other.id)` and `\(actor.id)`", origin: actor.origin
                        ))
                } else {
                    claimed[folded] = actor
                }
            }
            for role in actor.roles {
                if actorIDs[role.actor] == nil {
                    issues.append(
                        LintIssue(
                            severity: .error, message: "`\(actor.id)` has a role of unknown actor `\(role.actor)`", origin: actor.origin))
                }
                if let from = role.from, let to = role.to, to < from {
                    issues.append(
                        LintIssue(
                            severity: .error, message: "`\(actor.id)`: role `\(role.title)` ends before it starts", origin: actor.origin))
                }
            }
            for (i, r1) in actor.roles.enumerated() {
                for r2 in actor.roles[(i + 1)...] where r1.actor != r2.actor && overlaps(r1, r2) && !related(r1.actor, r2.actor, actorIDs) {
                    issues.append(
                        LintIssue(
                            severity: .error, message: "`\(actor.id)`: roles for `\(r1.actor)` and `\(r2.actor)` overlap in time",
                            origin: actor.origin))
                }
            }
        }
        // Stale: an open role although someone else took the same title for the same actor later.
        var holders: [String: [(ActorEntry, Role)]] = [:]
        for actor in pack.actors {
            for role in actor.roles { holders[role.actor + "|" + role.title.lowercased(), default: []].append((actor, role)) }
        }
        for key in holders.keys.sorted() {
            guard let list = holders[key] else { continue }
            for (person, role) in list where role.to == nil {
                if let successor = list.first(where: {
                    $0.0.id != person.id && ($0.1.from ?? Day(ordinal: Int.min)) > (role.from ?? Day(ordinal: Int.min))
                }) {
                    issues.append(
                        LintIssue(
                            severity: .error,
                            message:
                                "`\(person.id)`: open role `\(role.title)` of `\(role.actor)` is stale: `\(successor.0.id)` holds it from \(successor.1.from?.description ?? "?")",
                            origin: person.origin))
                }
            }
        }
        return issues.sorted { ($0.severity == .error ? 0 : 1) < ($1.severity == .error ? 0 : 1) }
    }

    static func overlaps(_ a: Role, _ b: Role) -> Bool {
        let aFrom = a.from?.ordinal ?? Int.min, aTo = a.to?.ordinal ?? Int.max
        let bFrom = b.from?.ordinal ?? Int.min, bTo = b.to?.ordinal ?? Int.max
        return aFrom < bTo && bFrom < aTo
    }

    static func related(_ a: String, _ b: String, _ actors: [String: ActorEntry]) -> Bool {
        func ancestors(_ id: String) -> Set<String> {
            var out: Set<String> = [id]
            var current = actors[id]?.partOf
            while let c = current, out.insert(c).inserted { current = actors[c]?.partOf }
            return out
        }
        return !ancestors(a).isDisjoint(with: ancestors(b))
    }

    static func wordClasses(in node: PatternNode) -> [String] {
        switch node {
        case .wordClass(let name): return [name]
        case .sequence(let items), .alternatives(let items): return items.flatMap { wordClasses(in: $0) }
        case let .repeated(inner, _, _, _): return wordClasses(in: inner)
        case .not(let inner): return wordClasses(in: inner)
        default: return []
        }
    }
}
