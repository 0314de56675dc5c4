import ArgumentParser
import Enmienda
import Foundation

/// `enmienda`: finds known mistranslations in machine-translated Spanish.
@main
struct EnmiendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enmienda",
        abstract: "Find known mistranslations in machine-translated Spanish and correct them.",
        discussion: """
            Exit status: 0 when nothing is found, 1 when there are findings, 2 for a usage \
            or input error.
            """,
        version: EnmiendaVersion.current,
        subcommands: [
            CheckCommand.self, FixCommand.self, ApplyCommand.self, GlossaryCommand.self, LexiconCommand.self,
            SchemaCommand.self, ServeCommand.self,
        ]
    )

    /// Lets the allocator keep the memory a chunk frees for the next chunk: each chunk of a
    /// scan allocates megabytes of tokens, and by default glibc hands blocks that large
    /// back to the kernel, which must then zero fresh pages for the next (a tenth of a
    /// dense scan). Memory stays bounded by the largest chunk's needs.
    private static func keepFreedMemory() {
        #if canImport(Glibc)
            // <malloc.h>, which the Glibc module leaves out: M_TRIM_THRESHOLD is -1,
            // M_MMAP_THRESHOLD -3 (32 MiB is the largest glibc takes on 64-bit systems).
            _ = glibcMallopt(-3, 32 << 20)
            _ = glibcMallopt(-1, 256 << 20)
        #endif
    }

    /// Ends the run with one line and status 2, rather than dying of the signal, when a
    /// file it mapped is cut short by another program (SIGBUS on touching its lost pages):
    /// the Spanish lexicon's cache file stays mapped for the whole run, and a `cp` over it
    /// truncates it first. Files are written through temporary files renamed into place,
    /// so no output is left half-written; the next run compiles the lexicon again if the
    /// file is no longer sound.
    private static func stopCleanlyWhenAMappedFileIsCutShort() {
        signal(SIGBUS) { _ in
            // Only what is safe in a signal handler: a static string written, then _exit.
            let message: StaticString =
                "enmienda: a cache file this run had mapped (the Spanish lexicon, in enmienda's cache directory) was cut short by another program; no output was replaced: run again\n"
            _ = write(STDERR_FILENO, message.utf8Start, message.utf8CodeUnitCount)
            _exit(2)
        }
    }

    /// Runs the command and maps every outcome to one of the documented exit statuses. A
    /// write error is one line and status 2; a broken pipe (the reader went away, as with
    /// `| head`) ends the command quietly with status 0, whether or not the parent
    /// ignored `SIGPIPE` (it is ignored here, so that `write` reports `EPIPE`).
    static func main() {
        signal(SIGPIPE, SIG_IGN)
        stopCleanlyWhenAMappedFileIsCutShort()
        keepFreedMemory()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as InputError {
            Terminal.standardError.note(error.description + "\n")
            exit(with: .inputError)
        } catch let error as WriteError {
            exit(after: error)
        } catch let error as ExitCode {
            exit(with: error)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                do {
                    try Terminal.standardOutput.write(fullMessage(for: error) + "\n")
                } catch {
                    exit(after: error)
                }
                exit(with: .success)
            }
            Terminal.standardError.note(fullMessage(for: error) + "\n")
            exit(with: .inputError)
        }
    }

    /// Ends quietly (status 0) after a broken pipe, else with one line and status 2.
    private static func exit(after error: WriteError) -> Never {
        if error.isBrokenPipe { exit(with: .success) }
        Terminal.standardError.note(error.description + "\n")
        exit(with: .inputError)
    }

    private static func exit(with code: ExitCode) -> Never {
        Foundation.exit(code.rawValue)
    }
}

#if canImport(Glibc)
    /// glibc's `int mallopt(int param, int value)`.
    @_silgen_name("mallopt")
    private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
