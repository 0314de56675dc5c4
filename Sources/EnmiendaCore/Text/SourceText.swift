/// The English text an article was translated from.
///
/// Some Spanish words are wrong only as the translation of a particular English word:
/// *actualmente* is right for “currently” and wrong for “actually”. Glossary entries
/// marked `needs-source="true"` stay silent unless the English source is given and
/// says the word they are about, in the paragraph that corresponds to the finding's
/// (paragraphs are matched by position when both texts have as many; otherwise anywhere
/// in the source).
///
/// ```swift
/// let source = SourceText("He actually said no.")
/// let alignment = aligner.align(TextDocument("Actualmente dijo que no."), source: source)
/// ```
public struct SourceText: Hashable, Sendable {
    /// The lower-cased words of each paragraph, in order.
    let paragraphs: [[String]]

    /// Reads `text`; paragraphs are separated by blank lines.
    public init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    /// Reads a checked document (a byte-order mark is skipped).
    public init(_ document: TextDocument) {
        self.init(bytes: Array(document.bytes[document.contentStart...]))
    }

    /// Reads UTF-8 `bytes`; paragraphs are separated by blank lines.
    public init(bytes: [UInt8]) {
        let starts = Self.paragraphStarts(in: bytes)
        paragraphs = starts.indices.map { index in
            let end = index + 1 < starts.count ? starts[index + 1] : bytes.count
            return Self.words(in: String(decoding: bytes[starts[index]..<end], as: UTF8.self))
        }
    }

    /// Whether paragraph `index` of the source (or the whole source, when `index` is
    /// `nil`) contains one of `terms`, each a sequence of lower-cased words that may carry
    /// an English inflection (*supports*, *supported*, *supporting*).
    func mentions(_ terms: [[String]], inParagraph index: Int?) -> Bool {
        let searched = index.map { paragraphs.indices.contains($0) ? [paragraphs[$0]] : [] } ?? paragraphs
        return searched.contains { words in
            terms.contains { term in Self.occurs(term, in: words) }
        }
    }

    /// The words of an English term as the gate compares them: lower-cased, without a
    /// leading infinitive *to* and without parenthesized placeholders.
    static func termWords(_ term: String) -> [String] {
        var text = ""
        var depth = 0
        for character in term {
            if character == "(" {
                depth += 1
            } else if character == ")" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                text.append(character)
            }
        }
        var words = Self.words(in: text)
        if words.count > 1, words[0] == "to" { words.removeFirst() }
        return words
    }

    /// The byte offsets where the paragraphs of `bytes` start: after a blank line (a line
    /// break, optional spaces or tabs, another line break), skipping empty paragraphs.
    static func paragraphStarts(in bytes: [UInt8]) -> [Int] {
        var starts: [Int] = []
        var atParagraphStart = true
        var lineIsBlank = true
        for (offset, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "\n"):
                if lineIsBlank { atParagraphStart = true }
                lineIsBlank = true
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                break
            default:
                lineIsBlank = false
                if atParagraphStart {
                    starts.append(offset)
                    atParagraphStart = false
                }
            }
        }
        return starts
    }

    private static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}", !current.isEmpty {
                current.unicodeScalars.append("'")
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func occurs(_ term: [String], in words: [String]) -> Bool {
        guard !term.isEmpty, words.count >= term.count else { return false }
        let forms = term.map(inflections)
        for start in 0...(words.count - term.count)
        where forms.indices.allSatisfy({ forms[$0].contains(words[start + $0]) }) {
            return true
        }
        return false
    }

    /// The regular English inflections of `word`: *support*, *supports*, *supported*,
    /// *supporting*; *introduce* → *introduces*, *introduced*, *introducing*; *apply* →
    /// *applies*, *applied*; *admit* → *admitted*.
    static func inflections(of word: String) -> Set<String> {
        var forms: Set<String> = [word, word + "s", word + "es", word + "ed", word + "ing", word + "'s"]
        if word.hasSuffix("e") {
            let stem = String(word.dropLast())
            forms.formUnion([word + "d", stem + "ing"])
        }
        if word.hasSuffix("y"), word.count > 2 {
            let stem = String(word.dropLast())
            forms.formUnion([stem + "ies", stem + "ied"])
        }
        if let last = word.last, "bdgklmnprt".contains(last), word.count > 2 {
            forms.formUnion([word + String(last) + "ed", word + String(last) + "ing"])
        }
        return forms
    }
}
