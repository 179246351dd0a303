import DyadCore
import Foundation
import Testing

@testable import DyadExtraction

@Suite("Rule pack loading: a large actor list read in pieces on all cores")
struct ActorListSplitTests {
    /// `count` actors as a pack file lists them, items at `indent` spaces, each with the fields most packs use.
    static func actors(_ count: Int, indent: Int = 2, from first: Int = 0) -> String {
        let pad = String(repeating: " ", count: indent)
        return (first..<first + count).map { n in
            """
            \(pad)- id: actor-\(n)
            \(pad)  name: "Front of Place \(n)"   # a comment
            \(pad)  kind: \(n % 3 == 0 ? "state" : "armed-group")
            \(pad)  aliases: ["Front \(n)", 'Place''s Front \(n)']

            """
        }.joined()
    }

    static let rest = """
        pack: {name: split-test}
        places:
          - name: Lakeside
        rules:
          - id: r1
            type: hostility
            pattern: "@A shelled @B"

        """

    /// The pack a text gives read whole and read with the split, which must be the same, actor origins included.
    func bothWays(_ text: String, pieces: Int = 4) throws -> (whole: RulePack, split: RulePack, didSplit: Bool) {
        let split = ActorListSplit(text, pieces: pieces, minimumBytes: 0)
        let whole = try PackLoader.parse(yaml: text, file: "t.yaml", split: nil).0
        let pieced = try PackLoader.parse(yaml: text, file: "t.yaml", split: split).0
        return (whole, pieced, split != nil)
    }

    @Test("items indented under the key: the same actors, in order, at the same lines and columns")
    func indentedItems() throws {
        let text = Self.rest + "actors:\n" + Self.actors(50) + "classes:\n  - name: attack\n    words: [attack]\n"
        let (whole, split, didSplit) = try bothWays(text)
        #expect(didSplit)
        #expect(split.actors == whole.actors)
        #expect(split.actors.count == 50)
        #expect(split.actors[37].origin?.line == whole.actors[37].origin?.line)
        #expect(split.wordClasses.map(\.name) == ["attack"])
        #expect(split.rules.map(\.id) == whole.rules.map(\.id))
        #expect(split.places == whole.places)
    }

    @Test("items at the left margin, comments and blank lines between them, and Windows line ends")
    func marginItemsAndLineEnds() throws {
        let items = Self.actors(40, indent: 0).replacingOccurrences(of: "\n- id: actor-20", with: "\n# the second half\n\n- id: actor-20")
        for text in ["actors:\n" + items + Self.rest, ("actors:\n" + items + Self.rest).replacingOccurrences(of: "\n", with: "\r\n")] {
            let (whole, split, didSplit) = try bothWays(text)
            #expect(didSplit)
            #expect(split.actors == whole.actors)
            #expect(split.rules.map(\.id) == ["r1"])
        }
    }

    @Test("roles, block text and quoted names with marks in them read the same")
    func nestedValues() throws {
        let special = """
              - id: leader-1
                name: "Ali 'the Lion' Khan #1"
                kind: person
                roles:
                  - {title: president, of: actor-1, from: 2020-01-01}
                note: |
                  - not an item: "quoted" text
                  - nor a list: [a, b]
              - id: leader-2
                name: 'O''Brien'
                kind: person

            """
        let text = "actors:\n" + Self.actors(30) + special + Self.actors(30, from: 30) + Self.rest
        let (whole, split, didSplit) = try bothWays(text)
        #expect(didSplit)
        #expect(split.actors == whole.actors)
        #expect(split.actors.count == 62)
        #expect(split.actors[30].roles.first?.actor == "actor-1")
    }

    @Test("what could join two items is read whole: a quote or a list over two lines, an alias, a tab")
    func refusals() {
        let base = "actors:\n" + Self.actors(20)
        #expect(ActorListSplit(base, pieces: 4, minimumBytes: 0) != nil)
        let refused = [
            base + "  - id: x\n    aliases: [a,\n      b]\n",
            base + "  - id: x\n    name: \"two\n      lines\"\n",
            base + "  - id: x\n    name: \"a \\\" mark\"\n",
            base + "  - &one\n    id: x\n  - *one\n",
            base + "  - id: x\n\tname: y\n",
            base + "actors:\n  - id: again\n",
            "actors:\n" + Self.actors(3),
        ]
        for text in refused { #expect(ActorListSplit(text, pieces: 4, minimumBytes: 0) == nil, "\(text.suffix(40))") }
        #expect(ActorListSplit(base, pieces: 4) == nil, "a small file is read whole")
    }

    @Test("a bad actor in a piece is reported where it is in the file, as read whole")
    func errorsLocated() throws {
        let text = "actors:\n" + Self.actors(30) + "  - id: Not A Slug\n" + Self.actors(30, from: 30)
        #expect(ActorListSplit(text, pieces: 4, minimumBytes: 0) != nil)
        let whole = #expect(throws: ExtractionError.self) { try PackLoader.parse(yaml: text, file: "t.yaml", split: nil) }
        let split = #expect(throws: ExtractionError.self) {
            try PackLoader.parse(yaml: text, file: "t.yaml", split: ActorListSplit(text, pieces: 4, minimumBytes: 0))
        }
        #expect(split?.line == whole?.line)
        #expect(split?.line == 1 + 30 * 4 + 1)
        #expect(split?.message == whole?.message)
    }
}
