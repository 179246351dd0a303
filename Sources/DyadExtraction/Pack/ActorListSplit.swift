/// A large pack file's `actors:` list cut into pieces of whole items that YAML reads apart, so a
/// gazetteer of thousands of actors is composed and read on all cores instead of one.
///
/// Each piece is the lines of some items, after as many empty lines as precede them in the file, so
/// every node keeps the file's line and column; ``rest`` is the file with those lines left empty.
/// The cut is made only where it cannot change what the file says: the list is a block sequence
/// whose items start at one column, every line of it closes the quotes and brackets it opens (no
/// quoted text or flow collection runs over two lines, so a line that starts an item is one), and
/// the file has no alias (an item could name an anchor of another piece). Anything else gives no
/// split, and the file is read whole.
struct ActorListSplit {
    /// The file with the list's lines left empty (the `actors:` key stays, with no value).
    let rest: String
    /// The pieces, in file order.
    let pieces: [String]

    /// Files smaller than this are read whole: splitting would cost more than it saves.
    static let minimumBytes = 64 << 10

    /// Splits `text` into about `count` pieces of items, or gives `nil` where reading it whole is required or
    /// cheaper.
    /// - Parameters:
    ///   - text: A pack file's text.
    ///   - count: How many pieces to aim for (2 or more).
    ///   - minimumBytes: The smallest text split (tests lower it).
    init?(_ text: String, pieces count: Int, minimumBytes: Int = ActorListSplit.minimumBytes) {
        let bytes = Array(text.utf8)
        guard count >= 2, bytes.count >= minimumBytes else { return nil }
        guard let (rest, pieces) = bytes.withUnsafeBufferPointer({ ActorListSplit.split($0, count) }) else { return nil }
        self.rest = rest
        self.pieces = pieces
    }

    private static let space = UInt8(ascii: " "), hash = UInt8(ascii: "#"), dash = UInt8(ascii: "-")
    private static let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    private static func split(_ bytes: UnsafeBufferPointer<UInt8>, _ count: Int) -> (String, [String])? {
        guard !bytes.contains(UInt8(ascii: "\t")) else { return nil }
        let lines = lines(bytes)
        guard let head = headLine(bytes, lines) else { return nil }
        // The list: the lines after the head up to the first that starts a new top-level entry.
        var itemColumn: Int?
        var itemStarts: [Int] = []
        var end = head + 1
        while end < lines.count {
            let line = lines[end]
            var at = line.lowerBound
            while at < line.upperBound, bytes[at] == space { at += 1 }
            let column = at - line.lowerBound
            if at == line.upperBound || bytes[at] == carriageReturn || bytes[at] == hash {
                end += 1
                continue
            }
            let startsItem = startsItem(bytes, at, line.upperBound)
            if itemColumn == nil {
                guard startsItem else { return nil }
                itemColumn = column
            }
            guard let itemColumn else { return nil }
            if column == itemColumn, startsItem {
                itemStarts.append(end)
            } else if column <= itemColumn {
                // A line back at the list's column or left of it that starts no item: a new top-level entry ends
                // the list; anything else is read whole.
                guard column == 0, itemColumn == 0 || !startsItem else { return nil }
                break
            }
            guard closesItsOwn(bytes, at..<line.upperBound) else { return nil }
            end += 1
        }
        guard itemStarts.count >= 2 * count, !hasAlias(bytes, lines) else { return nil }
        // Pieces of about equal numbers of items, each after the empty lines that keep its line numbers.
        var pieces: [String] = []
        for part in 0..<count {
            let from = itemStarts[itemStarts.count * part / count]
            let to = part + 1 < count ? itemStarts[itemStarts.count * (part + 1) / count] : end
            var piece = [UInt8](repeating: lineFeed, count: from)
            piece.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lines[from].lowerBound..<lines[to - 1].upperBound]))
            piece.append(lineFeed)
            pieces.append(String(decoding: piece, as: UTF8.self))
        }
        // The rest: the lines before the first item and from the list's end, with one empty line for each in between.
        let cut = lines[itemStarts[0]].lowerBound..<(end < lines.count ? lines[end].lowerBound : bytes.count)
        var rest = Array(UnsafeBufferPointer(rebasing: bytes[..<cut.lowerBound]))
        rest.append(contentsOf: repeatElement(lineFeed, count: end - itemStarts[0] - (end < lines.count ? 0 : 1)))
        rest.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cut.upperBound...]))
        return (String(decoding: rest, as: UTF8.self), pieces)
    }

    /// The byte ranges of the lines, without their line feeds.
    private static func lines(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == lineFeed {
            lines.append(start..<index)
            start = index + 1
        }
        lines.append(start..<bytes.count)
        return lines
    }

    /// The one line that is `actors:` at the left margin (a comment may follow); `nil` when there is none or more.
    private static func headLine(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [Range<Int>]) -> Int? {
        let key = Array("actors:".utf8)
        var found: Int?
        for (index, range) in lines.enumerated() where bytes[range].starts(with: key) {
            let after = bytes[range].dropFirst(key.count)
            let value = after.drop { $0 == space || $0 == carriageReturn }
            guard value.isEmpty || (value.first == hash && after.first == space) else { return nil }
            if found != nil { return nil }
            found = index
        }
        return found
    }

    /// Whether a sequence entry indicator (`-` then a space or the line's end) is at `at`.
    private static func startsItem(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int, _ end: Int) -> Bool {
        guard at < end, bytes[at] == dash else { return false }
        return at + 1 == end || bytes[at + 1] == space || bytes[at + 1] == carriageReturn
    }

    /// Whether every quote and bracket the text of a line opens is closed on it (a comment ends the line).
    private static func closesItsOwn(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var quote: UInt8 = 0
        var flow = 0
        var previous = space
        for index in range {
            let byte = bytes[index]
            defer { previous = byte }
            if quote != 0 {
                // A backslash in double quotes may escape the mark: such lines are read whole.
                if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") { return false }
                if byte == quote { quote = 0 }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if YAMLLimits.opensQuote(after: previous) { quote = byte }
            case hash where previous == space:
                return flow == 0
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flow += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flow -= 1
                if flow < 0 { return false }
            default:
                break
            }
        }
        return quote == 0 && flow == 0
    }

    /// Whether a line of the file may hold an alias (`*name` outside quotes); erring towards yes.
    private static func hasAlias(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [Range<Int>]) -> Bool {
        guard bytes.contains(UInt8(ascii: "*")) else { return false }
        for range in lines {
            var quote: UInt8 = 0
            var previous = space
            for index in range {
                let byte = bytes[index]
                defer { previous = byte }
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    if YAMLLimits.opensQuote(after: previous) { quote = byte }
                } else if byte == UInt8(ascii: "*"), YAMLLimits.opensQuote(after: previous) {
                    return true
                }
            }
        }
        return false
    }
}
