import Foundation

/// The checks every glossary passes before it is used, beyond its XML schema.
package enum GlossaryChecks {
    /// Ids defined more than once across glossaries that each passed ``problems(in:)``.
    package static func duplicateIDs(in glossaries: [Glossary]) -> [Diagnostic] {
        duplicateIDs(among: glossaries.flatMap(\.entries)).map(\.diagnostic)
    }

    /// Every problem in `entries`, in entry order. Entries are checked several at a time:
    /// only the ids need the whole glossary.
    package static func problems(in entries: [GlossaryEntry]) -> [Diagnostic] {
        let slices = stride(from: 0, to: entries.count, by: 2048).map { $0..<min(entries.count, $0 + 2048) }
        var perEntry = slices.parallelMap(concurrency: ProcessInfo.processInfo.activeProcessorCount) { range in
            range.map { checks(of: entries[$0]) }
        }.flatMap { $0 }
        for duplicate in duplicateIDs(among: entries) { perEntry[duplicate.index].insert(duplicate.diagnostic, at: 0) }
        return perEntry.flatMap { $0 }
    }

    /// Each entry whose id an earlier entry already has, with its index.
    private static func duplicateIDs(among entries: [GlossaryEntry]) -> [(index: Int, diagnostic: Diagnostic)] {
        var firstByID: [String: SourceLocation] = [:]
        var duplicates: [(index: Int, diagnostic: Diagnostic)] = []
        for (index, entry) in entries.enumerated() {
            if let first = firstByID[entry.id] {
                duplicates.append(
                    (
                        index,
                        Diagnostic(
                            location: entry.location,
                            message: "duplicate entry id '\(entry.id)' (first defined at \(first))")
                    ))
            } else {
                firstByID[entry.id] = entry.location
            }
        }
        return duplicates
    }

    /// `U+001B`-style name of `scalar` if it is a control character glossary text may not
    /// hold: C0 controls other than tab, line feed and carriage return, DEL, C1 controls.
    ///
    /// Bidirectional formatting characters count too (U+200E, U+200F, U+202A–U+202E,
    /// U+2066–U+2069): written into an article they reorder what a reader sees of it
    /// (CVE-2021-42574, "Trojan Source"), and Spanish has no use for them.
    package static func controlCharacterName(_ scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        guard
            (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || (0x7F...0x9F).contains(value)
                || value == 0x200E || value == 0x200F || (0x202A...0x202E).contains(value)
                || (0x2066...0x2069).contains(value)
        else { return nil }
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Whether a UTF-8 byte may begin a control character: a C0 or DEL byte, or 0xC2,
    /// the lead byte of C1 controls (and of other U+0080–U+00BF characters), or 0xE2, that
    /// of the bidirectional controls (and of typographic quotes and dashes). A quick
    /// test on bytes before the scalars are decoded; glossary text almost never has one.
    private static func mayStartAControl(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2
    }

    /// The glossary text of `entry`, each piece with what it is: every string that can be
    /// matched, suggested, written into a corrected article or shown to an editor.
    private static func texts(of entry: GlossaryEntry) -> [(what: String, text: String)] {
        var texts: [(what: String, text: String)] = [("id", entry.id)]
        texts += entry.sources.map { ("source", $0) }
        texts += entry.wrongForms.map { ("wrong form", $0) }
        texts += entry.suggestions.map { ("suggestion", $0) }
        texts += entry.approvedRenderings.map { ("approved rendering", $0) }
        texts += entry.forms.flatMap {
            $0.wrongForms.map { ("wrong form", $0) } + $0.suggestions.map { ("suggestion", $0) }
        }
        texts += entry.note.map { [("note", $0)] } ?? []
        texts += entry.exceptions.map { ("exception", $0) }
        texts += entry.context.flatMap { rule in rule.phrases.map { ("context phrase", $0) } }
        texts += entry.examples.flatMap { example in
            [("example", example.text)] + [example.corrected, example.source].compactMap { $0 }.map { ("example", $0) }
                + (example.expectedSuggestions ?? []).map { ("example", $0) }
        }
        return texts
    }

    /// Where glossary text holds a control character (see ``controlCharacterName(_:)``).
    package static func controlCharacterProblems(in entry: GlossaryEntry) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (what, text) in texts(of: entry) where text.utf8.contains(where: mayStartAControl) {
            guard let name = text.unicodeScalars.lazy.compactMap(controlCharacterName).first else { continue }
            problems.append(
                Diagnostic(
                    location: entry.location,
                    message:
                        "\(what) of entry '\(entry.id)' holds the control character \(name): glossary text may hold no control characters"
                ))
        }
        return problems
    }

    /// `text`'s folded words, each slot as `{kind}` (`{kind:transform}`): the same shape
    /// in a suggestion as in a wrong form means the same text. In a suggestion, an English
    /// number or decimal comes out as a Spanish one, which only `{number}` matches again.
    private static func shape(of text: String, inSuggestion: Bool) -> [String] {
        PatternTemplate(text).parts.flatMap { part -> [String] in
            switch part {
            case .literal(let literal):
                return PhrasePattern.folded(literal)
            case .slot(let kind, let transform):
                if inSuggestion && (kind == .englishNumber || kind == .englishDecimal) { return ["{number}"] }
                return ["{\(kind.referenceKind.rawValue)\(transform.map { ":" + $0 } ?? "")}"]
            }
        }
    }

    /// Whether `scalar` shows on the page: a letter, number, punctuation mark or symbol
    /// (not a combining mark alone, a format character such as U+200B or U+00AD, nor
    /// white space).
    private static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .letterNumber, .otherNumber, .connectorPunctuation, .dashPunctuation, .openPunctuation,
            .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol,
            .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default:
            false
        }
    }

    /// The most combining marks one letter carries: Spanish writes one (*é* decomposed),
    /// other languages two or three.
    static let maximumMarksInARow = 4

    /// What is wrong with the combining marks of `text`, if anything: one that opens it
    /// carries no letter (a wrong form never matches; a suggestion would put it on the
    /// letter before the words it replaces), and a long run of them is no writing (a
    /// suggestion of 5,000 U+0301 loaded and was written out).
    private static func markProblem(in text: String) -> String? {
        var run = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            guard scalar.properties.isGraphemeExtend, scalar.properties.generalCategory != .format else {
                run = 0
                continue
            }
            if index == 0 {
                return
                    "starts with a combining mark (U+\(String(scalar.value, radix: 16, uppercase: true))) that no letter carries"
            }
            run += 1
            if run > maximumMarksInARow {
                return
                    "has more than \(maximumMarksInARow) combining marks in a row; a letter carries at most \(maximumMarksInARow)"
            }
        }
        return nil
    }

    /// Whether `text` is slots of any word (`{word}`, `{word?}`, `{words}`) with no word or
    /// sign of its own.
    private static func matchesAnyWord(_ text: String) -> Bool {
        let parts = PatternTemplate(text).parts
        return !parts.isEmpty
            && parts.allSatisfy { part in
                switch part {
                case .literal(let literal): PhrasePattern.folded(literal).isEmpty
                case .slot(let kind, _): kind == .word || kind == .optionalWord || kind == .words
                }
            } && parts.contains { if case .slot = $0 { true } else { false } }
    }

    /// `texts`, each with what it is.
    private static func all(_ texts: [String], as what: String) -> [(what: String, text: String)] {
        texts.map { (what, $0) }
    }

    /// The problems of one entry on its own.
    private static func checks(of entry: GlossaryEntry) -> [Diagnostic] {
        var problems = controlCharacterProblems(in: entry)
        func problem(_ message: String) {
            problems.append(Diagnostic(location: entry.location, message: message))
        }
        if entry.sources.isEmpty { problem("entry '\(entry.id)' has no English source (<source>)") }
        // A key term may have nothing to flag: its approved renderings are what it checks.
        let isPureKeyTerm = entry.isKeyTerm && entry.wrongForms.isEmpty && entry.forms.isEmpty
        if entry.wrongForms.isEmpty && entry.forms.isEmpty && !entry.isKeyTerm {
            problem("entry '\(entry.id)' has no wrong form (<wrong>)")
        }
        if entry.suggestions.isEmpty && entry.forms.isEmpty && !isPureKeyTerm {
            problem("entry '\(entry.id)' has no suggestion (<suggestion>)")
        }
        if !entry.forms.isEmpty && entry.wrongForms.isEmpty != entry.suggestions.isEmpty {
            problem("entry '\(entry.id)' has <form>s and needs both <wrong> and <suggestion> or neither")
        }
        let folded = entry.wrongForms.map { (text: $0, tokens: PhrasePattern.folded($0)) }
        for wrong in folded where wrong.tokens.isEmpty {
            problem("wrong form '\(wrong.text)' of entry '\(entry.id)' has nothing to match")
        }
        for suggestion in entry.suggestions + entry.forms.flatMap(\.suggestions)
        where !suggestion.unicodeScalars.contains(where: Self.isVisible) {
            problem(
                "suggestion '\(suggestion)' of entry '\(entry.id)' has nothing to write: it would delete the words it replaces"
            )
        }
        for (what, text) in all(entry.wrongForms + entry.forms.flatMap(\.wrongForms), as: "wrong form")
            + all(entry.suggestions + entry.forms.flatMap(\.suggestions), as: "suggestion")
        {
            // A text with nothing visible is refused above, once.
            if text.unicodeScalars.contains(where: Self.isVisible), let problem = Self.markProblem(in: text) {
                problems.append(
                    Diagnostic(location: entry.location, message: "\(what) '\(text)' of entry '\(entry.id)' \(problem)")
                )
            }
        }
        // Slots of any word alone match every word: an entry that flags them flags any
        // text, and an exception or a forbidden phrase of them silences the entry.
        for (what, text) in all(entry.wrongForms + entry.forms.flatMap(\.wrongForms), as: "wrong form")
            + all(entry.exceptions, as: "exception") + all(entry.context.flatMap(\.phrases), as: "context phrase")
        where Self.matchesAnyWord(text) {
            problem(
                "\(what) '\(text)' of entry '\(entry.id)' is only {word}, {word?} or {words} slots and matches any words: give it a word of its own"
            )
        }
        let patterns =
            all(entry.wrongForms + entry.forms.flatMap(\.wrongForms), as: "wrong form")
            + all(entry.context.flatMap(\.phrases), as: "context phrase") + all(entry.exceptions, as: "exception")
        for (what, text) in patterns where text.utf8.count > PhrasePattern.maximumWords {
            let words = PatternTemplate(text).parts.reduce(0) { count, part in
                if case .literal(let literal) = part { count + PhrasePattern.folded(literal).count } else { count + 1 }
            }
            guard words > PhrasePattern.maximumWords else { continue }
            problem(
                "\(what) '\(text.prefix(60))…' of entry '\(entry.id)' has \(words) words and signs; at most \(PhrasePattern.maximumWords) are allowed (a slot counts as one)"
            )
        }
        let sensitive = entry.isCaseSensitive || entry.isAccentSensitive
        // A wrong form written twice (as a <wrong> and in a <form>, or in two <form>s)
        // would be inflected twice, and the copies would compete for the suggestions.
        // (A case- or accent-sensitive entry may list `pm` beside `PM`.)
        var seen: Set<[String]> = []
        let all = folded + entry.forms.flatMap { $0.wrongForms.map { (text: $0, tokens: PhrasePattern.folded($0)) } }
        for wrong in all {
            let key = sensitive ? wrong.tokens + [wrong.text] : wrong.tokens
            guard !wrong.tokens.isEmpty, !seen.insert(key).inserted else { continue }
            problem(
                "wrong form '\(wrong.text)' of entry '\(entry.id)' is listed twice; keep it once, in a <form> if it needs its own suggestions"
            )
        }
        problems += SlotSpelling.problems(in: entry)
        for rule in entry.context {
            let element = "<\(rule.kind.rawValue)>"
            if rule.before == 0 && rule.after == 0 {
                let effect = rule.kind == .require ? "the entry would never match" : "it would forbid nothing"
                problem(
                    "\(element) of entry '\(entry.id)' looks at no words, so \(effect): give before=\"N\" or after=\"N\" (tokens)"
                )
            }
            if rule.phrases.allSatisfy({ PhrasePattern.folded($0).isEmpty }) {
                problem("\(element) of entry '\(entry.id)' has no phrase to look for (alternatives are separated by |)")
            } else if rule.phrases.count > ContextRule.maximumPhrases {
                problem(
                    "\(element) of entry '\(entry.id)' has \(rule.phrases.count) alternatives; at most \(ContextRule.maximumPhrases) are allowed (split the entry, or list the words in a termbase)"
                )
            }
        }
        if entry.exceptions.count > ContextRule.maximumPhrases {
            problem(
                "entry '\(entry.id)' has \(entry.exceptions.count) exceptions; at most \(ContextRule.maximumPhrases) are allowed"
            )
        }
        for approved in entry.approvedRenderings where PhrasePattern.folded(approved).isEmpty {
            problem("approved rendering '\(approved)' of entry '\(entry.id)' has nothing to match")
        }
        let wrongPatterns = entry.wrongForms.map { shape(of: $0, inSuggestion: false) }
        // A case- or accent-sensitive entry may suggest the same words spelt right.
        let replacements =
            entry.suggestions.map { (what: "suggestion", text: $0, consequence: "would be flagged again") }
            + entry.approvedRenderings.map { (what: "approved rendering", text: $0, consequence: "would be flagged") }
        for replacement in replacements where !sensitive {
            let folded = shape(of: replacement.text, inSuggestion: true)
            if let wrong = wrongPatterns.first(where: { !$0.isEmpty && folded.containsSubsequence($0) }) {
                problem(
                    "\(replacement.what) '\(replacement.text)' of entry '\(entry.id)' contains its wrong form '\(wrong.joined(separator: " "))' and \(replacement.consequence)"
                )
            }
        }
        return problems
    }
}

extension Array where Element: Equatable {
    /// Whether `other` occurs in `self` as a contiguous run.
    package func containsSubsequence(_ other: [Element]) -> Bool {
        guard !other.isEmpty, other.count <= count else { return false }
        return (0...(count - other.count)).contains { start in self[start..<start + other.count].elementsEqual(other) }
    }
}
