import ArgumentParser
import Enmienda

extension GlossaryCommand {
    /// `enmienda glossary export --format csv|tsv|tbx|martif`.
    struct ExportEntries: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the glossary as CSV or TSV rows (Okapi's blacklist layout) or as TBX.",
            discussion: """
                csv, tsv: columns wrong, suggestion, source, category, note, id, severity, inflect, case, \
                accents, needs-source, approved; one row per wrong form (a key term without one: one row with \
                an empty wrong cell), several suggestions, sources or approved renderings joined with |. \
                Context rules, exceptions and examples have no column.
                tbx: TBX-Basic as ISO 30042:2019 writes it (<tbx>, conceptEntry, langSec, termSec); martif: \
                the TBX 2 form (<martif>, termEntry, langSet, tig). One concept per entry: English sources, \
                Spanish suggestions as preferredTerm-admn-sts, approved renderings as admittedTerm-admn-sts, \
                wrong forms as deprecatedTerm-admn-sts; the rest in x-enmienda- data categories, so that import gives back \
                the same entries.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case csv, tsv, tbx, martif }

        @OptionGroup var checking: CheckingOptions
        @Option(
            help:
                "csv, tsv, tbx (TBX-Basic, ISO 30042:2019) or martif (TBX 2); by default the -o file's extension tells, else csv."
        )
        var format: Format?
        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to a file.", valueName: "file"))
        var output: String?

        func run() throws {
            let glossary = try checking.glossary()
            let text: String
            let extensionFormat = output.flatMap { path in
                Format(rawValue: String(path.split(separator: ".").last ?? "").lowercased())
            }
            let format = format ?? extensionFormat ?? .csv
            switch format {
            case .csv, .tsv: text = GlossaryCSV.text(of: glossary, separator: format == .csv ? "," : "\t")
            case .tbx, .martif:
                guard !glossary.entries.isEmpty else {
                    throw ValidationError("the glossary has no entries, and a TBX file needs at least one concept")
                }
                text = GlossaryTBX.text(of: glossary, version: format == .tbx ? .basic : .martif)
            }
            if let output {
                try OutputGuard.refuse(output, ifOneOf: checking.glossaryPaths)
                try OutputFile.write(Array(text.utf8), to: output)
            } else {
                try Terminal.standardOutput.write(text)
            }
        }
    }
}
