import ArgumentParser
import Enmienda
import Foundation

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
        case text, xml, json, sarif, html
    }

    @OptionGroup var checking: CheckingOptions

    @Option(
        help: """
            Output format: text (diagnostics), xml (corrections export), json (LanguageTool-compatible), \
            sarif (SARIF 2.1.0), html (a review page).
            """)
    var format: Format = .text

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write the report to a file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: "Colour the text output: auto (on a terminal, unless NO_COLOR is set), always, never.")
    var color: ColorChoice = .auto

    @Flag(help: "Leave out the explanatory note of each entry.")
    var noNotes = false

    @Flag(help: "Read invalid UTF-8 as U+FFFD, with a warning, instead of stopping with an error.")
    var lossy = false

    @Flag(help: "Print nothing; the exit status tells whether anything was found.")
    var quiet = false

    @Flag(help: "Print only the summary lines of the text report.")
    var summary = false

    @Option(help: ArgumentHelp("Show at most this many findings in the text report.", valueName: "n"))
    var maxFindings: Int?

    @Option(
        help: ArgumentHelp(
            "Penalties of the MQM score, e.g. minor=1,major=5,critical=25.", valueName: "weights"))
    var mqmWeights: String = "minor=1,major=5,critical=25"

    @Argument(
        help: ArgumentHelp("Articles (.txt files or directories of them); - reads standard input.", valueName: "path"))
    var paths: [String]

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one article to check") }
        guard QualityScore.Weights(parsing: mqmWeights) != nil else {
            throw ValidationError("--mqm-weights takes severity=number pairs, e.g. minor=1,major=5,critical=25")
        }
        if let maxFindings, maxFindings < 0 { throw ValidationError("--max-findings cannot be negative") }
        if checking.sourcePath != nil, paths.count != 1 {
            throw ValidationError("--source gives the English original of one article; give exactly one")
        }
    }

    func run() throws {
        let aligner = try checking.aligner()
        let source = try checking.source()
        let documents = try ArticleReader.read(paths, lossy: lossy)
        if source != nil, documents.count != 1 {
            throw ValidationError("--source gives the English original of one article, not of a directory")
        }
        let alignments = documents.map { aligner.align($0, source: source) }
        let found = alignments.contains { !$0.findings.isEmpty }
        guard !quiet else { throw ExitCode(found ? ExitStatus.findings : ExitStatus.clean) }
        let weights = QualityScore.Weights(parsing: mqmWeights) ?? .standard
        let reporter: any Reporter =
            switch format {
            case .text:
                TextReporter(
                    colored: output == nil && Terminal.standardOutput.wantsColor(color), showsNotes: !noNotes,
                    weights: weights, maxFindings: summary ? 0 : maxFindings)
            case .xml:
                CorrectionsXMLReporter(weights: weights)
            case .json:
                JSONReporter(weights: weights)
            case .html:
                HTMLReporter(weights: weights)
            case .sarif:
                SARIFReporter(
                    glossary: aligner.glossary, baseDirectory: FileManager.default.currentDirectoryPath,
                    weights: weights)
            }
        let report = reporter.report(alignments)
        if let output {
            try AtomicFile.write(Array(report.utf8), to: output)
        } else {
            Terminal.standardOutput.write(report)
        }
        if found { throw ExitCode(ExitStatus.findings) }
    }
}
