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
            try noteReplacedBuiltInEntries(in: aligner.glossary)
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

        /// Notes each entry of the glossaries given that takes the place of a built-in
        /// entry with its id: a user who copies an id by chance loses the built-in entry
        /// without a word otherwise. A note is no problem: it changes no exit status.
        private func noteReplacedBuiltInEntries(in glossary: Glossary) throws {
            let options = try checking.resolved(near: [])
            guard options.choice.builtin != false, !options.choice.glossaryPaths.isEmpty else { return }
            var builtIn: [String: SourceLocation] = [:]
            for entry in try Glossary.builtIn.entries { builtIn[entry.id] = builtIn[entry.id] ?? entry.location }
            for entry in glossary.entries {
                guard let replaced = builtIn[entry.id], replaced != entry.location else { continue }
                try Terminal.standardOutput.write(
                    TerminalText.escapedLines(
                        "\(entry.location): note: entry '\(entry.id)' replaces the built-in entry with its id (\(replaced)); give it another id to keep both"
                    ) + "\n")
            }
        }
    }
}
