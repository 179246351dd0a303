/// A piece of evidence as extraction holds it until the graph is written: its texts as byte positions in its
/// document's text (or in the part of it that is kept, held by ``SpanRelations``), its rule and who it is attributed
/// to as numbers, everything else as values. It holds no reference, so collecting, sorting and writing hundreds of
/// thousands of pieces allocates, retains and copies no text; ``SpanRelations/evidence(_:)`` gives the ``Evidence`` it
/// stands for.
package struct SpanEvidence: Sendable {
    /// Bytes of a document's text, from `start` up to `end`.
    package struct Bytes: Sendable, Equatable {
        package var start: Int32
        package var end: Int32

        /// The bytes from `start` up to `end`.
        package init(_ start: Int, _ end: Int) {
            self.start = Int32(truncatingIfNeeded: start)
            self.end = Int32(truncatingIfNeeded: end)
        }
    }

    /// The document's number in ``SpanRelations`` (its text and id).
    package var document: Int32 = 0
    /// The rule's number in ``SpanRelations/ruleIDs``.
    package var rule: Int32
    package var modality: Modality
    /// Whether every text starts and ends on a character boundary (so its bytes are the text's); when not, the bytes
    /// are read as `String(decoding:as:)` reads them, as the strings of ``Evidence`` would have been made.
    package var aligned: Bool
    package var sentence: Bytes
    package var sourceMention: Bytes
    package var targetMention: Bytes
    package var sentenceRange: TextRange
    package var sourceRange: TextRange
    package var targetRange: TextRange
    /// Who it is attributed to, by number in ``SpanRelations/speakers``; -1: no one.
    package var speaker: Int32 = -1
    package var date: Day?
    package var validFrom: Day?
    package var score: Double?

    /// A piece of evidence (of document 0 until its collector numbers it); its texts are given as bytes of `text`.
    package init(
        rule: Int32, modality: Modality, text: UnsafeBufferPointer<UInt8>, sentence: Bytes, sourceMention: Bytes,
        targetMention: Bytes, sentenceRange: TextRange, sourceRange: TextRange, targetRange: TextRange,
        date: Day?, validFrom: Day?, score: Double?
    ) {
        self.rule = rule
        self.modality = modality
        self.sentence = sentence
        self.sourceMention = sourceMention
        self.targetMention = targetMention
        self.sentenceRange = sentenceRange
        self.sourceRange = sourceRange
        self.targetRange = targetRange
        self.date = date
        self.validFrom = validFrom
        self.score = score
        @inline(__always) func boundary(_ index: Int32) -> Bool { Int(index) >= text.count || text[Int(index)] & 0xC0 != 0x80 }
        aligned =
            boundary(sentence.start) && boundary(sentence.end) && boundary(sourceMention.start) && boundary(sourceMention.end)
            && boundary(targetMention.start) && boundary(targetMention.end)
    }
}
