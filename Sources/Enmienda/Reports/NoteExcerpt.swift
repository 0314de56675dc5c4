/// An entry's note as the reports carry it in each finding: whole up to
/// ``maximumLength`` characters, else cut there (at the last space, if there is one in
/// the second half) and ended with an ellipsis, so that a report grows with the article
/// plus the glossary, never with their product (a 1 MB note repeated by every finding).
/// Where a report has a place per entry (the HTML page's notes, a SARIF rule), the note
/// is whole.
enum NoteExcerpt {
    /// The longest note a finding carries whole, in characters.
    static let maximumLength = 500

    /// `note`, or its first ``maximumLength`` characters and `…`.
    static func of(_ note: String) -> String {
        guard note.utf8.count > maximumLength else { return note }
        var cut = note.index(note.startIndex, offsetBy: maximumLength, limitedBy: note.endIndex) ?? note.endIndex
        guard cut < note.endIndex else { return note }
        let half = note.index(note.startIndex, offsetBy: maximumLength / 2)
        if let space = note[half..<cut].lastIndex(of: " ") { cut = space }
        return note[..<cut].trimmingSuffix { $0 == " " } + "…"
    }
}

extension Substring {
    fileprivate func trimmingSuffix(while isTrimmed: (Character) -> Bool) -> String {
        var end = endIndex
        while end > startIndex, isTrimmed(self[index(before: end)]) { end = index(before: end) }
        return String(self[startIndex..<end])
    }
}
