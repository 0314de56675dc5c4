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
                Context rules, exceptions and examples have no column: a warning says how many entries lose them.
                tbx: TBX-Basic as ISO 30042:2019 writes it (<tbx>, conceptEntry, langSec, termSec), with TBX-Basic's \
                data categories only. One concept per entry: English sources, Spanish suggestions as \
                preferredTerm-admn-sts, approved renderings as admittedTerm-admn-sts, wrong forms as \
                deprecatedTerm-admn-sts, the category as subjectField, the note as note; a warning names what \
                TBX-Basic has no data category for (severity, matching settings, context rules, examples…). \
                tbx-enmienda: the same, declared as the dialect TBX-Enmienda, with the rest in x-enmienda- data \
                categories, so that import gives back the same entries. martif: the TBX 2 form (<martif>, \
                termEntry, langSet, tig), with the x-enmienda- data.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case csv, tsv, tbx, martif
            case tbxEnmienda = "tbx-enmienda"
        }

        @OptionGroup var checking: CheckingOptions
        @Option(
            help:
                "csv, tsv, tbx (TBX-Basic, ISO 30042:2019), tbx-enmienda (TBX with all of Enmienda's data) or martif (TBX 2); by default the -o file's extension tells, else csv."
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
            var leftOut: [String] = []
            switch format {
            case .csv, .tsv:
                text = GlossaryCSV.text(of: glossary, separator: format == .csv ? "," : "\t")
                leftOut = GlossaryCSV.leftOut(of: glossary)
            case .tbx, .tbxEnmienda, .martif:
                guard !glossary.entries.isEmpty else {
                    throw ValidationError("the glossary has no entries, and a TBX file needs at least one concept")
                }
                text = GlossaryTBX.text(
                    of: glossary, version: format == .martif ? .martif : .basic,
                    dialect: format == .tbx ? .basic : .enmienda)
                if format == .tbx { leftOut = GlossaryTBX.leftOutOfBasic(glossary) }
            }
            if let output {
                try OutputGuard.refuse(output, ifOneOf: checking.glossaryPaths)
                try OutputFile.write(Array(text.utf8), to: output)
            } else {
                try Terminal.standardOutput.write(text)
            }
            // Once written: a failed write says only why it failed.
            if !leftOut.isEmpty {
                Terminal.standardError.note(
                    "warning: \(format.rawValue) has no place for \(leftOut.joined(separator: ", ")): "
                        + "left out (--format tbx-enmienda keeps them)\n")
            }
        }
    }
}
