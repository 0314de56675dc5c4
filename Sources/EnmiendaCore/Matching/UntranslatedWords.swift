/// Finds the words of a Spanish text that machine translation left in English: words of
/// an ``EnglishLexicon`` that the Spanish morphology does not know, standing alone in
/// running Spanish.
///
/// A word is passed over when it is:
/// - shorter than ``minimumLetters`` letters, or has anything but ASCII letters (accents,
///   digits);
/// - capitalized anywhere, even at the start of a sentence, where it is as likely a name
///   (*Baker*, *Amazon*, *Target*) as an English word; in mixed or upper case
///   (`camelCase`, `NASA`);
/// - joined to anything but opening or closing punctuation (`foo.txt`, `a/b`, `snake_case`,
///   `user@host`, `http://…`, `--verbose`, `mount(8)`, `follow-up`), or the second half of
///   a word broken at a line end (`vari‐ able`);
/// - inside quotes or brackets (`«…»`, `“…”`, `‘…’`, `"…"`, `'…'`, `` `…' ``, `(…)`, `[…]`),
///   within its sentence;
/// - a Spanish word after all: the morphology knows it (enclitic forms included).
///
/// Checking alone (no English source backs the words), it also passes over sentences of
/// fewer than ``minimumSentenceWords`` words (headings, labels, table cells), English
/// passages (two English words or more, and a third of the sentence), words the text
/// uses more than once, and every word of a technical text (see ``isTechnical(_:bytes:)``).
///
/// A lower-case word of ``minimumCompoundLetters`` letters or more that the lexicon lacks
/// but that splits into two English words of four letters or more (*stake* + *holders*)
/// counts as English too.
struct UntranslatedWords {
    /// A word left in English.
    struct Candidate: Equatable {
        /// Its token index.
        var token: Int
        /// What the lexicon knows of it (no translations for a compound).
        var entry: EnglishLexicon.Entry
    }

    let lexicon: EnglishLexicon
    let morphology: any Morphology

    /// The fewest letters a flagged word has.
    static let minimumLetters = 5
    /// The fewest letters of a word read as an English compound.
    static let minimumCompoundLetters = 8

    /// The words left in English in `sentences` (token ranges of `text`), in text order.
    ///
    /// - Parameter checkingAlone: No English source backs the words: a word the text uses
    ///   more than once is taken for one of its terms, and a technical text (with
    ///   ``technicalTokensPerThousandWords`` code-like tokens or more per 1,000 words) for
    ///   one whose English terms are its field's jargon; neither is flagged.
    /// - Complexity: O(n) in the number of tokens (a compound check costs O(k²) in the
    ///   letters of a word, bounded by the longest word considered).
    func candidates(in text: TokenizedText, bytes: [UInt8], sentences: [Range<Int>], checkingAlone: Bool)
        -> [Candidate]
    {
        if checkingAlone, Self.isTechnical(text, bytes: bytes) { return [] }
        var result: [Candidate] = []
        for sentence in sentences {
            var englishCount = 0
            var wordCount = 0
            for index in sentence where text.tokens[index].kind == .word {
                wordCount += 1
                if lexicon.contains(foldedHash: text.tokens[index].foldedHash) { englishCount += 1 }
            }
            // A heading, a label or a table cell, or an English passage: without a source,
            // nothing says MT left it there.
            if checkingAlone,
                wordCount < Self.minimumSentenceWords || (englishCount >= 2 && englishCount * 3 >= wordCount)
            {
                continue
            }
            var quoted: [Bool]?  // worked out for the sentences that have a candidate
            for index in sentence {
                let token = text.tokens[index]
                guard token.kind == .word else { continue }
                guard let shape = Self.shape(bytes[token.start..<token.end]),
                    shape == .lower,
                    Self.standsAlone(index, text: text, bytes: bytes),
                    !Self.continuesHyphenatedWord(index, text: text, bytes: bytes)
                else { continue }
                var entry = lexicon.entry(forFoldedHash: token.foldedHash)
                if entry == nil, shape == .lower, isCompound(token, text: text) {
                    entry = EnglishLexicon.Entry(translations: [], isPlural: false)
                }
                guard let entry else { continue }
                if quoted == nil { quoted = Self.quoted(sentence, text: text, bytes: bytes) }
                guard quoted?[index - sentence.lowerBound] == false else { continue }
                let word = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
                guard !morphology.isKnownWord(word) else { continue }
                result.append(Candidate(token: index, entry: entry))
            }
        }
        guard checkingAlone, !result.isEmpty else { return result }
        // A word the text repeats is one of its terms.
        var uses = Dictionary(result.map { (text.tokens[$0.token].foldedHash, 0) }) { first, _ in first }
        for token in text.tokens where token.kind == .word {
            if let count = uses[token.foldedHash] { uses[token.foldedHash] = count + 1 }
        }
        return result.filter { uses[text.tokens[$0.token].foldedHash, default: 0] < 2 }
    }

    /// The fewest words of a sentence whose words are checked.
    static let minimumSentenceWords = 4
    /// How many code-like tokens per 1,000 words make a text technical (see
    /// ``isTechnical(_:bytes:)``).
    static let technicalTokensPerThousandWords = 2

    /// The fewest code-like tokens that make a text technical, whatever its length.
    static let minimumTechnicalTokens = 3

    /// Whether `text` reads as technical writing: per 1,000 words, at least
    /// ``technicalTokensPerThousandWords`` code-like runs of characters between spaces, that
    /// is with a word joined to `/`, `\\`, `_`, `=`, `$`, `{`, `}`, `<`, `>` or `|` (paths,
    /// identifiers, variables), or to a `.` and another word (`foo.txt`), a command-line
    /// option (`-v`, `--verbose`) or a manual page reference (`ls(1)`). URLs and e-mail
    /// addresses do not count: news copy has them too.
    static func isTechnical(_ text: TokenizedText, bytes: [UInt8]) -> Bool {
        let tokens = text.tokens
        var words = 0
        var technical = 0
        var index = 0
        while index < tokens.count {
            // One run of tokens with no whitespace between them.
            var end = index + 1
            while end < tokens.count, tokens[end].start == tokens[end - 1].end { end += 1 }
            // A token alone between spaces (most of them) has no neighbour to be code with.
            if end == index + 1 {
                if tokens[index].kind == .word { words += 1 }
                index = end
                continue
            }
            var codeLike = false
            for position in index..<end {
                let token = tokens[position]
                if token.kind == .word { words += 1 }
                guard !codeLike, token.kind == .punctuation, token.end - token.start == 1 else { continue }
                let before = position > index ? tokens[position - 1].kind : nil
                let after = position + 1 < end ? tokens[position + 1].kind : nil
                switch bytes[token.start] {
                case UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "$"),
                    UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"):
                    codeLike = (before != nil && before != .punctuation) || (after != nil && after != .punctuation)
                case UInt8(ascii: "."):
                    codeLike = before == .word && after == .word
                case UInt8(ascii: "-"):
                    // `-v` or `--verbose` at the start of the run.
                    let next = position + 1 < end ? position + 1 : nil
                    codeLike =
                        position == index
                        && (after == .word
                            || (next.map { bytes[tokens[$0].start] == UInt8(ascii: "-") } == true
                                && position + 2 < end && tokens[position + 2].kind == .word))
                case UInt8(ascii: "("):
                    codeLike =
                        before == .word && position + 2 < end && tokens[position + 1].kind == .number
                        && bytes[tokens[position + 2].start] == UInt8(ascii: ")")
                default: break
                }
            }
            if codeLike, !Self.isWebAddress(index..<end, text: text, bytes: bytes) { technical += 1 }
            index = end
        }
        // One file name in a short article does not make it technical.
        return words > 0 && technical >= minimumTechnicalTokens
            && technical * 1000 >= technicalTokensPerThousandWords * words
    }

    /// Whether a run of tokens is a URL (`scheme://…`, `www.…`) or an e-mail address,
    /// which news copy has too.
    static func isWebAddress(_ run: Range<Int>, text: TokenizedText, bytes: [UInt8]) -> Bool {
        let tokens = text.tokens
        for position in run {
            let byte = bytes[tokens[position].start]
            if byte == UInt8(ascii: "@") { return true }
            if byte == UInt8(ascii: ":"), position + 2 < run.upperBound,
                bytes[tokens[position + 1].start] == UInt8(ascii: "/"),
                bytes[tokens[position + 2].start] == UInt8(ascii: "/")
            {
                return true
            }
        }
        let first = tokens[run.lowerBound]
        return first.kind == .word && text.folded(first) == "www"
    }

    /// How a word of ASCII letters is written.
    enum Shape {
        case lower, capitalized
    }

    /// The shape of a word of at least ``minimumLetters`` ASCII letters, lower case or
    /// with one leading capital; `nil` for anything else.
    static func shape(_ word: ArraySlice<UInt8>) -> Shape? {
        guard word.count >= minimumLetters, let first = word.first else { return nil }
        for byte in word.dropFirst() where !(0x61...0x7A).contains(byte) { return nil }
        if (0x61...0x7A).contains(first) { return .lower }
        return (0x41...0x5A).contains(first) ? .capitalized : nil
    }

    /// Whether only opening punctuation touches the token on its left and only closing
    /// punctuation on its right, up to whitespace.
    static func standsAlone(_ index: Int, text: TokenizedText, bytes: [UInt8]) -> Bool {
        let tokens = text.tokens
        var left = index
        while left > 0, tokens[left - 1].end == tokens[left].start {
            left -= 1
            guard tokens[left].kind == .punctuation, opening.contains(raw(tokens[left], bytes)) else { return false }
        }
        var right = index
        while right + 1 < tokens.count, tokens[right + 1].start == tokens[right].end {
            right += 1
            guard tokens[right].kind == .punctuation, closing.contains(raw(tokens[right], bytes)) else { return false }
        }
        return true
    }

    /// Whether the token is the second part of a word broken at the end of a line
    /// (`vari‐ able`, `com- mands`): a hyphen attached to a word, then whitespace, then it.
    static func continuesHyphenatedWord(_ index: Int, text: TokenizedText, bytes: [UInt8]) -> Bool {
        guard index >= 2 else { return false }
        let tokens = text.tokens
        let hyphen = tokens[index - 1]
        guard hyphen.kind == .punctuation, hyphen.end < tokens[index].start,
            tokens[index - 2].kind == .word, tokens[index - 2].end == hyphen.start
        else { return false }
        return ["-", "\u{2010}", "\u{2011}", "\u{AD}"].contains(raw(hyphen, bytes))
    }

    /// The token as written (folding makes every quote straight).
    private static func raw(_ token: Token, _ bytes: [UInt8]) -> String {
        String(decoding: bytes[token.start..<token.end], as: UTF8.self)
    }

    private static let opening: Set<String> = ["(", "[", "¿", "¡", "«", "“", "‘", "\"", "'", "`", "—"]
    private static let closing: Set<String> = [
        ".", ",", ";", ":", "!", "?", ")", "]", "»", "”", "’", "\"", "'", "…", "—",
    ]

    /// Whether each token of `sentence` lies inside quotes that open in the sentence.
    static func quoted(_ sentence: Range<Int>, text: TokenizedText, bytes: [UInt8]) -> [Bool] {
        let tokens = text.tokens
        var result = [Bool](repeating: false, count: sentence.count)
        var depth = 0
        var straightDouble = false
        var straightSingle = false
        // `quoted' as man pages and older text write it.
        var backticks = 0
        for index in sentence {
            let token = tokens[index]
            guard token.kind == .punctuation else {
                result[index - sentence.lowerBound] = depth > 0 || straightDouble || straightSingle || backticks > 0
                continue
            }
            // An apostrophe between two letters (don't, l’homme) is no quote.
            let betweenWords =
                index > sentence.lowerBound && index + 1 < sentence.upperBound
                && tokens[index - 1].end == token.start && tokens[index + 1].start == token.end
                && tokens[index - 1].kind == .word && tokens[index + 1].kind == .word
            switch raw(token, bytes) {
            case "«", "“", "‘", "(", "[": depth += 1
            case "»", "”", ")", "]": depth = max(0, depth - 1)
            case "’" where !betweenWords: depth = max(0, depth - 1)
            case "\"": straightDouble.toggle()
            case "`": backticks += 1
            case "'" where !betweenWords && backticks > 0: backticks -= 1
            case "'" where !betweenWords: straightSingle.toggle()
            default: break
            }
        }
        return result
    }

    /// Whether a lower-case word the lexicon lacks is two English words run together.
    private func isCompound(_ token: Token, text: TokenizedText) -> Bool {
        let folded = text.foldedBytes[token.foldedStart..<token.foldedEnd]
        let count = folded.count
        guard count >= Self.minimumCompoundLetters, count <= 24,
            folded.allSatisfy({ (0x61...0x7A).contains($0) })
        else { return false }
        var prefix: UInt64 = 0xcbf2_9ce4_8422_2325
        for (offset, byte) in folded.enumerated() {
            prefix = (prefix ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            let length = offset + 1
            guard length >= 4, count - length >= 4, lexicon.contains(foldedHash: prefix) else { continue }
            let suffix = Tokenizer.hash(Array(folded.dropFirst(length)), from: 0)
            if lexicon.contains(foldedHash: suffix) { return true }
        }
        return false
    }
}
