import DyadCore

/// Dyad's visual language: how kinds, types, modality and evidence look.
enum DiagramStyle {
    /// The font of every label.
    static let font = "Helvetica"

    /// The shape, extra styles and fill of an actor kind.
    static func look(of kind: ActorKind) -> (shape: DOTKeyword, styles: [LineStyle], fill: DiagramColor, shapeName: String) {
        switch kind {
        case .state: (.box, [.filled], DiagramColor(0xDCE8F5), "box")
        case .government: (.box, [.filled, .rounded], DiagramColor(0xE3E6F7), "rounded")
        case .military: (.hexagon, [.filled], DiagramColor(0xE6EBEE), "hexagon")
        case .armedGroup: (.octagon, [.filled], DiagramColor(0xFBE3DC), "octagon")
        case .organisation: (.component, [.filled], DiagramColor(0xEAE2F5), "component")
        case .person: (.ellipse, [.filled], DiagramColor(0xFFF3D6), "ellipse")
        case .unknown: (.box, [.filled, .dashed], DiagramColor(0xF2F2F2), "dashed")
        }
    }

    /// The colour of a relation type.
    static func color(of type: RelationType) -> DiagramColor {
        switch type {
        case .hostility: .hostility
        case .alliance: .alliance
        case .agreement: .agreement
        case .proxy: .proxy
        }
    }

    /// The line style of a relation: proxy dashed, hedged-only dotted.
    static func style(of relation: Relation) -> LineStyle {
        if relation.modality == .hedged { return .dotted }
        return relation.type == .proxy ? .dashed : .solid
    }

    /// Line width by evidence count: 1.2 for one piece, growing with its logarithm up to 6.
    static func penWidth(evidence count: Int) -> Double {
        let n = Double(max(1, count))
        return min(6, 1.2 + 1.1 * log2Approximation(n))
    }

    private static func log2Approximation(_ value: Double) -> Double {
        var result = 0.0, remaining = value
        while remaining >= 2 { remaining /= 2; result += 1 }
        return result + (remaining - 1)
    }
}
