/// One step of an explained path: the relation and the evidence that best supports it.
public struct HopExplanation: Hashable, Sendable {
    /// The step explained.
    public var step: PathStep
    /// The relation's modality summary.
    public var modality: Modality
    /// The relation's confidence.
    public var confidence: Double
    /// The number of supporting (non-negated) pieces of evidence.
    public var evidenceCount: Int
    /// The best supporting evidence (asserted before hedged, then the latest), if any.
    public var evidence: Evidence?
    /// The date the best evidence refers to (its own or its document's).
    public var date: Day?
    /// The document the best evidence comes from, when the graph describes it.
    public var document: Document?

    /// Creates a hop explanation.
    /// - Parameters:
    ///   - step: The step.
    ///   - modality: The relation's modality.
    ///   - confidence: The relation's confidence.
    ///   - evidenceCount: Supporting evidence count.
    ///   - evidence: The best evidence.
    ///   - date: Its effective date.
    ///   - document: Its document.
    public init(
        step: PathStep, modality: Modality, confidence: Double, evidenceCount: Int,
        evidence: Evidence?, date: Day?, document: Document?
    ) {
        self.step = step
        self.modality = modality
        self.confidence = confidence
        self.evidenceCount = evidenceCount
        self.evidence = evidence
        self.date = date
        self.document = document
    }
}
