import Foundation
import Testing

/// What `enmienda help <command>` prints for each option.
@Suite struct HelpTextTests {
    /// The help of each option of `output` (a command's help): its first line and the
    /// lines indented under it, joined.
    private func options(in output: String) -> [String] {
        var options: [String] = []
        for line in output.split(separator: "\n") {
            if line.hasPrefix("  -") {
                options.append(String(line))
            } else if line.hasPrefix("      "), !options.isEmpty {
                options[options.count - 1] += " " + line.trimmingCharacters(in: .whitespaces)
            }
        }
        return options
    }

    /// An option's default is given once: by the argument parser, `(default: …)`, not
    /// also in its text.
    @Test(arguments: [
        "check", "fix", "apply", "serve", "schema", "glossary add", "glossary set", "glossary import",
        "glossary export", "lexicon build",
    ])
    func noOptionGivesItsDefaultTwice(_ command: String) throws {
        let result = try CLIRunner.run(["help"] + command.split(separator: " ").map(String.init))
        #expect(result.status == 0)
        let options = options(in: result.standardOutput)
        #expect(!options.isEmpty)
        for option in options {
            #expect(option.components(separatedBy: "(default").count <= 2, "\(option)")
        }
    }
}
