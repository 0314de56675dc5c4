import ArgumentParser
import Enmienda
import Foundation

/// `enmienda fix PATH -o OUT`: writes the article with every finding corrected.
struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Write an article with the top suggestion of every finding applied.",
        discussion: """
            Every byte outside the corrected spans is kept (line ends, byte-order mark, \
            no-break spaces, a missing final newline). The input is never overwritten \
            unless --in-place is given, and then atomically.
            """
    )

    @OptionGroup var checking: CheckingOptions

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Where to write the corrected article; - for standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the article itself (atomically).")
    var inPlace = false

    @Argument(help: ArgumentHelp("The article to correct; - reads standard input.", valueName: "path"))
    var path: String

    func validate() throws {
        switch (output, inPlace) {
        case (nil, false): throw ValidationError("say where to write: -o FILE, -o - for standard output, or --in-place")
        case (.some, true): throw ValidationError("-o and --in-place cannot be used together")
        case (nil, true) where path == "-": throw ValidationError("--in-place needs a file, not standard input")
        case (.some(let output), false) where output != "-" && path != "-" && Self.sameFile(output, path):
            throw ValidationError("'\(output)' is the input file; use --in-place to overwrite it")
        default: break
        }
    }

    func run() throws {
        let aligner = try checking.aligner()
        guard let document = try ArticleReader.read([path]).first else { return }
        let alignment = aligner.align(document)
        let destination = inPlace ? path : (output ?? "-")
        if destination == "-" {
            FileHandle.standardOutput.write(Data(alignment.correctedBytes))
        } else {
            try AtomicFile.write(alignment.correctedBytes, to: destination)
        }
        let count = alignment.findings.count
        Terminal.standardError.write(
            "\(document.path): \(count) \(count == 1 ? "correction" : "corrections") applied"
                + (destination == "-" ? "\n" : ", written to \(destination)\n"))
    }

    private static func sameFile(_ first: String, _ second: String) -> Bool {
        var a = stat()
        var b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
