import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// A context rule that cannot do what it says is refused at loading, not left to make an
/// entry silently dead or a check slow.
@Suite struct ContextRuleChecksTests {
    private func messages(_ rules: [ContextRule], exceptions: [String] = []) -> [String] {
        var entry = Fixtures.entry("c", wrong: ["tropas"], suggestions: ["soldados"])
        entry.context = rules
        entry.exceptions = exceptions
        do {
            _ = try Glossary(entries: [entry])
            return []
        } catch {
            return error.diagnostics.map(\.message)
        }
    }

    @Test func aRuleWithoutAWindowIsRefused() {
        #expect(
            messages([ContextRule(kind: .require, phrases: ["las"])]) == [
                "<require> of entry 'c' looks at no words, so the entry would never match: give before=\"N\" or after=\"N\" (tokens)"
            ])
        #expect(
            messages([ContextRule(kind: .forbid, phrases: ["las"])]) == [
                "<forbid> of entry 'c' looks at no words, so it would forbid nothing: give before=\"N\" or after=\"N\" (tokens)"
            ])
        #expect(messages([ContextRule(kind: .require, after: 1, phrases: ["las"])]).isEmpty)
    }

    @Test func aRuleWithNothingToLookForIsRefused() {
        #expect(
            messages([ContextRule(kind: .forbid, before: 2, phrases: [" ", ""])]) == [
                "<forbid> of entry 'c' has no phrase to look for (alternatives are separated by |)"
            ])
    }

    @Test func tooManyAlternativesOrExceptionsAreRefused() {
        let many = (0...ContextRule.maximumPhrases).map { "pal\($0)" }
        #expect(
            messages([ContextRule(kind: .require, before: 3, phrases: many)]) == [
                "<require> of entry 'c' has 1001 alternatives; at most 1000 are allowed (split the entry, or list the words in a termbase)"
            ])
        #expect(messages([], exceptions: many) == ["entry 'c' has 1001 exceptions; at most 1000 are allowed"])
        #expect(messages([ContextRule(kind: .require, before: 3, phrases: Array(many.dropLast()))]).isEmpty)
    }
}

/// A pattern longer than any mistranslation is refused: it is compared token by token.
@Suite struct PatternLengthTests {
    @Test func aWrongFormOfMoreThan64WordsIsRefused() throws {
        let long = "tomar {word?} " + (0..<64).map { "pal\($0)" }.joined(separator: " ")
        let entry = Fixtures.entry("l", wrong: [long], suggestions: ["adoptar"])
        let error = try #require(throws: InputError.self) { try Glossary(entries: [entry]) }
        #expect(
            error.diagnostics.map(\.message) == [
                "wrong form '\(long.prefix(60))…' of entry 'l' has 66 words and signs; at most 64 are allowed (a slot counts as one)"
            ])
        var context = Fixtures.entry("k", wrong: ["tropas"], suggestions: ["soldados"])
        context.context = [ContextRule(kind: .forbid, before: 2, phrases: [long])]
        context.exceptions = [long]
        let refused = try #require(throws: InputError.self) { try Glossary(entries: [context]) }
        #expect(refused.diagnostics.map(\.message).map { $0.prefix(15) } == ["context phrase ", "exception 'toma"])
        let fits = Fixtures.entry("f", wrong: [(0..<64).map { "pal\($0)" }.joined(separator: " ")], suggestions: ["x"])
        #expect(throws: Never.self) { try Glossary(entries: [fits]) }
    }
}

/// Text that writes nothing, reorders what a reader sees, or matches any words is refused
/// at loading (found by a hostile review: each validated and then deleted words, wrote a
/// right-to-left override into the article, or silenced or widened its entry).
@Suite struct EmptyAndInvisibleTextTests {
    private func messages(_ entry: GlossaryEntry) -> [String] {
        do {
            _ = try Glossary(entries: [entry])
            return []
        } catch {
            return error.diagnostics.map(\.message)
        }
    }

    @Test(arguments: ["\u{200B}", "\u{AD}", "\u{FEFF}", "\u{301}"])
    func aSuggestionOfInvisibleCharactersIsRefused(_ invisible: String) {
        let entry = Fixtures.entry("n", wrong: ["no talleres"], suggestions: [invisible])
        #expect(
            messages(entry) == [
                "suggestion '\(invisible)' of entry 'n' has nothing to write: it would delete the words it replaces"
            ])
    }

    @Test func aCombiningMarkThatNoLetterCarriesIsRefused() {
        let opening = Fixtures.entry("o", wrong: ["\u{301}casa roja"], suggestions: ["hogar"])
        #expect(
            messages(opening) == [
                "wrong form '\u{301}casa roja' of entry 'o' starts with a combining mark (U+301) that no letter carries"
            ])
        let marks = String(repeating: "\u{301}", count: 5_000)
        let run = Fixtures.entry("r", wrong: ["casa roja"], suggestions: ["hogar" + marks])
        #expect(
            messages(run) == [
                "suggestion 'hogar\(marks)' of entry 'r' has more than 4 combining marks in a row; a letter carries at most 4"
            ])
        // Decomposed accents, one per letter, load.
        let decomposed = Fixtures.entry("d", wrong: ["cami\u{301}on"], suggestions: ["veh\u{301}i\u{301}culo"])
        #expect(messages(decomposed).isEmpty)
    }

    @Test func aBidirectionalControlIsRefused() {
        let entry = Fixtures.entry("b", wrong: ["no talleres"], suggestions: ["in\u{202E}viables"])
        #expect(
            messages(entry) == [
                "suggestion of entry 'b' holds the control character U+202E: glossary text may hold no control characters"
            ])
    }

    @Test func slotsOfAnyWordAloneAreRefused() {
        var entry = Fixtures.entry("s", wrong: ["{word?}", "tropas"], suggestions: ["soldados"])
        entry.exceptions = ["{words}"]
        entry.context = [ContextRule(kind: .forbid, before: 3, phrases: ["{word} {word?}", "{number}"])]
        #expect(
            messages(entry) == [
                "wrong form '{word?}' of entry 's' is only {word}, {word?} or {words} slots and matches any words: give it a word of its own",
                "exception '{words}' of entry 's' is only {word}, {word?} or {words} slots and matches any words: give it a word of its own",
                "context phrase '{word} {word?}' of entry 's' is only {word}, {word?} or {words} slots and matches any words: give it a word of its own",
            ])
        // A typed slot alone is selective.
        let numbers = Fixtures.entry("e", wrong: ["{english-number}"], suggestions: ["{english-number}"])
        #expect(!messages(numbers).contains { $0.contains("matches any words") })
    }
}
