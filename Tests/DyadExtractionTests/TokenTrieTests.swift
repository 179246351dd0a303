import Testing

@testable import DyadExtraction

/// The token trie the gazetteer and the cues are matched with: edges and payloads after freezing.
@Suite("Token trie")
struct TokenTrieTests {
    /// A trie of three overlapping phrases over made-up token ids.
    func trie() -> TokenTrie {
        var trie = TokenTrie()
        trie.add([4, 7], payload: 1)
        trie.add([4, 7, 9], payload: 2)
        trie.add([4, 7], payload: 3)
        trie.add([5], payload: 4)
        trie.add([4, 7], payload: 1)
        trie.add([], payload: 5)
        trie.add([4, -1], payload: 6)
        trie.freeze(vocabularySize: 12)
        return trie
    }

    /// The node reached by walking `ids` from the root, or -1.
    func walk(_ trie: TokenTrie, _ ids: [Int32]) -> Int32 {
        var node: Int32 = 0
        for id in ids {
            node = trie.child(node, id)
            if node < 0 { return -1 }
        }
        return node
    }

    @Test("each phrase reaches a node holding its payloads, once each, in the order added")
    func payloads() {
        let trie = trie()
        #expect(Array(trie.payloads(walk(trie, [4, 7]))) == [1, 3])
        #expect(Array(trie.payloads(walk(trie, [4, 7, 9]))) == [2])
        #expect(Array(trie.payloads(walk(trie, [5]))) == [4])
    }

    @Test("only nodes that phrases go on from have children; a leaf leads nowhere, whatever the id")
    func children() {
        let trie = trie()
        #expect(trie.hasChildren(0))
        #expect(trie.hasChildren(walk(trie, [4])))
        #expect(trie.hasChildren(walk(trie, [4, 7])))
        let leaf = walk(trie, [4, 7, 9])
        #expect(leaf > 0 && !trie.hasChildren(leaf))
        #expect(!trie.hasChildren(walk(trie, [5])))
        #expect((0..<12).allSatisfy { trie.child(leaf, $0) < 0 })
        #expect(!trie.hasChildren(-1))
        #expect(TokenTrie().child(3, 4) == -1)
    }

    @Test("an inner node has no payload and a missing edge leads nowhere")
    func innerAndMissing() {
        let trie = trie()
        #expect(trie.payloads(walk(trie, [4])).isEmpty)
        #expect(walk(trie, [4, 9]) == -1)
        #expect(walk(trie, [7]) == -1)
        #expect(walk(trie, [4, 7, 9, 9]) == -1)
        #expect(trie.child(0, -1) == -1)
        #expect(trie.child(0, 40) == -1)
    }

    @Test("only first tokens of phrases start one; empty and negative phrases are not added")
    func starts() {
        let trie = trie()
        #expect(trie.starts(4))
        #expect(trie.starts(5))
        #expect(!trie.starts(7))
        #expect(!trie.starts(-1))
        #expect(!trie.starts(11))
    }
}
