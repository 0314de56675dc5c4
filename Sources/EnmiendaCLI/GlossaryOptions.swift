import ArgumentParser
import Enmienda

/// The options that choose the glossary, shared by the commands that check text.
struct GlossaryOptions: ParsableArguments {
    @Option(
        name: .customLong("glossary"),
        help: ArgumentHelp(
            "A glossary file to use instead of the built-in one (repeatable).", valueName: "file"))
    var paths: [String] = []

    /// The built-in glossary, or the given files merged in order.
    func load() throws(InputError) -> Glossary {
        guard !paths.isEmpty else { return try Glossary.builtIn }
        var glossaries: [Glossary] = []
        var problems: [Diagnostic] = []
        for path in paths {
            do {
                glossaries.append(try Glossary(contentsOfFile: path))
            } catch {
                problems.append(contentsOf: error.diagnostics)
            }
        }
        guard problems.isEmpty else { throw InputError(problems) }
        return try Glossary(merging: glossaries)
    }
}
