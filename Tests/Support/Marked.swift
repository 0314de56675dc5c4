/// A test text with expected spans marked `⟦like this⟧`.
package struct Marked {
    /// The text without markers.
    package var text: String
    /// The UTF-8 byte ranges of the marked spans, in the unmarked text.
    package var spans: [Range<Int>]

    package init(_ marked: String) {
        var text: [UInt8] = []
        var spans: [Range<Int>] = []
        var open: Int?
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟦": open = text.count
            case "⟧":
                if let start = open { spans.append(start..<text.count) }
                open = nil
            default: text.append(contentsOf: String(scalar).utf8)
            }
        }
        self.text = String(decoding: text, as: UTF8.self)
        self.spans = spans
    }
}
