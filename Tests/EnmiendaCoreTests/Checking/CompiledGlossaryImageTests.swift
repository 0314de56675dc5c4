import EnmiendaTestSupport
import Testing

@testable import EnmiendaCore

/// What the aligner compiles (the automaton's tables, the accent guard's words) survives
/// a compiled glossary's image and is used as read, and an image whose tables point
/// outside themselves is refused.
@Suite struct CompiledGlossaryImageTests {
    static let text = """
        Ucrania calificó las demandas como no talleres. Costó 12 millones de dolares; \
        tomara la decisión. El esfuerzo de guerra y los esfuerzos de guerra.
        """

    static func compiled() throws -> (Aligner, CompiledGlossary) {
        let aligner = try Fixtures.aligner([
            Fixtures.entry("non-starters", wrong: ["no talleres"], suggestions: ["inviables"]),
            Fixtures.entry("millions", wrong: ["{number} millones de dólares"], suggestions: ["{number} millones"]),
            Fixtures.entry("take", wrong: ["tomará la decisión"], suggestions: ["decidirá"]),
            Fixtures.entry("war-effort", wrong: ["esfuerzo de guerra"], suggestions: ["esfuerzo bélico"]),
        ])
        return (aligner, CompiledGlossary(aligner: aligner, warnings: []))
    }

    /// Every table of `automaton`, for comparing two.
    private func tables(_ automaton: PhraseAutomaton) -> [String] {
        let vocabulary = automaton.vocabulary
        return [
            "\(vocabulary.words)", "\(vocabulary.idByCollidingWord)", "\(vocabulary.idByHash.keys)",
            "\(vocabulary.idByHash.values)", "\(vocabulary.idByHash.shift) \(vocabulary.idByHash.count)",
            "\(vocabulary.filter) \(vocabulary.filterShift)", "\(vocabulary.hashes)", "\(automaton.stateCount)",
            "\(automaton.transitions.keys)", "\(automaton.transitions.values)",
            "\(automaton.transitions.shift) \(automaton.transitions.count)", "\(automaton.entryOfVariant)",
            "\(automaton.acceptedStart)", "\(automaton.acceptedVariants)", "\(automaton.slotStart)",
            "\(automaton.slotKinds)", "\(automaton.slotTargets)", "\(automaton.startsForm)",
        ]
    }

    @Test func theAutomatonAndTheAccentsWordsComeBackAsCompiled() throws {
        let (aligner, compiled) = try Self.compiled()
        let decoded = try CompiledGlossary(image: try #require(compiled.image()))
        let automaton = try #require(decoded.automaton)
        #expect(tables(automaton) == tables(aligner.automaton))
        #expect(!aligner.automaton.slotKinds.isEmpty)
        #expect(decoded.spellings == aligner.accents.spellings)
        let again = decoded.aligner(options: AlignmentOptions())
        #expect(tables(again.automaton) == tables(aligner.automaton))
        let findings = aligner.align(TextDocument(Self.text)).findings
        #expect(findings.count >= 3)
        #expect(again.align(TextDocument(Self.text)).findings == findings)
    }

    @Test(arguments: [
        "a transition outside the states", "a slot edge outside the states", "a variant that is not there",
        "state lists out of order", "a hash index with no empty slot", "a hash index of the wrong size",
        "a colliding word that is not there", "a word filter of the wrong size", "a start flag too many",
        "accent words for too few variants", "accent words out of order",
    ])
    func anImageWhoseTablesPointOutsideThemselvesIsRefused(forgery: String) throws {
        var (_, compiled) = try Self.compiled()
        let automaton = try #require(compiled.automaton)
        let states = automaton.stateCount
        switch forgery {
        case "a transition outside the states":
            let slot = try #require(automaton.transitions.values.firstIndex { $0 >= 0 })
            compiled.automaton?.transitions.values[slot] = states
        case "a slot edge outside the states": compiled.automaton?.slotTargets[0] = states
        case "a variant that is not there": compiled.automaton?.acceptedVariants[0] = Int32(compiled.variants.count)
        case "state lists out of order":
            compiled.automaton?.acceptedStart[1] = Int32(automaton.acceptedVariants.count + 1)
        case "a hash index with no empty slot":
            compiled.automaton?.transitions.values = automaton.transitions.values.map { _ in 0 }
        case "a hash index of the wrong size": compiled.automaton?.transitions.keys.append(0)
        case "a colliding word that is not there":
            compiled.automaton?.vocabulary.idByCollidingWord[[1, 2, 3]] = Int32(automaton.vocabulary.count)
        case "a word filter of the wrong size": compiled.automaton?.vocabulary.filter.removeLast()
        case "a start flag too many": compiled.automaton?.startsForm.append(true)
        case "accent words for too few variants": compiled.spellings?.starts.removeLast()
        default:
            let words = compiled.spellings?.words.count ?? 0
            compiled.spellings?.starts[1] = Int32(words + 1)
        }
        let image = try #require(compiled.image())
        #expect(throws: BinaryImageReader.Error.self) { try CompiledGlossary(image: image) }
    }
}
