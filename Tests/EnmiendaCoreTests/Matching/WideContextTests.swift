import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// Context rules whose window reaches further than ``ContextFilter/directReach`` tokens
/// are judged from where their phrases occur in the sentence: they must judge as reading
/// the window would, and cost no more than a pass over the sentence.
@Suite struct WideContextTests {
    private static let vocabulary = ["envase", "apt", "el", "con", "3", "otro", "y"]

    private func entry(_ rule: ContextRule) -> GlossaryEntry {
        var entry = Fixtures.entry("e", wrong: ["envase"], suggestions: ["paquete"])
        entry.inflection = []
        entry.context = [rule]
        return entry
    }

    /// The reference: one of the phrases ("apt", "con {number}") lies within the reach
    /// of the word at `index`, inside the sentence `words`.
    private func near(_ index: Int, in words: [String], rule: ContextRule) -> Bool {
        for start in words.indices {
            for (phrase, length) in [("apt", 1), ("con", 2)] {
                guard words[start] == phrase, start + length <= words.count else { continue }
                if length == 2, words[start + 1] != "3" { continue }
                let before = rule.before > 0 && start >= index - rule.before && start + length <= index
                let after = rule.after > 0 && start > index && start + length <= index + 1 + rule.after
                if before || after { return true }
            }
        }
        return false
    }

    /// The reference correction of one sentence's words.
    private func expected(_ words: [String], rule: ContextRule) -> [String] {
        let own = words.indices.filter { words[$0] == "envase" }
        return words.indices.map { index in
            guard words[index] == "envase" else { return words[index] }
            var accepted = near(index, in: words, rule: rule)
            if rule.kind == .require, !accepted {
                accepted = own.contains { other in
                    other != index
                        && ((rule.before > 0 && other >= index - rule.before && other < index)
                            || (rule.after > 0 && other > index && other <= index + rule.after))
                        && near(other, in: words, rule: rule)
                }
            } else if rule.kind == .forbid {
                accepted = !accepted
            }
            return accepted ? "paquete" : "envase"
        }
    }

    /// With `absent` more alternatives that never occur, narrow windows are judged
    /// from the index too (``ContextFilter/directReads``).
    @Test(arguments: [ContextRule.Kind.require, .forbid], [0, 40])
    func wideWindowsJudgeAsReadingTheWindowWould(_ kind: ContextRule.Kind, absent: Int) throws {
        var generator = SeededGenerator(state: (kind == .require ? 7 : 11) + UInt64(absent))
        let windows = [0, 3, 16, 17, 25, 1_000_000]
        for round in 0..<40 {
            let rule = ContextRule(
                kind: kind, before: windows[round % windows.count], after: windows[(round / 6) % windows.count],
                phrases: ["apt", "con {number}"] + (0..<absent).map { "zzq\($0) apt" })
            guard rule.before + rule.after > 0 else { continue }
            let sentences = (0..<2).map { _ in
                (0..<Int.random(in: 20...70, using: &generator)).map { _ in
                    Self.vocabulary.randomElement(using: &generator)!
                }
            }
            // Each sentence ends in a word of its own: *y.* would read as an initial.
            let text = sentences.map { "Hoy " + $0.joined(separator: " ") + " fin." }.joined(separator: " ")
            let corrected = Aligner(glossary: try Glossary(entries: [entry(rule)])).align(TextDocument(text))
                .correctedText
            let reference = sentences.map { words in
                let corrected = expected(["hoy"] + words + ["fin"], rule: rule)
                return "Hoy " + corrected.dropFirst().joined(separator: " ") + "."
            }.joined(separator: " ")
            #expect(corrected == reference, "before \(rule.before), after \(rule.after)")
        }
    }

    /// One sentence of 20,000 words holding 2,000 occurrences and no phrase: reading the
    /// window of each occurrence, and of each own form in its reach, took hours (a 31 KB
    /// sentence took 15 s, 125 KB more than 5 minutes).
    @Test(arguments: [ContextRule.Kind.require, .forbid])
    func aWindowAsLongAsTheSentenceCostsOnePass(_ kind: ContextRule.Kind) throws {
        let words = (0..<20_000).map { $0 % 10 == 0 ? "envase" : "el" }
        let text = "Hoy " + words.joined(separator: " ") + "."
        let rule = ContextRule(kind: kind, before: 1_000_000, after: 1_000_000, phrases: ["zzzq", "con {number}"])
        let alignment = Aligner(glossary: try Glossary(entries: [entry(rule)])).align(TextDocument(text))
        #expect(alignment.findings.count == (kind == .require ? 0 : 2_000))
    }
}
