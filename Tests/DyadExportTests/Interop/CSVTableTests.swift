import DyadCore
import Testing

@testable import DyadExport

/// RFC 4180 quoting and formula-injection protection of the CSV writer.
@Suite struct CSVTableTests {
    @Test(arguments: [
        ("=1+1", "'=1+1"), ("+49 30", "'+49 30"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
        ("\rx", "\"'\rx\""), ("=a,b", "\"'=a,b\""),
    ])
    func formulaLikeCellsBecomeText(_ input: String, _ expected: String) {
        #expect(CSVTable.cell(input) == expected)
    }

    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        (" padded ", "\" padded \""), ("", ""), ("Ba’ath", "Ba’ath"), ("a=b", "a=b"),
    ])
    func cellsAreQuotedOnlyWhenNeeded(_ input: String, _ expected: String) {
        #expect(CSVTable.cell(input) == expected)
    }

    @Test func rowsEndWithCRLF() {
        var table = CSVTable(header: ["a", "b"])
        table.row(["1", nil])
        #expect(table.text == "a,b\r\n1,\r\n")
    }

    @Test func exportWritesThreeTablesWithTheDocumentedHeaders() {
        let tables = CSVExport.tables(for: ExportFixtures.small())
        #expect(tables.map(\.name) == ["actors.csv", "relations.csv", "evidence.csv"])
        #expect(tables[0].table.text.hasPrefix(CSVExport.actorColumns.joined(separator: ",") + "\r\n"))
        #expect(tables[1].table.text.hasPrefix(CSVExport.relationColumns.joined(separator: ",") + "\r\n"))
        #expect(tables[2].table.text.hasPrefix(CSVExport.evidenceColumns.joined(separator: ",") + "\r\n"))
        #expect(
            tables[1].table.text.contains("\r\nhezbollah,iran,proxy,hezbollah|proxy|iran,1,true,asserted,0.5,1,2024-03-01,2024-03-01,,,"))
        #expect(tables[2].table.text.components(separatedBy: "\r\n").count == 1 + 7 + 1)
    }

    @Test func noHostileCellStartsAFormula() {
        for (_, table) in CSVExport.tables(for: InteropFixtures.hostile()) {
            for line in table.text.components(separatedBy: "\r\n") {
                for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
                    let bare = cell.hasPrefix("\"") ? cell.dropFirst() : cell
                    #expect(!CSVTable.isFormulaLike(String(bare)), "\(cell)")
                }
            }
        }
    }
}
