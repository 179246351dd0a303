extension DocumentRun {
    /// Whether group `group` names at least two different actors outside place mentions: what a pair slot needs
    /// (`pairActors(group).count >= 2`), answered without building the list.
    @inline(__always)
    func hasPairActors(_ group: Int32) -> Bool {
        var first: Int32 = -1
        var seen = false
        for member in groups[Int(group)].members where !mentions[member].locative {
            let list = mentions[member].actors
            for k in 0..<list.count {
                if !seen {
                    first = list[k]
                    seen = true
                } else if list[k] != first {
                    return true
                }
            }
        }
        return false
    }
}
