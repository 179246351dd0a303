/// A value in one of the grammars the DOT encoder allows.
///
/// Only ``text(_:)`` carries outside text; it is always cleaned, escaped and quoted.
public enum DOTValue: Hashable, Sendable {
    /// Untrusted or free text: control characters become spaces, `&` is written as an
    /// entity, `\` and `"` are escaped, NUL is dropped.
    case text(String)
    /// Trusted multi-line text: each line is cleaned as ``text(_:)``; lines are joined
    /// with Graphviz's centred line break (`\n`).
    case lines([String])
    /// Trusted multi-line tooltip: lines are joined with an XML newline entity.
    case tooltipLines([String])
    /// A palette colour.
    case color(DiagramColor)
    /// A number, clamped to the range and written with at most two decimals.
    case number(Double, ClosedRange<Double>)
    /// A keyword.
    case keyword(DOTKeyword)
    /// A list of styles.
    case styles([LineStyle])
    /// A plain token (letters, digits, `-`, `_`, `.`); other characters become `_`.
    case token(String)
    /// A position in points, pinned with `!` when `pinned`.
    case point(x: Double, y: Double, pinned: Bool)
    /// A link; written only when it is a plain `https:` URL.
    case link(String)
    /// The legend table, made by ``DOTWriter`` from fixed text only.
    case legend(LegendTable)
}
