import Enmienda
import Testing

/// A user's own reporter, tested on findings built by hand with the public initializers
/// only (no `@testable` import): the library's results are plain values anyone can make.
@Suite struct CustomReporterTests {
    /// A reporter a newsroom might write: one `line:column entry → suggestion` per finding.
    struct OneLinePerFinding: Reporter {
        func report(_ alignments: [Alignment]) -> String {
            alignments.flatMap { alignment in
                alignment.findings.map {
                    "\($0.location.line):\($0.location.column) \($0.entryID) → \($0.topSuggestion)"
                }
            }.joined(separator: "\n")
        }
    }

    /// “no talleres” in the second line of a two-line article, built without the engine.
    static func handMade() -> Alignment {
        let text = "Titular\nLas demandas son no talleres, dijo.\n"
        let document = TextDocument(text, path: "nota.txt")
        let start = Array("Titular\nLas demandas son ".utf8).count
        let matched = Array("no talleres".utf8).count
        let sentence = Array("Titular\n".utf8).count..<Array("Titular\nLas demandas son no talleres, dijo.".utf8).count
        let finding = Finding(
            entryID: "non-starters", category: .mistranslation, severity: .major,
            message: "“no talleres” mistranslates “non-starters”", sourceTerms: ["non-starters"],
            matchedText: "no talleres", suggestions: ["inviables", "inaceptables"],
            location: SourceLocation(path: "nota.txt", line: 2, column: 18), byteRange: start..<start + matched,
            scalarOffset: 25, scalarLength: 11, sentence: "Las demandas son no talleres, dijo.",
            sentenceByteRange: sentence,
            correctedSentence: "Las demandas son inviables, dijo.")
        return Alignment(document: document, findings: [finding], wordCount: 7)
    }

    @Test func aReporterOfOneOwnRunsOnHandMadeFindings() {
        #expect(OneLinePerFinding().report([Self.handMade()]) == "2:18 non-starters → inviables")
    }

    @Test func theLibraryReportersAndCorrectionsWorkOnHandMadeFindings() {
        let alignment = Self.handMade()
        #expect(alignment.correctedText == "Titular\nLas demandas son inviables, dijo.\n")
        #expect(alignment.correctedSentences.map(\.corrected) == ["Las demandas son inviables, dijo."])
        let text = TextReporter().report([alignment])
        #expect(text.hasPrefix("nota.txt:2:18: major: “no talleres” mistranslates “non-starters” [non-starters]\n"))
        #expect(CorrectionsXMLReporter().report([alignment]).contains("<matched>no talleres</matched>"))
    }
}
