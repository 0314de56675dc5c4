import ArgumentParser
import Enmienda

/// How `check` reports: the format, where the report goes, and how the text report looks.
struct ReportOptions: ParsableArguments {
    /// The `--format` option.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, xml, json, jsonl, sarif, html, count
    }

    @Option(
        name: .customLong("format"),
        help: """
            Output format: text (diagnostics, the default), xml (corrections export), json (LanguageTool-compatible), \
            jsonl (a LanguageTool response per document or segment, one a line, streamed), \
            sarif (SARIF 2.1.0), html (a review page), count (findings per file, read in constant memory).
            """)
    var requestedFormat: Format?

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Write the report to a file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: "Colour the text output: auto (on a terminal, unless NO_COLOR is set), always, never.")
    var color: ColorChoice = .auto

    @Flag(
        inversion: .prefixedNo, help: "Show the explanatory note of each entry (the default; --no-notes leaves it out)."
    )
    var notes: Bool?

    /// The report format: `--format`, the configuration's, or text.
    var format: Format { requestedFormat ?? .text }

    /// Whether notes are left out.
    var noNotes: Bool { notes == false }

    /// Whether the text report is coloured: never in a file.
    var colored: Bool {
        output == nil && Terminal.standardOutput.wantsColor(color)
    }

    /// Writes `report` to the `-o` file, or to standard output.
    ///
    /// - Throws: ``InputError`` when the file cannot be written, ``WriteError`` when
    ///   standard output or a descriptor cannot.
    func write(_ report: String) throws {
        try write { $0.append(report) }
    }

    /// Writes what `produce` appends to the `-o` file (atomically, through a temporary
    /// file), or to standard output, 64 KiB at a time: the report is never whole in memory.
    ///
    /// - Throws: ``InputError`` when the file cannot be written, ``WriteError`` when
    ///   standard output or a descriptor cannot.
    func write(_ produce: (inout OutputBuffer) -> Void) throws {
        if let output {
            try OutputFile.write(to: output, produce)
        } else {
            var buffer = OutputBuffer(writer: Terminal.standardOutput.writer)
            produce(&buffer)
            try buffer.flush()
        }
    }
}
