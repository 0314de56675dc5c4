import ArgumentParser
import Enmienda

extension LexiconCommand {
    /// `enmienda lexicon coverage FILE…`: how many of the files' words the lexicon knows.
    struct LexiconCoverageCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "coverage",
            abstract: "Count the words of articles the lexicon knows, and list the commonest unknown ones.",
            discussion: "A word is known if the lexicon has it as written or lower-cased.")

        @OptionGroup var inputSize: InputSizeOption

        @Argument(help: "The articles (UTF-8 text).") var paths: [String]

        func run() throws {
            let lexicon = try LexiconCommand.required()
            var coverage = LexiconCoverage()
            for path in paths {
                let document = try TextDocument(
                    bytes: try FileInput.readBytes(atPath: path, maximumSize: inputSize.bytes), path: path)
                coverage.add(document.text, lexicon: lexicon)
            }
            func percent(_ value: Double) -> String {
                let tenths = Int((value * 10).rounded())
                return "\(tenths / 10).\(tenths % 10)%"
            }
            var text = """
                word tokens: \(coverage.tokens)
                known tokens: \(coverage.knownTokens) (\(percent(coverage.knownTokenPercentage)))
                word types: \(coverage.types.count)
                known types: \(coverage.knownTypes.count) (\(percent(coverage.knownTypePercentage)))
                commonest unknown types:

                """
            for (word, count) in coverage.commonestUnknown(limit: 30) {
                text += "\(count)\t\(TerminalText.escaped(word))\n"
            }
            try Terminal.standardOutput.write(text)
        }
    }
}
