import Foundation
import Testing

/// `fix --diff`: the corrections as a unified diff on standard output, which `patch -p1`
/// and `git apply` apply to give the bytes `fix -o` writes; the exit status as `check`'s.
@Suite struct FixDiffTests {
    /// Writes `files` (name → bytes) into a new directory.
    private func directory(_ files: [String: [UInt8]]) throws -> URL {
        let directory = try CLIRunner.temporaryDirectory()
        for (name, bytes) in files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return directory
    }

    /// What `fix -o -` writes for `name` in `directory`.
    private func fixed(_ name: String, in directory: URL) throws -> [UInt8] {
        let result = try CLIRunner.run(["fix", name, "-o", "-"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        return Array(result.standardOutput.utf8)
    }

    /// Applies `diff` in `directory` with `command` (`patch -p1` or `git apply`).
    private func apply(_ diff: String, with command: String, in directory: URL) throws {
        let patch = directory.appendingPathComponent("../\(directory.lastPathComponent).diff").standardized
        try Data(diff.utf8).write(to: patch)
        let result = try CLIRunner.shell("\(command) < '\(patch.path)'", in: directory)
        #expect(result.status == 0, "\(command): \(result.output)\n\(diff)")
    }

    static let articles: [String: [UInt8]] = [
        "a.txt": Array(
            "Titular\n\nLas demandas son no talleres.\nUno\nDos\nTres\nCuatro\nCinco\nSeis\nSiete\nApoya el esfuerzo de guerra.\nFin\n"
                .utf8),
        // CRLF lines, a byte-order mark and no final newline.
        "notas/b.txt": Array("\u{FEFF}Son no talleres.\r\nY\u{A0}el esfuerzo de guerra".utf8),
        "c.txt": Array("Nada que corregir.\n".utf8),
    ]

    @Test(arguments: ["patch -p1 --quiet", "git apply"])
    func theDiffAppliesAndGivesWhatFixWrites(_ command: String) throws {
        let directory = try directory(Self.articles)
        let names = Self.articles.keys.sorted()
        let expected = try names.map { try fixed($0, in: directory) }
        let result = try CLIRunner.run(["fix", "--diff"] + names, in: directory)
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("--- a/a.txt\n+++ b/a.txt\n@@ -1,6 +1,6 @@\n Titular\n \n"))
        #expect(result.standardOutput.contains("\\ No newline at end of file\n"))
        #expect(!result.standardOutput.contains("c.txt"))
        // Nothing is written.
        for name in names {
            #expect(
                try Data(contentsOf: directory.appendingPathComponent(name)) == Data(Self.articles[name] ?? []))
        }
        try apply(result.standardOutput, with: command, in: directory)
        for (name, bytes) in zip(names, expected) {
            #expect(try Array(Data(contentsOf: directory.appendingPathComponent(name))) == bytes, "\(name)")
        }
    }

    @Test func theHunksHaveThreeLinesOfContextLikeDiffU() throws {
        let directory = try directory(["a.txt": Self.articles["a.txt"] ?? []])
        let fixedBytes = try fixed("a.txt", in: directory)
        try Data(fixedBytes).write(to: directory.appendingPathComponent("fixed.txt"))
        let result = try CLIRunner.run(["fix", "--diff", "a.txt"], in: directory)
        let reference = try CLIRunner.shell("diff -u a.txt fixed.txt | tail -n +3", in: directory)
        #expect(
            result.standardOutput.split(separator: "\n").dropFirst(2) == reference.output.split(separator: "\n")[...])
    }

    @Test func noCorrectionsMeansAnEmptyDiffAndStatusZero() throws {
        let directory = try directory(["c.txt": Self.articles["c.txt"] ?? []])
        let result = try CLIRunner.run(["fix", "--diff", "c.txt"], in: directory)
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty)
    }

    @Test func aBilingualFileIsDiffedByItsBytes() throws {
        let xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file source-language="en" target-language="es" datatype="plaintext" original="a.txt"><body>
                <trans-unit id="1"><source>Those are non-starters.</source><target>Son no talleres.</target></trans-unit>
              </body></file>
            </xliff>

            """
        let directory = try directory(["a.xlf": Array(xliff.utf8)])
        let expected = try fixed("a.xlf", in: directory)
        let result = try CLIRunner.run(["fix", "--diff", "a.xlf"], in: directory)
        #expect(result.status == 1)
        #expect(
            result.standardOutput.contains(
                "+    <trans-unit id=\"1\"><source>Those are non-starters.</source><target>Son inviables.</target></trans-unit>\n"
            ))
        try apply(result.standardOutput, with: "patch -p1 --quiet", in: directory)
        #expect(try Array(Data(contentsOf: directory.appendingPathComponent("a.xlf"))) == expected)
    }

    @Test func diffCannotBeCombinedWithADestination() throws {
        for extra in [["-o", "x.txt"], ["--in-place"]] {
            let result = try CLIRunner.run(["fix", "--diff", "examples/kim-lavrov.es.txt"] + extra)
            #expect(result.status == 2, "\(extra)")
            #expect(result.standardError.contains("--diff"))
        }
        let several = try CLIRunner.run(["fix", "-o", "-", "examples/kim-lavrov.es.txt", "examples/kim-lavrov.es.txt"])
        #expect(several.status == 2)
    }
}
