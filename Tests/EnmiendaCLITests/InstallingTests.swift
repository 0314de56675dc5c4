import Foundation
import Testing

/// What `Scripts/install` installs besides the binary: the shell completions that
/// swift-argument-parser generates, which must know the subcommands.
@Suite struct InstallingTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func theCompletionScriptNamesTheSubcommands(_ shell: String) throws {
        let result = try CLIRunner.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.standardError)")
        for subcommand in ["check", "fix", "apply", "glossary", "lexicon", "schema"] {
            #expect(result.standardOutput.contains(subcommand), "\(shell): \(subcommand)")
        }
        // fix's options: fish names a long option without its dashes (`-l 'diff'`).
        #expect(result.standardOutput.contains(shell == "fish" ? "-l 'diff'" : "--diff"), "\(shell): fix --diff")
    }

    @Test func theBashCompletionScriptIsValidBash() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let script = try CLIRunner.run(["--generate-completion-script", "bash"])
        try Data(script.standardOutput.utf8).write(to: directory.appendingPathComponent("enmienda.bash"))
        let check = try CLIRunner.shell(
            "bash -n enmienda.bash && source enmienda.bash && complete -p enmienda", in: directory)
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("enmienda"))
    }

    @Test func theInstallScriptIsValidBashAndInstallsEverything() throws {
        let script = CLIRunner.packageRoot.appendingPathComponent("Scripts/install").path
        let check = try CLIRunner.shell("bash -n '\(script)'", in: CLIRunner.packageRoot)
        #expect(check.status == 0, "\(check.output)")
        let text = try String(contentsOfFile: script, encoding: .utf8)
        for path in [
            "bin/enmienda", "share/man/man1/enmienda.1", "share/bash-completion/completions/enmienda",
            "share/zsh/site-functions/_enmienda", "share/fish/vendor_completions.d/enmienda.fish",
        ] {
            #expect(text.contains("$prefix/\(path)") || text.contains(path), "\(path)")
        }
    }
}
