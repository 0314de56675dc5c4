import ArgumentParser
import Enmienda

/// `--as FORMAT`: how to read the articles whatever their names and content, shared by
/// `check`, `fix` and `apply`.
struct FormatOption: ParsableArguments {
    @Option(
        name: .customLong("as"),
        help: ArgumentHelp(
            "Read the articles in this format whatever their names and content: text, xliff, tmx, po, srt, webvtt or html.",
            valueName: "format"))
    var format: DocumentFormat?
}

extension DocumentFormat: ExpressibleByArgument {}
