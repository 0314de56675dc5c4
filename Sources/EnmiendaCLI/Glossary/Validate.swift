import ArgumentParser
import Enmienda

extension GlossaryCommand {
    /// `enmienda glossary validate`: the schema, each entry, and the entries together.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check a glossary: schema, ids, wrong forms, suggestions other entries flag, failing examples.",
            discussion: """
                Prints one path:line:column: error: line per problem. Exit status: 0 valid, 1 problems, \
                2 the glossary does not load (its problems are printed the same way).
                """)

        @OptionGroup var checking: CheckingOptions

        func run() throws {
            let aligner = try checking.aligner()
            let problems = GlossaryValidation.problems(in: aligner.glossary, options: aligner.options)
            for problem in problems {
                try Terminal.standardOutput.write(TerminalText.escapedLines(problem.description) + "\n")
            }
            let entries = aligner.glossary.entryCount
            let entryCount = "\(entries) \(entries == 1 ? "entry" : "entries")"
            if problems.isEmpty {
                let examples = ExampleCheck.count(in: aligner.glossary)
                try Terminal.standardOutput.write(
                    "\(entryCount), \(examples) \(examples == 1 ? "example" : "examples"): valid\n")
            } else {
                try Terminal.standardOutput.write(
                    "\(problems.count) \(problems.count == 1 ? "problem" : "problems") in \(entryCount)\n")
                throw ExitCode.findings
            }
        }
    }
}
