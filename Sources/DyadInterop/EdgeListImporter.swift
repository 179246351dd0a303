import CSV
import DyadCore
import DyadExport

/// Reads an edge list, CSV with one relation a row, into a graph.
///
/// Columns: `source`, `target`, `type`, `date`, `evidence` (the last two optional), in that
/// order, or in any order under a header row naming them (``EdgeListColumn`` lists the names
/// it accepts); a `modality` column is read too, and other named columns become `x-`
/// fields of the relation. Actors are named by the cells: the id is the name's slug
/// (`Al-Quds Brigade` → `al-quds-brigade`), the kind `unknown`. Each row is one piece of
/// evidence of the document standing for the file. A `'` that ``CSVTable`` put before a
/// formula-like cell is taken off again.
///
/// Parsing is done by the CSV.swift package (RFC 4180: quoted fields, doubled quotes,
/// line breaks inside quotes, CRLF or LF).
public enum EdgeListImporter {
    /// The rule id evidence read from an edge list carries.
    public static let rule = "edge-list"

    /// The result: a graph and the `x-` fields of extra columns.
    public struct Result: Sendable {
        /// The graph read.
        public var graph: Graph
        /// `x-` fields from columns Dyad does not know.
        public var extensions: GraphExtensions
        /// How many rows became relations' evidence.
        public var rows: Int
    }

    /// Reads an edge list file.
    /// - Parameter path: The CSV file.
    /// - Throws: ``GraphFileError`` with every bad row located as `file:line:col`.
    public static func read(_ path: String) throws(GraphFileError) -> Result {
        let bytes = try FileBytes.read(path)
        return try decode(bytes, path: path)
    }

    /// Reads an edge list held in memory.
    /// - Parameters:
    ///   - bytes: UTF-8 CSV.
    ///   - path: The name used for the document and in error messages.
    /// - Throws: ``GraphFileError`` with every bad row located as `file:line:col` (at most 50).
    public static func decode(_ bytes: [UInt8], path: String) throws(GraphFileError) -> Result {
        guard var text = String(validating: bytes, as: UTF8.self) else {
            throw GraphFileError(path: path, code: .encoding, message: "the file is not valid UTF-8; save it as UTF-8 CSV")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // The file's lines, split only when a row is bad.
        var lines: [String]?
        func lineText(_ number: Int) -> String {
            if lines == nil {
                lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                    $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
                }
            }
            guard let lines, number >= 1, number <= lines.count else { return "" }
            return lines[number - 1]
        }
        var slugs: [String: Actor.ID] = [:]
        func slug(_ name: String) -> Actor.ID {
            if let known = slugs[name] { return known }
            let id = Actor.slug(name)
            slugs[name] = id
            return id
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false)
        } catch {
            throw GraphFileError(path: path, code: .syntax, message: "cannot read the CSV: \(error)")
        }
        var problems: [GraphFileError.Problem] = []
        var columns = EdgeListColumn.positional.enumerated().map { ($0.offset, $0.element) }
        var extraColumns: [(Int, String)] = []
        // Collected first and built in one go: a relation named on many rows is sorted once, not once a row.
        var actors: [Actor.ID: Actor] = [:]
        var evidenceByKey: [RelationKey: [Evidence]] = [:]
        var extensions = GraphExtensions()
        let documentID = "edge-list:" + (path.split(separator: "/").last.map(String.init) ?? path)
        let document = Document(id: documentID, title: nil, source: path)
        var line = 1
        var rowCount = 0
        var first = true
        while let row = reader.next() {
            let rowLine = line
            line += 1 + row.reduce(0) { count, field in count + field.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } }
            if row.count == 1, row[0].allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            func fail(_ field: Int, _ message: String) {
                guard problems.count < 50 else { return }
                let lineText = lineText(rowLine)
                problems.append(
                    GraphFileError.Problem(
                        code: .schema, message: message,
                        location: SourceLocation(line: rowLine, column: column(ofField: field, in: lineText)), lineText: lineText))
            }
            if first {
                first = false
                let named = row.map { EdgeListColumn(header: $0) }
                if named.contains(.source), named.contains(.target) {
                    columns = named.enumerated().compactMap { index, column in column.map { (index, $0) } }
                    extraColumns = row.enumerated().filter { named[$0.offset] == nil && !$0.element.isEmpty }.map {
                        ($0.offset, $0.element)
                    }
                    if !named.contains(.type) {
                        fail(row.count, "the header names no `type` column; add one (alliance, hostility, proxy or agreement)")
                    }
                    continue
                }
            }
            var cells: [EdgeListColumn: (index: Int, value: String)] = [:]
            for (index, column) in columns where index < row.count { cells[column] = (index, unneutralised(row[index])) }
            var valid = true
            var names: [String] = []
            for column in [EdgeListColumn.source, .target] {
                let value = trimmed(cells[column]?.value ?? "")
                if value.isEmpty {
                    fail(cells[column]?.index ?? row.count, "expected an actor name in the `\(column.rawValue)` column")
                    valid = false
                }
                names.append(value)
            }
            var type: RelationType?
            if let cell = cells[.type] {
                type = RelationType(rawValue: trimmed(cell.value).lowercased())
                if type == nil {
                    fail(cell.index, "unknown relation type \"\(cell.value)\"; expected alliance, hostility, proxy or agreement")
                    valid = false
                }
            } else {
                fail(row.count, "expected a relation type (alliance, hostility, proxy or agreement) in the `type` column")
                valid = false
            }
            var date: Day?
            if let cell = cells[.date], !trimmed(cell.value).isEmpty {
                date = parseDate(trimmed(cell.value))
                if date == nil {
                    fail(cell.index, "\"\(cell.value)\" is not a date; expected YYYY-MM-DD, YYYY-MM or YYYY")
                    valid = false
                }
            }
            var modality = Modality.asserted
            if let cell = cells[.modality], !trimmed(cell.value).isEmpty {
                if let parsed = Modality(rawValue: trimmed(cell.value).lowercased()) {
                    modality = parsed
                } else {
                    fail(cell.index, "unknown modality \"\(cell.value)\"; expected asserted, hedged or negated")
                    valid = false
                }
            }
            if valid, slug(names[0]) == slug(names[1]) {
                fail(cells[.target]?.index ?? 1, "a relation needs two different actors; both cells name `\(slug(names[0]))`")
                valid = false
            }
            guard valid, let type else { continue }
            let ids = names.map(slug)
            for (id, name) in zip(ids, names) {
                let actor = Actor(id: id, name: name, kind: .unknown)
                actors[id] = actors[id].map { $0.merged(with: actor) } ?? actor
            }
            let evidence = Evidence(
                document: documentID, sentence: cells[.evidence].map { trimmed($0.value) } ?? "",
                sourceMention: names[0], targetMention: names[1], rule: rule, modality: modality, date: date)
            let key = RelationKey(source: ids[0], type: type, target: ids[1])
            evidenceByKey[key, default: []].append(evidence)
            for (index, name) in extraColumns where index < row.count && !row[index].isEmpty {
                extensions.relations[key, default: [:]]["x-" + name] = unneutralised(row[index])
            }
            rowCount += 1
        }
        if let error = reader.error {
            problems.append(
                GraphFileError.Problem(
                    code: .syntax, message: "cannot read the CSV: \(error)", location: SourceLocation(line: line, column: 1)))
        }
        guard problems.isEmpty else { throw GraphFileError(path: path, problems: problems) }
        let graph = Graph(
            documents: [document], actors: Array(actors.values),
            relations: evidenceByKey.map { Relation(key: $0.key, evidence: $0.value) })
        return Result(graph: graph, extensions: extensions, rows: rowCount)
    }

    /// `YYYY-MM-DD`, `YYYY-MM` (the first of the month) or `YYYY` (January 1st).
    public static func parseDate(_ text: String) -> Day? {
        if let day = Day(text) { return day }
        if text.count == 7, let day = Day(text + "-01") { return day }
        if text.count == 4, let day = Day(text + "-01-01") { return day }
        return nil
    }

    /// Takes off the `'` that ``CSVTable`` puts before a formula-like cell.
    static func unneutralised(_ cell: String) -> String {
        guard cell.hasPrefix("'") else { return cell }
        let rest = String(cell.dropFirst())
        return CSVTable.isFormulaLike(rest) ? rest : cell
    }

    static func trimmed(_ text: String) -> String {
        var view = Substring(text)
        while let first = view.first, first == " " || first == "\t" { view.removeFirst() }
        while let last = view.last, last == " " || last == "\t" { view.removeLast() }
        return String(view)
    }

    /// The 1-based column (Unicode scalars) where field `index` starts on a CSV line, skipping quoted commas;
    /// the end of the line when the row has fewer fields.
    static func column(ofField index: Int, in line: String) -> Int {
        var field = 0, quoted = false, column = 1
        for scalar in line.unicodeScalars {
            if field == index { return column }
            if scalar == "\"" { quoted.toggle() } else if scalar == ",", !quoted { field += 1 }
            column += 1
        }
        return field == index ? column : line.unicodeScalars.count + 1
    }
}
