import DyadCore
import DyadExtraction

/// Converts a PETRARCH/TABARI verb dictionary (CAMEO) into word classes and rules, for the event
/// codes ``CAMEOMapping`` gives a relation type.
///
/// - A verb block `--- ATTACK [190] ---` whose code maps to a type adds its verbs (with the
///   irregular forms written in braces, `SPEED {SPEEDING SPEEDS SPED}`, or the regular ones)
///   to the class `petrarch-<type>`; a rule `petrarch-<type>-verb` reads `@A … [class] … @B`.
/// - A pattern line `- * SANCTIONS [163]` whose code maps to a type, and whose words after the
///   verb are plain words, becomes a pattern of the rule `petrarch-<type>-phrase`:
///   `@A ~{0,3} (add|adds|added|adding) "sanctions" ~{0,6} @B`. Patterns with synsets (`&`),
///   groups (`{…}`, `(…)`), or source/target markers (`$`, `+`, `%`, `^`) are counted and skipped.
struct PetrarchVerbs {
    let mapping: CAMEOMapping

    func convert(_ file: (path: String, text: String), into output: inout PetrarchConverter.Output) {
        var classForms: [RelationType: [String]] = [:]
        var phrases: [RelationType: [String]] = [:]
        var blockForms: [String] = []
        var blockType: RelationType?
        var inBlock = false
        for (number, line) in PetrarchDictionary.lines(of: file.text) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if trimmed.hasPrefix("---") {
                inBlock = true
                blockForms = []
                let code = Self.bracketed(trimmed)
                blockType = code.flatMap { mapping.relationType(forEvent: $0) }
                continue
            }
            guard inBlock else { continue }
            if trimmed.hasPrefix("-") {
                guard let code = Self.bracketed(trimmed) else { continue }
                guard let type = mapping.relationType(forEvent: code) else {
                    output.report.skip(.unmappedEvent, "\(file.path):\(number)")
                    continue
                }
                var body = trimmed.dropFirst().trimmingCharacters(in: .whitespaces)
                if let open = body.firstIndex(of: "[") { body = body[..<open].trimmingCharacters(in: .whitespaces) }
                let words = body.split(separator: " ").map(String.init)
                guard words.first == "*", words.count > 1, !blockForms.isEmpty,
                    words.dropFirst().allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "_" } })
                else {
                    output.report.skip(.complexVerbPattern, "\(file.path):\(number) \(trimmed.prefix(60))")
                    continue
                }
                let literals = words.dropFirst().flatMap { $0.split(separator: "_") }.map { "\"\($0.lowercased())\"" }
                let verbs = "(" + Array(Set(blockForms)).sorted().joined(separator: "|") + ")"
                phrases[type, default: []].append("@A ~{0,3} \(verbs) \(literals.joined(separator: " ")) ~{0,6} @B")
                output.report.verbsByType[type.rawValue, default: 0] += 1
                continue
            }
            // A verb line: VERB {IRREGULAR FORMS} [CODE]?
            var forms: [String] = []
            var text = Substring(trimmed)
            if let open = text.firstIndex(of: "["), let code = Self.bracketed(String(text[open...])) {
                text = text[..<open]
                if let type = mapping.relationType(forEvent: code) { blockType = blockType ?? type }
            }
            var irregular: [String] = []
            if let open = text.firstIndex(of: "{"), let close = text.firstIndex(of: "}"), open < close {
                irregular = text[text.index(after: open)..<close].split(separator: " ").map { $0.lowercased() }
                text = text[..<open]
            }
            let verb = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: " ").lowercased()
            guard !verb.isEmpty, verb.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" }) else { continue }
            forms = irregular.isEmpty ? Inflector.verbForms(verb) : [verb] + irregular.map { $0.replacingOccurrences(of: "_", with: " ") }
            blockForms += forms
            if let type = blockType {
                classForms[type, default: []] += forms
                output.report.verbsByType[type.rawValue, default: 0] += 1
            }
        }
        for type in RelationType.allCases {
            if let forms = classForms[type], !forms.isEmpty {
                let name = "petrarch-\(type.rawValue)"
                output.wordClasses.append(WordClass(name: name, forms: Array(Set(forms)).sorted()))
                output.rules.append(RelationRule(id: "\(name)-verb", type: type, patterns: ["@A ~{0,3} [\(name)] ~{0,8} @B"]))
            }
            if let list = phrases[type], !list.isEmpty {
                output.rules.append(RelationRule(id: "petrarch-\(type.rawValue)-phrase", type: type, patterns: Array(Set(list)).sorted()))
            }
        }
    }

    /// The code between the first `[` and `]`, if any (`[190]` → `190`; `[---]` → nil).
    static func bracketed(_ text: String) -> String? {
        guard let open = text.firstIndex(of: "["), let close = text[open...].firstIndex(of: "]") else { return nil }
        let code = text[text.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        guard !code.isEmpty, code.allSatisfy({ $0.isNumber || $0 == ":" }) else { return nil }
        return code.split(separator: ":").first.map(String.init)
    }
}
