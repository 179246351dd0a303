import DyadCore

/// The time spells of GEXF's dynamic mode: when a relation or an actor is present.
///
/// A relation is present on each day one of its pieces of evidence is dated (a one-day
/// spell) and through each validity interval its evidence states (`since 2015` runs
/// from 2015-01-01 to the relation's last evidence date, or to the stated end).
/// Overlapping or adjacent spells are joined. An actor is present whenever one of its
/// relations is. Something without any date has no spells: it is present throughout.
public enum GEXFSpells {
    /// A closed interval of days.
    public struct Spell: Hashable, Comparable, Sendable {
        /// First day.
        public var start: Day
        /// Last day (inclusive).
        public var end: Day

        /// Creates a spell; `end` is at least `start`.
        public init(start: Day, end: Day) {
            self.start = start
            self.end = max(start, end)
        }

        public static func < (lhs: Spell, rhs: Spell) -> Bool { (lhs.start, lhs.end) < (rhs.start, rhs.end) }
    }

    /// The spells of a relation, sorted and joined.
    /// - Complexity: O(e log e) in its evidence.
    public static func spells(of relation: Relation) -> [Spell] {
        var spells: [Spell] = []
        for item in relation.evidence {
            if let date = item.date { spells.append(Spell(start: date, end: date)) }
            if item.validFrom != nil || item.validTo != nil {
                let start = item.validFrom ?? item.date ?? relation.firstSeen
                let end = item.validTo ?? relation.lastSeen ?? item.date ?? start
                if let start, let end { spells.append(Spell(start: start, end: end)) }
            }
        }
        if relation.evidence.isEmpty {
            // Relations written by other tools carry only a summary.
            if let start = relation.validFrom ?? relation.firstSeen, let end = relation.validTo ?? relation.lastSeen ?? Optional(start) {
                spells.append(Spell(start: start, end: end))
            }
        }
        return joined(spells)
    }

    /// Sorts spells and joins those that overlap or touch.
    public static func joined(_ spells: [Spell]) -> [Spell] {
        var result: [Spell] = []
        for spell in spells.sorted() {
            if let last = result.last, spell.start.ordinal <= last.end.ordinal + 1 {
                result[result.count - 1].end = max(last.end, spell.end)
            } else {
                result.append(spell)
            }
        }
        return result
    }
}
