import ArgumentParser
import Enmienda
import Foundation

/// Where `fix` and `apply` write a corrected article: a file, standard output, or the
/// article itself.
struct DestinationOptions: ParsableArguments {
    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp("Where to write the corrected article; - for standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the article itself (atomically).")
    var inPlace = false

    func validate() throws {
        switch (output, inPlace) {
        case (nil, false): throw ValidationError("say where to write: -o FILE, -o - for standard output, or --in-place")
        case (.some, true): throw ValidationError("-o and --in-place cannot be used together")
        default: break
        }
    }

    /// Writes `bytes` for the article at `path` (atomically to a file); returns where.
    func write(_ bytes: [UInt8], forArticleAt path: String) throws(InputError) -> String {
        let destination = inPlace ? path : (output ?? "-")
        if destination == "-" {
            FileHandle.standardOutput.write(Data(bytes))
        } else {
            try AtomicFile.write(bytes, to: destination)
        }
        return destination
    }
}
