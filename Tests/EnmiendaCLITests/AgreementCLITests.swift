import Foundation
import Testing

/// Corrected sentences agree (issue 16) through the command line with the installed
/// lexicon: field case 14, and a finding whose agreement is beyond reach in every report.
@Suite struct AgreementCLITests {
    private func run(_ arguments: [String], _ text: String, glossary: String? = nil) throws -> CLIRunner.Result {
        var arguments = arguments
        if let glossary {
            let directory = try CLIRunner.temporaryDirectory()
            let file = directory.appendingPathComponent("mine.csv")
            try Data(glossary.utf8).write(to: file)
            arguments += ["--no-builtin", "--glossary", file.path]
        }
        return try CLIRunner.run(arguments, input: Array(text.utf8))
    }

    /// Case 14: every determiner and quantifier follows the new noun.
    @Test func fieldCase14DeterminersAgree() throws {
        let determiners = [
            ("unas", "unos"), ("las", "los"), ("estas", "estos"), ("esas", "esos"), ("aquellas", "aquellos"),
            ("varias", "varios"), ("muchas", "muchos"), ("algunas", "algunos"), ("otras", "otros"),
            ("pocas", "pocos"), ("ciertas", "ciertos"), ("todas las", "todos los"), ("dichas", "dichos"),
            ("nuestras", "nuestros"), ("tantas", "tantos"), ("cuantas", "cuantos"), ("ambas", "ambos"),
        ]
        let text = determiners.map { "Enviaron \($0.0) rondas de municiones.\n" }.joined()
        let result = try run(["fix", "-", "-o", "-"], text)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == determiners.map { "Enviaron \($0.1) proyectiles.\n" }.joined())
    }

    /// Case 14c: a plural entry from a CSV, matched in the singular and after *varios*.
    @Test func fieldCase14cAPluralEntryAgreesInBothNumbers() throws {
        let rows = """
            wrong,suggestion,source
            conflictos armados,conflagraciones bélicas,armed conflicts
            agencias de noticias,agencias informativas,news agencies

            """
        let text = """
            Estalló un conflicto armado en la frontera.
            Según una agencia de noticias local.
            Hubo varios conflictos armados.

            """
        let result = try run(["fix", "-", "-o", "-"], text, glossary: rows)
        #expect(
            result.standardOutput == """
                Estalló una conflagración bélica en la frontera.
                Según una agencia informativa local.
                Hubo varias conflagraciones bélicas.

                """)
    }

    static let beyondReach = "Las rondas de municiones que enviaron estaban dañadas.\n"

    @Test func fixLeavesAFindingBeyondReachAndSaysWhy() throws {
        let result = try run(["fix", "-", "-o", "-"], Self.beyondReach)
        #expect(result.status == 0)
        #expect(result.standardOutput == Self.beyondReach)
        #expect(
            result.standardError.contains(
                "warning: “Las rondas de municiones” left as it is: the sentence needs a manual check: the subject’s verb is not next to it: check that “dañadas” agrees with the suggestion; correct it by hand"
            ), "\(result.standardError)")
        #expect(result.standardError.contains("0 corrections applied (1 left to correct by hand)"))
    }

    /// `apply` on an export with no decisions leaves what `fix` leaves.
    @Test func applyLeavesAManualCheckUnlessTheReviewerAcceptsIt() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let article = directory.appendingPathComponent("nota.txt")
        try Data((Self.beyondReach + "Enviaron varias rondas de municiones.\n").utf8).write(to: article)
        let export = try CLIRunner.run(["check", "--format", "xml", "nota.txt"], in: directory)
        let review = directory.appendingPathComponent("nota.review.xml")
        try Data(export.standardOutput.utf8).write(to: review)
        let applied = try CLIRunner.run(["apply", "nota.review.xml", "-o", "-"], in: directory)
        #expect(applied.standardOutput == Self.beyondReach + "Enviaron varios proyectiles.\n")
        #expect(applied.standardError.contains("accept it in the review to apply it"))
        #expect(applied.standardError.contains("1 of 2 corrections applied"))
        let accepted = export.standardOutput.replacingOccurrences(
            of: "fingerprint=", with: "decision=\"accepted\" fingerprint=")
        try Data(accepted.utf8).write(to: review)
        let forced = try CLIRunner.run(["apply", "nota.review.xml", "-o", "-"], in: directory)
        #expect(forced.standardOutput.hasPrefix("Los proyectiles que enviaron estaban dañadas."))
    }

    @Test(arguments: [
        ("text", "fix: left for a manual edit (the sentence needs a manual check: the subject’s verb"),
        ("json", "\"manualCheck\" : \"the subject’s verb is not next to it"),
        ("xml", "<manual-check>the subject’s verb is not next to it"),
        ("sarif", "\"manualCheck\" : \"the subject’s verb is not next to it"),
    ])
    func everyReportSaysTheSentenceNeedsAManualCheck(_ format: String, _ expected: String) throws {
        let result = try run(["check", "--format", format, "-"], Self.beyondReach)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains(expected), "\(result.standardOutput)")
        // SARIF offers no fix that a tool could apply.
        if format == "sarif" { #expect(result.standardOutput.contains("\"fixes\" : [\n\n          ]")) }
    }
}
