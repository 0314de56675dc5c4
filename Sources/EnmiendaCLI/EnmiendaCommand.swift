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
        subcommands: [CheckCommand.self, FixCommand.self, ApplyCommand.self, GlossaryCommand.self, SchemaCommand.self]
    )

    /// Runs the command and maps every outcome to one of the documented exit statuses.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as InputError {
            Terminal.standardError.write(error.description + "\n")
            Foundation.exit(ExitStatus.inputError)
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Terminal.standardOutput.write(fullMessage(for: error) + "\n")
                Foundation.exit(ExitStatus.clean)
            }
            Terminal.standardError.write(fullMessage(for: error) + "\n")
            Foundation.exit(ExitStatus.inputError)
        }
    }
}
