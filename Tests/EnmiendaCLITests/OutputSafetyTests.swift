import Foundation
import Testing

/// No command writes over one of its inputs unless told to (`--in-place`, a glossary edit),
/// and writes through a symbolic link update the file it points to and keep the link.
@Suite struct OutputSafetyTests {
    private static let article = "Las demandas como no talleres.\n"

    private static func workspace() throws -> URL {
        let directory = try CLIRunner.temporaryDirectory()
        try Data(article.utf8).write(to: directory.appendingPathComponent("art.txt"))
        let glossary = CLIRunner.packageRoot.appendingPathComponent("glossaries/news-mt.xml")
        try FileManager.default.copyItem(at: glossary, to: directory.appendingPathComponent("g.xml"))
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("dir"), withIntermediateDirectories: true)
        try Data(article.utf8).write(to: directory.appendingPathComponent("dir/inner.txt"))
        try Data("source text\n".utf8).write(to: directory.appendingPathComponent("en.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("link.txt").path,
            withDestinationPath: "art.txt")
        try FileManager.default.linkItem(
            at: directory.appendingPathComponent("art.txt"), to: directory.appendingPathComponent("hard.txt"))
        let review = try CLIRunner.run(["check", "--format", "xml", "-o", "review.xml", "art.txt"], in: directory)
        #expect(review.status == 1)
        try Data("# rejected\n".utf8).write(to: directory.appendingPathComponent("s.txt"))
        return directory
    }

    /// A snapshot of every file's bytes in `directory`, recursively.
    private static func contents(of directory: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: directory.path)
        while let name = enumerator?.nextObject() as? String {
            let path = directory.appendingPathComponent(name).path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }

    static let overwrites: [[String]] = [
        ["apply", "review.xml", "-o", "art.txt", "--suppressions", "s.txt"],
        ["apply", "review.xml", "-o", "hard.txt", "--suppressions", "s.txt"],
        ["apply", "review.xml", "-o", "review.xml", "--suppressions", "s.txt"],
        ["apply", "review.xml", "-o", "out.txt", "--suppressions", "review.xml"],
        ["check", "art.txt", "-o", "art.txt"], ["check", "art.txt", "-o", "link.txt"],
        ["check", "dir", "-o", "dir/inner.txt"], ["check", "--format", "count", "art.txt", "-o", "hard.txt"],
        ["check", "--no-builtin", "--glossary", "g.xml", "art.txt", "-o", "g.xml"],
        ["check", "--source", "en.txt", "art.txt", "-o", "en.txt"],
        ["check", "--baseline", "review.xml", "art.txt", "-o", "review.xml"],
        ["check", "--suppressions", "s.txt", "art.txt", "-o", "s.txt"],
        ["fix", "art.txt", "-o", "art.txt"], ["fix", "art.txt", "-o", "link.txt"],
        ["fix", "art.txt", "-o", "hard.txt"], ["fix", "--no-builtin", "--glossary", "g.xml", "art.txt", "-o", "g.xml"],
        ["fix", "--no-builtin", "--glossary", "g.xml", "--in-place", "g.xml"],
        ["fix", "--source", "en.txt", "art.txt", "-o", "en.txt"],
        ["glossary", "export", "--no-builtin", "--glossary", "g.xml", "-o", "g.xml"],
        ["glossary", "import", "g.xml", "--glossary", "g.xml"],
    ]

    @Test(arguments: overwrites)
    func anOutputThatIsAnInputIsRefused(_ arguments: [String]) throws {
        let directory = try Self.workspace()
        let before = try Self.contents(of: directory)
        let result = try CLIRunner.run(arguments, in: directory)
        #expect(result.status == 2, "\(arguments)")
        #expect(result.standardError.contains("error: the output is an input file"), "\(result.standardError)")
        #expect(try Self.contents(of: directory) == before, "\(arguments) wrote nothing")
    }

    /// `apply -o` and the suppressions file it writes (that does not exist yet) naming one
    /// file: the rejected findings would replace the corrected article.
    @Test(arguments: [
        ["-o", "new.txt", "--suppressions", "new.txt"], ["-o", "./new.txt", "--suppressions", "dir/../new.txt"],
        ["-o", "dir/s.txt", "--suppressions", "link-dir/s.txt"],
    ])
    func anOutputThatIsTheSuppressionsFileIsRefused(_ arguments: [String]) throws {
        let directory = try Self.workspace()
        try FileManager.default.createSymbolicLink(
            atPath: directory.appendingPathComponent("link-dir").path, withDestinationPath: "dir")
        let before = try Self.contents(of: directory)
        let result = try CLIRunner.run(["apply", "review.xml"] + arguments, in: directory)
        #expect(result.status == 2, "\(arguments)")
        #expect(result.standardError.contains("error: the output is also the file --suppressions writes"))
        #expect(try Self.contents(of: directory) == before, "\(arguments) wrote nothing")
    }

    /// A file redirected to standard input (`- < art.txt`, `--records - < records.jsonl`)
    /// is an input like a file named on the command line.
    static let overwritesThroughStandardInput = [
        "check - -o art.txt < art.txt", "check --format jsonl - -o hard.txt < art.txt", "fix - -o art.txt < art.txt",
        "check --format jsonl --records - -o records.jsonl < records.jsonl",
    ]

    @Test(arguments: overwritesThroughStandardInput)
    func anOutputThatIsStandardInputIsRefused(_ command: String) throws {
        let directory = try Self.workspace()
        try Data("{\"path\": \"a\", \"text\": \"no talleres\"}\n".utf8).write(
            to: directory.appendingPathComponent("records.jsonl"))
        let before = try Self.contents(of: directory)
        let result = try CLIRunner.shell("\"$E\" \(command) 2>&1; echo \"status $?\"", in: directory)
        #expect(result.output.hasSuffix("status 2\n"), "\(command): \(result.output)")
        #expect(result.output.contains("error: the output is an input file (standard input)"), "\(result.output)")
        #expect(try Self.contents(of: directory) == before, "\(command) wrote nothing")
    }

    @Test func writesThroughALinkUpdateTheFileItPointsToAndKeepTheLink() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let manager = FileManager.default
        try manager.createDirectory(at: directory.appendingPathComponent("real"), withIntermediateDirectories: true)
        try Data(Self.article.utf8).write(to: directory.appendingPathComponent("real/art.txt"))
        try manager.createSymbolicLink(
            atPath: directory.appendingPathComponent("link.txt").path, withDestinationPath: "real/art.txt")
        try manager.copyItem(
            at: CLIRunner.packageRoot.appendingPathComponent("glossaries/news-mt.xml"),
            to: directory.appendingPathComponent("real/g.xml"))
        try manager.createSymbolicLink(
            atPath: directory.appendingPathComponent("glink.xml").path,
            withDestinationPath: directory.appendingPathComponent("real/g.xml").path)
        try Data("keep me\n".utf8).write(to: directory.appendingPathComponent("real/other.txt"))
        try manager.createSymbolicLink(
            atPath: directory.appendingPathComponent("olink.txt").path, withDestinationPath: "real/other.txt")
        try Data("no talleres\n".utf8).write(to: directory.appendingPathComponent("in.txt"))
        try manager.createSymbolicLink(
            atPath: directory.appendingPathComponent("new-link.txt").path, withDestinationPath: "real/new.txt")

        #expect(try CLIRunner.run(["fix", "--in-place", "link.txt"], in: directory).status == 0)
        let add = try CLIRunner.run(
            [
                "glossary", "add", "--glossary", "glink.xml", "--source", "symlink test", "--wrong",
                "enlace simbólico roto", "--suggest", "enlace bueno", "--id", "symlink-test",
            ], in: directory)
        #expect(add.status == 0, "\(add.standardError)")
        #expect(try CLIRunner.run(["fix", "in.txt", "-o", "olink.txt"], in: directory).status == 0)
        #expect(try CLIRunner.run(["fix", "in.txt", "-o", "new-link.txt"], in: directory).status == 0)

        for link in ["link.txt", "glink.xml", "olink.txt", "new-link.txt"] {
            let type = try manager.attributesOfItem(atPath: directory.appendingPathComponent(link).path)[.type]
            #expect(type as? FileAttributeType == .typeSymbolicLink, "\(link) is still a link")
        }
        func text(_ name: String) throws -> String {
            try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        }
        #expect(try text("real/art.txt") == "Las demandas como inviables.\n")
        #expect(try text("real/g.xml").contains("id=\"symlink-test\""))
        #expect(try text("real/other.txt") == "inviables\n")
        #expect(try text("real/new.txt") == "inviables\n")
        let left = try manager.contentsOfDirectory(atPath: directory.appendingPathComponent("real").path)
        #expect(Set(left) == ["art.txt", "g.xml", ".g.xml.lock", "other.txt", "new.txt"], "no temporary file left")
    }
}
