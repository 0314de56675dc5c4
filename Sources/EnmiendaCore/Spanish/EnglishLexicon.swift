/// English words that are not Spanish, looked up the way a text's words are, with the
/// Spanish translations a bilingual dictionary gives them: what the untranslated-word
/// check (``AlignmentOptions/englishLexicon``) flags.
///
/// It keeps every word of an English word list that the list writes in lower case (names
/// such as *Boston*, only capitalized there, are left out) and whose folded form (case and
/// accents ignored, ``Tokenizer``'s folding) is no form of any Spanish word given, so
/// *tren*, *red*, *once* and *menu* (*menú*) are never in it. A lookup takes the hash the
/// tokenizer already computed, so it costs O(1) whatever the list's size.
///
/// ```swift
/// let english = EnglishLexicon(
///     englishWords: ["bailout", "bailouts", "red", "Boston"], spanishWords: ["red", "rescate"],
///     translations: [.init(english: "bailout", partOfSpeech: .noun, spanish: "rescate")])
/// english.wordCount   // 2: bailout, bailouts
/// ```
public struct EnglishLexicon: Sendable {
    /// One line of a bilingual dictionary: an English lemma, its class, a Spanish lemma.
    public struct Translation: Hashable, Sendable {
        /// The English lemma (`bailout`).
        public var english: String
        /// Its word class; only nouns and adverbs become suggestions.
        public var partOfSpeech: PartOfSpeech
        /// The Spanish lemma (`rescate`).
        public var spanish: String

        /// Creates a translation.
        public init(english: String, partOfSpeech: PartOfSpeech, spanish: String) {
            self.english = english
            self.partOfSpeech = partOfSpeech
            self.spanish = spanish
        }
    }

    /// What the lexicon knows of one English word.
    struct Entry: Equatable {
        /// Spanish lemmas, best first; empty when the dictionary has none.
        var translations: [String]
        /// Whether the word is an English plural of a noun whose translations are listed
        /// in the singular (*bailouts* → *rescate*, to be put in the plural).
        var isPlural: Bool
    }

    /// Open-addressing table of folded-form hashes (0: an empty slot); its size is a
    /// power of two.
    let keys: [UInt64]
    /// Per slot: bit 30 the plural flag, bits 0–29 the index of the translations plus one.
    let values: [UInt32]
    /// Each translation list, its lemmas joined by U+001F.
    let translationLists: [String]
    /// The number of English words kept (distinct folded forms).
    public let wordCount: Int
    /// Where the data came from, as the builder was told.
    public let source: String

    /// Builds the lexicon from word lists given as strings.
    ///
    /// - Parameters:
    ///   - englishWords: An English word list (any case; entries with an apostrophe,
    ///     digits or several words are skipped). Lemmas of `translations` count as English
    ///     words too.
    ///   - spanishWords: Every Spanish form known (lexicon forms, a spell-checker's words):
    ///     an English word whose folded form is one of theirs is left out.
    ///   - translations: English lemma to Spanish lemma pairs; a noun's translation also
    ///     serves its regular English plural (*-s*, *-es*, *-ies*).
    ///   - source: Where the data came from, for `lexicon info`.
    /// - Complexity: O(total length of the lists).
    public init(
        englishWords: some Sequence<String>, spanishWords: some Sequence<String>, translations: [Translation],
        source: String = ""
    ) {
        var spanish = Set<UInt64>()
        for word in spanishWords {
            if let key = Self.key(of: word) { spanish.insert(key) }
        }
        var lowerSpellings: [UInt64: String] = [:]
        func addEnglish(_ word: String) {
            guard word.count >= 2, word == word.lowercased(), let key = Self.key(of: word), !spanish.contains(key)
            else { return }
            if lowerSpellings[key] == nil { lowerSpellings[key] = word }
        }
        for word in englishWords { addEnglish(word) }
        var nouns: [String: [String]] = [:]
        var others: [String: [String]] = [:]
        for translation in translations where !translation.spanish.contains(" ") {
            addEnglish(translation.english)
            switch translation.partOfSpeech {
            case .noun: nouns[translation.english, default: []].append(translation.spanish)
            case .adverb: others[translation.english, default: []].append(translation.spanish)
            default: break
            }
        }
        func unique(_ lemmas: [String]) -> [String] {
            var seen = Set<String>()
            return Array(lemmas.filter { seen.insert($0).inserted }.prefix(3))
        }
        var entries: [(key: UInt64, entry: Entry)] = []
        for (key, word) in lowerSpellings {
            var entry = Entry(translations: [], isPlural: false)
            if let lemmas = nouns[word] ?? others[word] {
                entry.translations = unique(lemmas)
            } else if let singular = Self.singulars(of: word).first(where: { nouns[$0] != nil }),
                let lemmas = nouns[singular]
            {
                entry = Entry(translations: unique(lemmas), isPlural: true)
            }
            entries.append((key, entry))
        }
        self.init(entries: entries, source: source)
    }

    /// Builds the table from (key, entry) pairs.
    init(entries: [(key: UInt64, entry: Entry)], source: String) {
        var size = 16
        while size < entries.count * 2 { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size)
        var values = [UInt32](repeating: 0, count: size)
        var lists: [String] = []
        var listIndex: [String: Int] = [:]
        for (key, entry) in entries.sorted(by: { $0.key < $1.key }) {
            var slot = Int(truncatingIfNeeded: key) & (size - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            var value: UInt32 = entry.isPlural ? 1 << 30 : 0
            if !entry.translations.isEmpty {
                let joined = entry.translations.joined(separator: "\u{1F}")
                let index =
                    listIndex[joined]
                    ?? {
                        lists.append(joined)
                        listIndex[joined] = lists.count - 1
                        return lists.count - 1
                    }()
                value |= UInt32(index + 1)
            }
            values[slot] = value
        }
        self.init(keys: keys, values: values, translationLists: lists, wordCount: entries.count, source: source)
    }

    /// Wraps tables already built (or read back from an image).
    init(keys: [UInt64], values: [UInt32], translationLists: [String], wordCount: Int, source: String) {
        self.keys = keys
        self.values = values
        self.translationLists = translationLists
        self.wordCount = wordCount
        self.source = source
    }

    // MARK: Lookup

    /// The entry of the word whose folded form hashes to `hash` (``Token/foldedHash``).
    ///
    /// - Complexity: O(1) expected.
    func entry(forFoldedHash hash: UInt64) -> Entry? {
        let key = hash == 0 ? 1 : hash
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 {
            if keys[slot] == key {
                let value = values[slot]
                let index = Int(value & 0x3FFF_FFFF)
                let lemmas =
                    index == 0
                    ? [] : translationLists[index - 1].split(separator: "\u{1F}").map(String.init)
                return Entry(translations: lemmas, isPlural: value & (1 << 30) != 0)
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Whether the word whose folded form hashes to `hash` is in the lexicon.
    func contains(foldedHash hash: UInt64) -> Bool {
        let key = hash == 0 ? 1 : hash
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 {
            if keys[slot] == key { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// Whether `word` (any case) is in the lexicon.
    public func contains(_ word: String) -> Bool {
        guard let key = Self.key(of: word) else { return false }
        return contains(foldedHash: key)
    }

    /// The Spanish translations of `word` (any case), best first, in the lemma's number:
    /// a plural's are singular lemmas (see ``isEnglishPlural(_:)``).
    public func translations(of word: String) -> [String] {
        guard let key = Self.key(of: word) else { return [] }
        return entry(forFoldedHash: key)?.translations ?? []
    }

    /// The table key of `word`: the tokenizer's hash of its folded form, when the word is
    /// one word token of letters; `nil` otherwise (*aren't*, *3D*, *ad hoc*).
    static func key(of word: String) -> UInt64? {
        let bytes = Array(word.utf8)
        let text = Tokenizer.tokenize(bytes, in: 0..<bytes.count)
        guard text.tokens.count == 1, let token = text.tokens.first, token.kind == .word,
            !text.foldedBytes.contains(where: { (0x30...0x39).contains($0) })
        else { return nil }
        return token.foldedHash == 0 ? 1 : token.foldedHash
    }

    /// The singulars a regular English plural may have: *bailouts* → *bailout*, *taxes*
    /// → *tax*, *policies* → *policy*.
    static func singulars(of word: String) -> [String] {
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") else { return [] }
        var result = [String(word.dropLast())]
        if word.hasSuffix("ies") { result.insert(String(word.dropLast(3)) + "y", at: 0) }
        if word.hasSuffix("es") { result.append(String(word.dropLast(2))) }
        return result
    }
}
