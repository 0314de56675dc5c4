/// Splits tokenized text into sentences.
///
/// A sentence ends after `.`, `!`, `?` or `…` (with any closing quotes or brackets
/// right after them) when whitespace and a sentence-like start follow: an upper-case
/// letter, a digit, an opening quote, `¿`, `¡`, a bracket or a dash. Periods inside
/// numbers never end a sentence (`12.000` is one token), nor do periods after common
/// Spanish abbreviations (`Sr.`, `EE. UU.`, `pág.`) or after a single letter (initials
/// such as `J. R.`). A line break also ends a sentence when the next line starts like a
/// sentence, since machine-translated articles keep one paragraph (or headline) per line,
/// and a blank line (or a paragraph separator, see ``LineBreaks``) always ends one.
enum SentenceSegmenter {
    /// The sentences, as ranges of token indices; together they cover every token.
    static func sentences(in text: TokenizedText, bytes: [UInt8]) -> [Range<Int>] {
        let tokens = text.tokens
        var sentences: [Range<Int>] = []
        var sentenceStart = 0
        var index = 0
        while index < tokens.count {
            if isTerminal(tokens[index], bytes) && !isAbbreviationPeriod(at: index, text, bytes) {
                var next = index + 1
                while next < tokens.count, tokens[next].start == tokens[next - 1].end,
                    isTerminal(tokens[next], bytes) || isClosing(tokens[next], bytes)
                {
                    next += 1
                }
                if next == tokens.count
                    || (tokens[next].start > tokens[next - 1].end && startsSentence(tokens[next], bytes))
                {
                    sentences.append(sentenceStart..<next)
                    sentenceStart = next
                    index = next
                    continue
                }
            }
            if index + 1 < tokens.count,
                endsSentence(gap: tokens[index].end..<tokens[index + 1].start, tokens[index + 1], bytes)
            {
                sentences.append(sentenceStart..<index + 1)
                sentenceStart = index + 1
            }
            index += 1
        }
        if sentenceStart < tokens.count { sentences.append(sentenceStart..<tokens.count) }
        return sentences
    }

    /// Abbreviations after which a period does not end a sentence, folded.
    static let abbreviations: Set<String> = [
        "sr", "sra", "srta", "sres", "sras", "dr", "dra", "drs", "dras", "lic", "ing", "prof", "profa", "arq",
        "gral", "gen", "cnel", "tte", "sgto", "cap", "excmo", "excma", "ilmo", "ilma", "ud", "uds", "vd", "vds",
        "num", "nº", "pag", "pags", "art", "arts", "av", "avda", "dpto", "depto", "admon", "aprox", "cia", "ee",
        "uu", "fig", "ej", "vol", "tel", "ed", "st", "sta", "sto", "mr", "mrs", "ms", "jr", "inc", "ltd", "col",
        "dto", "sig", "pza", "mons", "fr", "sor",
    ]

    /// The folded length in bytes of the longest of ``abbreviations`` (one scalar is at
    /// most 4).
    private static let longestAbbreviation = max(4, abbreviations.map(\.utf8.count).max() ?? 0)

    private static func isAbbreviationPeriod(at index: Int, _ text: TokenizedText, _ bytes: [UInt8]) -> Bool {
        let token = text.tokens[index]
        guard bytes[token.start] == UInt8(ascii: "."), index > 0 else { return false }
        let previous = text.tokens[index - 1]
        guard previous.end == token.start, previous.kind == .word,
            previous.foldedEnd - previous.foldedStart <= longestAbbreviation
        else { return false }
        let word = text.folded(previous)
        return word.unicodeScalars.count == 1 || abbreviations.contains(word)
    }

    private static func isTerminal(_ token: Token, _ bytes: [UInt8]) -> Bool {
        guard token.kind == .punctuation else { return false }
        switch bytes[token.start] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return true
        // … (U+2026) is E2 80 A6.
        case 0xE2:
            return token.end - token.start == 3 && bytes[token.start + 1] == 0x80 && bytes[token.start + 2] == 0xA6
        default: return false
        }
    }

    private static let closers: [[UInt8]] = ["”", "’", "»", "\"", "'", ")", "]"].map { Array($0.utf8) }
    private static let openers: [[UInt8]] = ["“", "‘", "«", "\"", "'", "(", "[", "¿", "¡", "—", "–", "-"].map {
        Array($0.utf8)
    }

    private static func isClosing(_ token: Token, _ bytes: [UInt8]) -> Bool {
        token.kind == .punctuation && closers.contains { bytes[token.start..<token.end].elementsEqual($0) }
    }

    private static func startsSentence(_ token: Token, _ bytes: [UInt8]) -> Bool {
        switch token.kind {
        case .number: return true
        case .punctuation: return openers.contains { bytes[token.start..<token.end].elementsEqual($0) }
        case .word:
            let first = bytes.withUnsafeBufferPointer { Tokenizer.decode($0, at: token.start).0 }
            if first < 0x80 { return first >= 0x41 && first <= 0x5A }
            return Unicode.Scalar(first)?.properties.isUppercase ?? false
        }
    }

    /// Whether whitespace `gap` before `next` ends a sentence: a blank line always does
    /// (it ends a paragraph), a line break when `next` starts like a sentence.
    private static func endsSentence(gap: Range<Int>, _ next: Token, _ bytes: [UInt8]) -> Bool {
        guard !gap.isEmpty else { return false }
        // Most gaps are one space: no line break.
        if gap.count == 1, bytes[gap.lowerBound] == 0x20 { return false }
        let (breaks, endsParagraph) = LineBreaks.count(in: bytes, gap)
        return endsParagraph || (breaks > 0 && startsSentence(next, bytes))
    }
}
