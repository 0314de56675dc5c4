import ArgumentParser
import Enmienda

/// `enmienda schema glossary|corrections|jsonl`: prints an XML Schema shipped with Enmienda,
/// or the JSON Schema of a line of `check --format jsonl`.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract:
            "Print the XML Schema (XSD) of the glossary format or of the corrections export, or the JSON Schema of a jsonl line."
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case glossary, corrections, jsonl
    }

    @Argument(help: "Which schema: glossary, corrections or jsonl.")
    var kind: Kind

    func run() throws {
        switch kind {
        case .glossary: try Terminal.standardOutput.write(Glossary.schema)
        case .corrections: try Terminal.standardOutput.write(CorrectionsXMLReporter.schema)
        case .jsonl: try Terminal.standardOutput.write(JSONLinesReporter.schema + "\n")
        }
    }
}
