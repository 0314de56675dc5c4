import Foundation
import Testing

/// Combining glossaries (`--glossary` adds to the built-in one, `--no-builtin`,
/// `--disable`, `--disable-category`), the target variety (`--variety`), and the project
/// configuration file found by walking up from the article.
@Suite struct ConfigurationCLITests {
    private static let article =
        "La economía creció un 2.5 % y llegaron 30,000 soldados. Son no talleres y casa mala.\n"

    private static let mine = """
        <glossary xmlns="urn:enmienda:glossary" version="1">
          <entry id="casa-mala" category="terminology" severity="minor">
            <source>bad house</source><wrong>casa mala</wrong><suggestion>casa buena</suggestion>
          </entry>
        </glossary>
        """

    /// A folder with `mine.xml` and the article at `news/2025/a.txt`.
    private func newsroom() throws -> (root: URL, article: String) {
        let root = try CLIRunner.temporaryDirectory()
        let folder = root.appendingPathComponent("news/2025")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.mine.utf8).write(to: root.appendingPathComponent("mine.xml"))
        let article = folder.appendingPathComponent("a.txt")
        try Data(Self.article.utf8).write(to: article)
        return (root, article.path)
    }

    /// The entry ids of a text report's findings, in order.
    private func ids(_ result: CLIRunner.Result) -> [String] {
        result.standardOutput.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix(" "), line.hasSuffix("]"), let open = line.lastIndex(of: "[") else { return nil }
            return String(line[line.index(after: open)..<line.index(before: line.endIndex)])
        }
    }

    private func check(_ arguments: [String], in directory: URL = CLIRunner.packageRoot) throws -> CLIRunner.Result {
        try CLIRunner.run(["check", "--no-untranslated", "--no-notes"] + arguments, in: directory)
    }

    private static let builtIn = ["english-decimal-point", "english-thousands-separator", "non-starters"]

    @Test func aGlossaryAddsToTheBuiltInOne() throws {
        let (root, article) = try newsroom()
        let mine = root.appendingPathComponent("mine.xml").path
        #expect(ids(try check(["--no-config", article])) == Self.builtIn)
        #expect(ids(try check(["--no-config", "--glossary", mine, article])) == Self.builtIn + ["casa-mala"])
        #expect(ids(try check(["--no-config", "--no-builtin", "--glossary", mine, article])) == ["casa-mala"])
        let none = try check(["--no-config", "--no-builtin", article])
        #expect(none.status == 2)
        #expect(none.standardError.hasPrefix("Error: --no-builtin (or builtin = false) leaves no entries"))
    }

    @Test func anEntryOfAGlossaryReplacesTheBuiltInEntryWithItsID() throws {
        let (root, article) = try newsroom()
        let own = """
            <glossary xmlns="urn:enmienda:glossary" version="1">
              <entry id="non-starters" category="mistranslation" severity="critical">
                <source>non-starters</source><wrong>no talleres</wrong><suggestion>inservibles</suggestion>
              </entry>
            </glossary>
            """
        let path = root.appendingPathComponent("own.xml")
        try Data(own.utf8).write(to: path)
        let result = try check(["--no-config", "--glossary", path.path, article])
        #expect(ids(result) == Self.builtIn)
        #expect(result.standardOutput.contains("critical: “no talleres”"))
        #expect(result.standardOutput.contains("suggestion: inservibles"))
        #expect(!result.standardOutput.contains("inviables"))
    }

    @Test func entriesAreSwitchedOffByIDAndCategory() throws {
        let (_, article) = try newsroom()
        #expect(ids(try check(["--no-config", "--disable", "non-starters", article])) == Array(Self.builtIn.prefix(2)))
        #expect(
            ids(
                try check([
                    "--no-config", "--disable-category", "numbers", "--disable-category", "locale-violation", article,
                ]))
                == ["non-starters"])
        let unknown = try check(["--no-config", "--disable", "no-such-entry", article])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.hasPrefix("Error: --disable: no entry 'no-such-entry' in the glossaries in use"))
        #expect(!unknown.standardError.contains("Usage"))
        // A typo is answered with the ids it is near.
        let typo = try check(["--no-config", "--disable", "non-starter", article])
        #expect(typo.status == 2)
        #expect(
            typo.standardError.contains(
                "--disable: no entry 'non-starter' in the glossaries in use; did you mean non-starters?"),
            "\(typo.standardError)")
        let category = try check(["--no-config", "--disable-category", "estilo", article])
        #expect(category.status == 2)
        #expect(category.standardError.contains("'estilo' is invalid for '--disable-category <category>'"))
    }

    /// Found by the hostile-input review: a configuration file that disables an entry
    /// had the glossary files read once more, to check the id, so a glossary given as a
    /// pipe (`<(…)`) was empty by the time the check read it. The id is now checked
    /// against the glossary the run compiles, still located in the file.
    @Test func aConfiguredDisableReadsAGlossaryGivenAsAPipeOnce() throws {
        let (root, _) = try newsroom()
        try Data("disable = [\"non-starters\"]\n".utf8).write(to: root.appendingPathComponent(".enmienda.toml"))
        try Data(Self.article.utf8).write(to: root.appendingPathComponent("a.txt"))
        let piped = try CLIRunner.shell(
            #""$E" check --no-untranslated --no-notes --glossary <(cat mine.xml) a.txt; echo "status $?""#, in: root)
        #expect(piped.output.contains("[casa-mala]") && !piped.output.contains("[non-starters]"), "\(piped.output)")
        #expect(piped.output.hasSuffix("status 1\n"))
        try Data("\ndisable = [\"nope\"]\n".utf8).write(to: root.appendingPathComponent(".enmienda.toml"))
        let unknown = try CLIRunner.shell(
            #""$E" check --no-untranslated --glossary <(cat mine.xml) a.txt; echo "status $?""#, in: root)
        #expect(
            unknown.output.hasPrefix(
                root.appendingPathComponent(".enmienda.toml").path
                    + ":2:1: error: disable: no entry 'nope' in the glossaries in use"), "\(unknown.output)")
        #expect(unknown.output.hasSuffix("status 2\n"))
    }

    @Test func theVarietyDecidesTheDecimalSign() throws {
        let (_, article) = try newsroom()
        #expect(ids(try check(["--no-config", "--variety", "es-AR", article])) == Self.builtIn)
        #expect(ids(try check(["--no-config", "--variety", "es-MX", article])) == ["non-starters"])
        #expect(ids(try check(["--no-config", "--variety", "es_us", article])) == ["non-starters"])
        let unknown = try check(["--no-config", "--variety", "es-FR", article])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("'es-FR' is invalid for '--variety <tag>'"))
    }

    @Test func theConfigurationFileIsFoundAboveTheArticle() throws {
        let (root, article) = try newsroom()
        try Data(
            """
            glossaries = ["mine.xml"]
            variety = "es-MX"
            disable = ["non-starters"]
            """.utf8
        ).write(to: root.appendingPathComponent(".enmienda.toml"))
        // From anywhere: the file is looked for from the article's folder up.
        #expect(ids(try check([article])) == ["casa-mala"])
        // Standard input: from the current directory up.
        let piped = try CLIRunner.run(
            ["check", "--no-untranslated", "-"], in: root.appendingPathComponent("news/2025"),
            input: Array(Self.article.utf8))
        #expect(ids(piped) == ["casa-mala"])
        // The command line wins, and adds.
        #expect(ids(try check(["--variety", "es-ES", article])) == Array(Self.builtIn.prefix(2)) + ["casa-mala"])
        #expect(ids(try check(["--disable", "casa-mala", article])).isEmpty)
        #expect(ids(try check(["--no-config", article])) == Self.builtIn)
        // fix reads it too.
        let fixed = try CLIRunner.run(["fix", "--no-untranslated", article, "-o", "-"])
        #expect(fixed.standardOutput == Self.article.replacingOccurrences(of: "casa mala", with: "casa buena"))
    }

    @Test func builtinFalseAndTheReportDefaultsAreRead() throws {
        let (root, article) = try newsroom()
        let config = root.appendingPathComponent("elsewhere.toml")
        try Data(
            """
            glossaries = ["mine.xml"]
            builtin = false

            [report]
            format = "json"
            """.utf8
        ).write(to: config)
        let json = try check(["--config", config.path, article])
        #expect(json.status == 1)
        #expect(json.standardOutput.hasPrefix("{"))
        #expect(json.standardOutput.contains("casa-mala") && !json.standardOutput.contains("non-starters"))
        let text = try check(["--config", config.path, "--format", "text", "--builtin", article])
        #expect(ids(text) == Self.builtIn + ["casa-mala"])
        // Not found by walking up: its name is not .enmienda.toml.
        #expect(ids(try check([article])) == Self.builtIn)
    }

    @Test func mistakesInTheFileAreLocatedWithStatus2() throws {
        let (root, article) = try newsroom()
        let path = root.appendingPathComponent("enmienda.toml")
        for (text, expected) in [
            (
                "variety = \"es-MX\"\ncolour = \"red\"\n",
                "\(path.path):2:1: error: unknown key 'colour'; the known keys are"
            ),
            ("variety = \"es-MX\n", "\(path.path):1:"),
            (
                "\n\ndisable = [\"nope\"]\n",
                "\(path.path):3:1: error: disable: no entry 'nope' in the glossaries in use"
            ),
            ("glossaries = [\"missing.xml\"]\n", root.appendingPathComponent("missing.xml").path + ":"),
        ] {
            try Data(text.utf8).write(to: path)
            let result = try check([article])
            #expect(result.status == 2, "\(text)")
            #expect(result.standardError.hasPrefix(expected), "\(result.standardError)")
            #expect(result.standardOutput.isEmpty)
        }
    }

    /// A configuration that came with the project names only the project's glossaries: a
    /// cloned repository must not make Enmienda read, and quote, a file elsewhere, nor
    /// through a symbolic link. A file named with `--config` may name any glossary.
    @Test func aFoundConfigurationNamesOnlyGlossariesInItsFolder() throws {
        let (root, article) = try newsroom()
        let path = root.appendingPathComponent(".enmienda.toml")
        let outside = try CLIRunner.temporaryDirectory().appendingPathComponent("secret.txt")
        try Data("root:x:0:0:secret\n".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("link.csv").path, withDestinationPath: outside.path)
        for glossaries in [
            "[\"\(outside.path)\"]", "[\"../\(outside.deletingLastPathComponent().lastPathComponent)/secret.txt\"]",
            "[\"link.csv\"]",
        ] {
            try Data("glossaries = \(glossaries)\n".utf8).write(to: path)
            let result = try check([article])
            #expect(result.status == 2, "\(glossaries)")
            #expect(result.standardError.hasPrefix("\(path.path):1:1: error: glossary "), "\(result.standardError)")
            #expect(result.standardError.contains("is outside the configuration file's folder"))
            #expect(!result.standardError.contains("root:x"), "\(result.standardError)")
        }
        try Data("glossaries = [\"mine.xml\"]\n".utf8).write(to: path)
        #expect(try check([article]).status == 1)
        let named = try CLIRunner.temporaryDirectory().appendingPathComponent("team.toml")
        try Data("glossaries = [\"\(root.appendingPathComponent("mine.xml").path)\"]\n".utf8).write(to: named)
        #expect(ids(try check(["--config", named.path, article])).contains("casa-mala"))
    }

    /// A file with CRLF line ends (or a byte-order mark) is located line by line.
    @Test func crlfConfigurationsAreLocatedLineByLine() throws {
        let (root, article) = try newsroom()
        let path = root.appendingPathComponent("enmienda.toml")
        try Data("\u{FEFF}variety = \"es-MX\"\r\nbuiltin = 3\r\n".utf8).write(to: path)
        let result = try check([article])
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("\(path.path):2:1: error: builtin"), "\(result.standardError)")
    }
}
