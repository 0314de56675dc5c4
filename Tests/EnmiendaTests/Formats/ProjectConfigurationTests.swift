import Foundation
import Testing

@testable import Enmienda

/// The project configuration file (`.enmienda.toml`): every setting read, every mistake
/// located, and the file found by walking up from an article's folder.
@Suite struct ProjectConfigurationTests {
    @Test func everySettingIsRead() throws {
        let configuration = try ProjectConfiguration(
            toml: """
                # A newsroom's settings
                glossaries = ["casa.xml", "/abs/terms.tbx"]
                builtin = false
                disable = ["english-decimal-point"]
                disable-categories = ["style", "numbers"]
                variety = "es-mx"
                thousands-separator = "space"

                [report]
                format = "sarif"
                notes = false
                """, path: "repo/news/.enmienda.toml")
        #expect(configuration.glossaries == ["repo/news/casa.xml", "/abs/terms.tbx"])
        #expect(configuration.builtin == false)
        #expect(configuration.disabledEntries == ["english-decimal-point"])
        #expect(configuration.disabledCategories == [.style, .numbers])
        #expect(configuration.variety == .mexico)
        #expect(configuration.thousandsSeparator == .space)
        #expect(configuration.reportFormat == "sarif")
        #expect(configuration.notes == false)
        #expect(
            configuration.location(of: "disable")
                == SourceLocation(path: "repo/news/.enmienda.toml", line: 4, column: 1))
        #expect(configuration.location(of: "report.format").line == 10)
    }

    @Test func anEmptyFileSaysNothing() throws {
        let configuration = try ProjectConfiguration(toml: "", path: "enmienda.toml")
        #expect(configuration == ProjectConfiguration(path: "enmienda.toml"))
        #expect(configuration.builtin == nil && configuration.variety == nil && configuration.reportFormat == nil)
    }

    /// Each mistake is an error at the line of its key, worded for the person who wrote it.
    @Test(arguments: [
        ("variety = \"es-MX\"\ncolour = \"red\"\n", 2, "unknown key 'colour'; the known keys are glossaries, builtin"),
        (
            "[report]\nformat = \"text\"\nwidth = 3\n", 3,
            "unknown key 'report.width'; the known keys are report.format, report.notes"
        ),
        ("variety = \"es-FR\"\n", 1, "variety: unknown variety 'es-FR'; the varieties are es-ES, es-419"),
        ("\n  builtin = \"no\"\n", 2, "builtin must be true or false"),
        ("glossaries = \"casa.xml\"\n", 1, "glossaries must be an array of strings"),
        ("disable-categories = [\"estilo\"]\n", 1, "disable-categories: unknown category 'estilo'; the categories are"),
        ("thousands-separator = \"dot\"\n", 1, "thousands-separator: unknown separator 'dot'"),
        ("[report]\nformat = \"pdf\"\n", 2, "report.format: unknown format 'pdf'; the formats are text, xml"),
        ("report = 3\n", 1, "report must be a table"),
    ])
    func aMistakeIsLocatedAtItsKey(_ text: String, _ line: Int, _ message: String) throws {
        let error = try #require(throws: InputError.self) { try ProjectConfiguration(toml: text, path: "c.toml") }
        #expect(error.diagnostics.count == 1)
        #expect(error.diagnostics[0].location.path == "c.toml")
        #expect(error.diagnostics[0].location.line == line, "\(error)")
        #expect(error.diagnostics[0].message.hasPrefix(message), "\(error)")
    }

    @Test func aSyntaxErrorIsLocatedWhereTheParserStopped() throws {
        let error = try #require(throws: InputError.self) {
            try ProjectConfiguration(toml: "builtin = true\nvariety = \"es-MX\n", path: "c.toml")
        }
        #expect(error.diagnostics[0].location.line == 2, "\(error)")
        #expect(error.diagnostics[0].location.column > 1, "\(error)")
        #expect(error.diagnostics[0].message.hasPrefix("invalid TOML: "))
        let nul = try #require(throws: InputError.self) {
            try ProjectConfiguration(toml: "builtin = true\nvariety = \"es\u{0}MX\"\n", path: "c.toml")
        }
        #expect(nul.diagnostics[0].location.line == 2)
    }

    @Test func aFileIsNotUTF8() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent(".enmienda.toml").path
        try Data([0x76, 0x3D, 0xFF]).write(to: URL(fileURLWithPath: path))
        #expect(throws: InputError.self) { try ProjectConfiguration(contentsOfFile: path) }
    }

    @Test func theNearestFileUpTheTreeIsFound() throws {
        let directory = try TemporaryDirectory()
        let root = directory.url
        let deep = root.appendingPathComponent("news/2025/june")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        if let found = ProjectConfiguration.find(from: deep.path) { #expect(!found.hasPrefix(root.path)) }
        _ = try directory.write("builtin = true\n", to: "enmienda.toml")
        #expect(ProjectConfiguration.find(from: deep.path) == root.appendingPathComponent("enmienda.toml").path)
        _ = try directory.write("variety = \"es-AR\"\n", to: "news/.enmienda.toml")
        #expect(ProjectConfiguration.find(from: deep.path) == root.appendingPathComponent("news/.enmienda.toml").path)
        // A folder with that name is no configuration file.
        try FileManager.default.createDirectory(
            at: deep.appendingPathComponent(".enmienda.toml"), withIntermediateDirectories: true)
        #expect(ProjectConfiguration.find(from: deep.path) == root.appendingPathComponent("news/.enmienda.toml").path)
    }
}
