import ArgumentParser
import Enmienda

extension GlossaryCommand {
    /// `enmienda glossary test`: runs every example; exit 1 if any fails.
    struct TestExamples: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Run every example of the glossary and show those that fail, with a diff.",
            discussion: """
                An incorrect example must be flagged once by its entry (on its <marker>, with its \
                listed suggestions) and become exactly its corrected text; a correct example must \
                not be flagged. Exit status: 0 all pass, 1 some fail, 2 the glossary does not load.
                """)

        @OptionGroup var checking: CheckingOptions

        func run() throws {
            let aligner = try checking.aligner()
            let failures = ExampleCheck.failures(in: aligner.glossary, options: aligner.options)
            for failure in failures {
                try Terminal.standardOutput.write(TerminalText.escapedLines(failure.description) + "\n")
            }
            let total = ExampleCheck.count(in: aligner.glossary)
            let entries = aligner.glossary.entryCount
            let counted =
                "\(total) \(total == 1 ? "example" : "examples") of \(entries) \(entries == 1 ? "entry" : "entries")"
            if failures.isEmpty {
                let outcome = total == 0 ? "nothing to test" : total == 1 ? "it passes" : "all pass"
                try Terminal.standardOutput.write("\(counted): \(outcome)\n")
            } else {
                try Terminal.standardOutput.write(
                    "\(failures.count) of \(counted) \(failures.count == 1 ? "fails" : "fail")\n")
                throw ExitCode.findings
            }
        }
    }
}
