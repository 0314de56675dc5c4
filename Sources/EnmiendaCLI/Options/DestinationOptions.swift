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
        if output != nil && inPlace { throw ValidationError("-o and --in-place cannot be used together") }
    }

    /// Refuses options that say nowhere to write (the command's `validate()` calls it:
    /// `fix --diff` writes nowhere).
    func requireDestination() throws {
        if output == nil && !inPlace {
            throw ValidationError("say where to write: -o FILE, -o - for standard output, or --in-place")
        }
    }

    /// Refuses a destination that is one of `inputs` (after following links), or the
    /// article itself without `--in-place`.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/output``, located at the destination.
    func refuseOverwriting(_ inputs: [String], article: String) throws(InputError) {
        var status = stat()
        if inPlace, stat(article, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            throw InputError(
                SourceLocation(path: article, line: 1, column: 1),
                "--in-place replaces a regular file, and this is not one (a fifo, a device): use -o", kind: .output)
        }
        let destination = inPlace ? article : (output ?? "-")
        try OutputGuard.refuse(
            destination, ifOneOf: inPlace ? inputs : inputs + [article],
            hint: inPlace ? nil : "--in-place replaces the article itself")
    }

    /// Writes `bytes` for the article at `path` (atomically to a file); returns where.
    ///
    /// - Throws: ``InputError`` when the file cannot be written, ``WriteError`` when
    ///   standard output cannot.
    func write(_ bytes: [UInt8], forArticleAt path: String) throws -> String {
        let destination = inPlace ? path : (output ?? "-")
        if destination == "-" {
            try DescriptorWriter.standardOutput.write(bytes)
        } else {
            try OutputFile.write(bytes, to: destination)
        }
        return destination
    }
}
