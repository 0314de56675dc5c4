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
            SchemaCommand.self,
        ]
    )

    /// Runs the command and maps every outcome to one of the documented exit statuses. A
    /// write error is one line and status 2; a broken pipe (the reader went away, as with
    /// `| head`) ends the command quietly with status 0, whether or not the parent
    /// ignored `SIGPIPE` (it is ignored here, so that `write` reports `EPIPE`).
    static func main() {
        signal(SIGPIPE, SIG_IGN)
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
