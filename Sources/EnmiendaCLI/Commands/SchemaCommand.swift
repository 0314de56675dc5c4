import ArgumentParser
import Enmienda

/// `enmienda schema glossary|corrections`: prints an XML Schema shipped with Enmienda.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the XML Schema (XSD) of the glossary format or of the corrections export."
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case glossary, corrections
    }

    @Argument(help: "Which schema: glossary or corrections.")
    var kind: Kind

    func run() throws {
        switch kind {
        case .glossary: try Terminal.standardOutput.write(Glossary.schema)
        case .corrections: try Terminal.standardOutput.write(CorrectionsXMLReporter.schema)
        }
    }
}
