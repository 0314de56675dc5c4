import ArgumentParser
import Enmienda

/// `enmienda check PATH...`: reports every known mistranslation.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report the known mistranslations in articles.",
        discussion: """
            Prints one diagnostic per finding (path:line:column: severity: message [entry-id]), \
            the line with the span underlined, the suggestions and the corrected sentence, \
            then a summary. Exit status: 0 no findings, 1 findings, 2 usage or input error.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, xml
    }

    @OptionGroup var checking: CheckingOptions

    @Option(help: "Output format: text (diagnostics) or xml (corrections export).")
    var format: Format = .text

    @Option(help: ArgumentHelp("Write the report to a file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: "Colour the text output: auto (on a terminal, unless NO_COLOR is set), always, never.")
    var color: ColorChoice = .auto

    @Flag(help: "Leave out the explanatory note of each entry.")
    var noNotes = false

    @Argument(
        help: ArgumentHelp("Articles (.txt files or directories of them); - reads standard input.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one article to check") }
    }

    func run() throws {
        let aligner = try checking.aligner()
        let alignments = try ArticleReader.read(paths).map(aligner.align)
        let reporter: any Reporter =
            switch format {
            case .text:
                TextReporter(colored: output == nil && Terminal.standardOutput.wantsColor(color), showsNotes: !noNotes)
            case .xml:
                CorrectionsXMLReporter()
            }
        let report = reporter.report(alignments)
        if let output {
            try AtomicFile.write(Array(report.utf8), to: output)
        } else {
            Terminal.standardOutput.write(report)
        }
        if alignments.contains(where: { !$0.findings.isEmpty }) { throw ExitCode(ExitStatus.findings) }
    }
}
