import DyadCore

/// Runs the examples of every rule of a pack, like unit tests.
public enum RuleTester {
    /// Runs all examples.
    /// - Parameter pack: The compiled pack.
    /// - Returns: One result per example, in pack order.
    /// - Throws: `ExtractionError` for an example with a bad expectation or date.
    public static func run(_ pack: CompiledPack) throws(ExtractionError) -> [ExampleResult] {
        let extractor = Extractor(pack: pack)
        var results: [ExampleResult] = []
        for rule in pack.pack.rules {
            for (index, example) in rule.examples.enumerated() {
                var date: Day?
                if let text = example.date {
                    guard let day = Day(text) else {
                        throw ExtractionError(
                            .schema, "example date must be YYYY-MM-DD", file: example.origin?.file, line: example.origin?.line,
                            column: example.origin?.column)
                    }
                    date = day
                }
                let out = extractor.extract(DocumentInput(id: "example", text: example.text, date: date))
                var names: [String: Set<String>] = [:]
                var parents: [String: String] = [:]
                for actor in out.actors {
                    names[actor.id] = Set(([actor.id, actor.name] + actor.aliases).map { NameNormalizer.fold($0) })
                    parents[actor.id] = actor.partOf
                }
                func stands(_ id: String, _ token: String) -> Bool {
                    var current: String? = id
                    var steps = 0
                    while let c = current, steps < 8 {
                        if c == token || names[c]?.contains(NameNormalizer.fold(token)) == true { return true }
                        current = parents[c]
                        steps += 1
                    }
                    return false
                }
                var failures: [String] = []
                let produced = out.relations.map {
                    "\($0.source) \($0.type.rawValue) \($0.target) \($0.evidence.modality.rawValue) [\($0.evidence.rule)]"
                }
                func parse(_ spec: String) throws(ExtractionError) -> (String, RelationType, String, Modality?) {
                    let parts = spec.split(separator: " ").map(String.init)
                    guard parts.count == 3 || parts.count == 4, let type = RelationType(rawValue: parts[1]) else {
                        throw ExtractionError(
                            .schema, "rule `\(rule.id)`: expectation `\(spec)` must read `a type b [modality]`",
                            file: example.origin?.file, line: example.origin?.line, column: example.origin?.column)
                    }
                    var modality: Modality?
                    if parts.count == 4 {
                        guard let m = Modality(rawValue: parts[3]) else {
                            throw ExtractionError(
                                .schema, "rule `\(rule.id)`: unknown modality `\(parts[3])`", file: example.origin?.file,
                                line: example.origin?.line, column: example.origin?.column)
                        }
                        modality = m
                    }
                    return (parts[0], type, parts[2], modality)
                }
                func found(_ spec: (String, RelationType, String, Modality?), onlyThisRule: Bool) -> Bool {
                    out.relations.contains { r in
                        guard r.type == spec.1, !onlyThisRule || r.evidence.rule == rule.id else { return false }
                        if let m = spec.3, r.evidence.modality != m { return false }
                        if stands(r.source, spec.0), stands(r.target, spec.2) { return true }
                        return r.type.isSymmetric && stands(r.source, spec.2) && stands(r.target, spec.0)
                    }
                }
                for spec in example.expect where !found(try parse(spec), onlyThisRule: true) {
                    failures.append("expected `\(spec)` from this rule")
                }
                for spec in example.reject where found(try parse(spec), onlyThisRule: false) { failures.append("must not yield `\(spec)`") }
                if example.expect.isEmpty, example.reject.isEmpty, out.relations.contains(where: { $0.evidence.rule == rule.id }) {
                    failures.append("expected nothing from this rule")
                }
                results.append(
                    ExampleResult(
                        rule: rule.id, number: index + 1, origin: example.origin, text: example.text, failures: failures, produced: produced
                    ))
            }
        }
        return results
    }
}
