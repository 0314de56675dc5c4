import Enmienda
import Foundation

/// Keeps a command from writing its output over one of its inputs: an input is only ever
/// replaced when the user asks for it (`--in-place`, a glossary edit).
enum OutputGuard {
    /// Refuses `output` when it is, after following symbolic links, the same file (device
    /// and inode) as one of `inputs`; an input `-` is standard input, which may be a file
    /// redirected in (`< rec.jsonl`), and an output `-` is standard output, which may be a
    /// file redirected to (`>> a.txt`). A path that does not exist yet, and devices, fifos
    /// and sockets (`/dev/null`, a pipe) are never refused.
    ///
    /// - Parameter hint: Said after the refusal, e.g. how to overwrite the input on purpose.
    /// - Throws: ``InputError`` of kind ``InputError/Kind/output``, located at `output`
    ///   (at the input for standard output), naming the input, when it is one.
    static func refuse(_ output: String, ifOneOf inputs: [String], hint: String? = nil) throws(InputError) {
        var written = stat()
        let opened = output == "-" ? fstat(STDOUT_FILENO, &written) : stat(output, &written)
        guard opened == 0, written.st_mode & S_IFMT == S_IFREG else { return }
        let identity = FileIdentity(written)
        var standardInput = stat()
        let redirected = fstat(STDIN_FILENO, &standardInput) == 0 ? FileIdentity(standardInput) : nil
        for input in inputs where (input == "-" ? redirected : FileIdentity(path: input)) == identity {
            if output == "-" {
                // Standard output redirected into an input (`>> a.txt`, or a report into a
                // folder --watch reads): located at the input.
                throw InputError(
                    SourceLocation(path: input, line: 1, column: 1),
                    "standard output is this input file, and inputs are never overwritten; write the output elsewhere"
                        + (hint.map { " (\($0))" } ?? ""),
                    kind: .output)
            }
            let same = input == output ? "" : input == "-" ? " (standard input)" : " ('\(input)')"
            throw InputError(
                SourceLocation(path: output, line: 1, column: 1),
                "the output is an input file\(same), and inputs are never overwritten" + (hint.map { "; \($0)" } ?? ""),
                kind: .output)
        }
    }

    /// Refuses `output` when it names the same file as `other`, a second file the command
    /// writes (`role` says which, e.g. `--suppressions`), whether the file exists yet or
    /// not: the second write would replace the first. Paths are compared after following
    /// symbolic links, a path that does not exist by its folder's real path and its name.
    ///
    /// - Throws: ``InputError`` of kind ``InputError/Kind/output``, located at `output`.
    static func refuse(_ output: String, sameAs other: String, role: String) throws(InputError) {
        guard output != "-", other != "-", let first = resolved(output), first == resolved(other) else { return }
        throw InputError(
            SourceLocation(path: output, line: 1, column: 1),
            "the output is also the file \(role) writes ('\(other)'): one would replace the other", kind: .output)
    }

    /// `path` with symbolic links and `.`/`..` resolved; for a path that does not exist,
    /// its folder's real path and its name.
    private static func resolved(_ path: String) -> String? {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        guard let real = realpath(folder, nil) else { return nil }
        defer { free(real) }
        return String(cString: real) + "/" + url.lastPathComponent
    }
}
