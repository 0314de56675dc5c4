import Foundation
import Testing

/// Issue 13's reproducers for untrusted inputs (scripts 07, 08, 13, 14, field case 12), run
/// as a user would.
@Suite struct UntrustedInputCLITests {
    private func write(_ bytes: [UInt8], _ name: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url
    }

    private func write(_ text: String, _ name: String, in directory: URL) throws -> URL {
        try write(Array(text.utf8), name, in: directory)
    }

    private let glossary = """
        <?xml version="1.0" encoding="UTF-16"?>
        <glossary xmlns="urn:enmienda:glossary" version="1">
          <entry id="x" category="mistranslation" severity="minor">
            <source>x</source>
            <wrong>palabra mala</wrong>
            <suggestion>palabra buena</suggestion>
          </entry>
        </glossary>

        """

    private func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        return bytes
    }

    // MARK: - Script 13: a review file names any path

    private let victimReview = """
        <?xml version="1.0" encoding="UTF-8"?>
        <corrections xmlns="urn:enmienda:corrections" version="1" generator="enmienda 0.1.0">
          <document path="../victim.txt" words="1" findings="1">
            <finding entry="non-starters" category="mistranslation" severity="major" line="1" column="1" byte-offset="0" byte-length="9" char-offset="0" char-length="9" fingerprint="25ca4c21a2e8ec1b">
              <matched>TOPSECRET</matched>
              <message>m</message>
              <source>s</source>
              <suggestion>OVERWRITTEN</suggestion>
              <sentence>TOPSECRET-7f3a</sentence>
              <corrected-sentence>OVERWRITTEN-7f3a</corrected-sentence>
            </finding>
          </document>
        </corrections>
        """

    @Test func aReviewWithAPathOutsideTheDirectoryWritesNothingUnlessTheArticleIsNamed() throws {
        let top = try CLIRunner.temporaryDirectory()
        let victim = try write("TOPSECRET-7f3a\n", "victim.txt", in: top)
        let work = top.appendingPathComponent("work")
        _ = try write(victimReview, "work/review.xml", in: top)
        let refused = try CLIRunner.run(["apply", "review.xml", "--in-place"], in: work)
        #expect(refused.status == 2)
        #expect(
            refused.standardError.hasPrefix(
                "review.xml:3:3: error: the review names the article ‘../victim.txt’, outside the current directory"))
        #expect(try String(contentsOf: victim, encoding: .utf8) == "TOPSECRET-7f3a\n")

        // The user names it: the finding's text and sentence are verified, then it is written.
        let named = try CLIRunner.run(["apply", "review.xml", "--article", "../victim.txt", "-o", "-"], in: work)
        #expect(named.status == 0, "\(named.standardError)")
        #expect(named.standardOutput == "OVERWRITTEN-7f3a\n")
        let other = try write("Nothing of the kind.\n", "other.txt", in: top)
        let wrong = try CLIRunner.run(["apply", "review.xml", "--article", other.path, "-o", "-"], in: work)
        #expect(wrong.status == 2)
        #expect(wrong.standardOutput.isEmpty)
    }

    @Test func aReviewWithoutFindingsDoesNotPrintAnyFile() throws {
        let top = try CLIRunner.temporaryDirectory()
        let secret = try write("TOPSECRET-7f3a\n", "secret.txt", in: top)
        for path in [secret.path, "secret.txt"] {
            let review = """
                <corrections xmlns="urn:enmienda:corrections" version="1">
                  <document path="\(path)" words="1" findings="0">
                  </document>
                </corrections>
                """
            _ = try write(review, "empty-review.xml", in: top)
            let result = try CLIRunner.run(["apply", "empty-review.xml", "-o", "-"], in: top)
            #expect(result.status == 2)
            #expect(result.standardOutput.isEmpty)
            #expect(!result.standardError.contains("TOPSECRET"))
        }
    }

    @Test func aNamedArticleMustBeOneTheReviewNames() throws {
        let directory = try CLIRunner.temporaryDirectory()
        for name in ["a.txt", "b.txt", "c.txt"] { _ = try write("Son no talleres.\n", name, in: directory) }
        let export = try CLIRunner.run(["check", "--format", "xml", "a.txt", "b.txt"], in: directory)
        _ = try write(export.standardOutput, "review.xml", in: directory)
        let unused = try CLIRunner.run(["apply", "review.xml", "--in-place", "--article", "c.txt"], in: directory)
        #expect(unused.status == 2)
        #expect(unused.standardError.contains("--article c.txt is none of the articles the review names"))
        #expect(
            try String(contentsOf: directory.appendingPathComponent("a.txt"), encoding: .utf8) == "Son no talleres.\n")
        let applied = try CLIRunner.run(["apply", "review.xml", "--in-place", "--article", "./b.txt"], in: directory)
        #expect(applied.status == 0, "\(applied.standardError)")
        for name in ["a.txt", "b.txt"] {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            #expect(text == "Son inviables.\n")
        }
    }

    @Test func applyHelpNamesTheArticleOption() throws {
        let help = try CLIRunner.run(["apply", "--help"])
        #expect(help.standardOutput.contains("--article <path>"))
        #expect(help.standardOutput.contains("--max-input-size <mb>"))
    }

    // MARK: - Script 07: UTF-16 glossaries

    @Test(arguments: [false, true])
    func utf16GlossariesWithAByteOrderMarkAreReadEverywhere(_ bigEndian: Bool) throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = try write(utf16(glossary, bigEndian: bigEndian), "g16.xml", in: directory)
        let article = try write("Una palabra mala.\n", "a.txt", in: directory)
        let validate = try CLIRunner.run(["glossary", "validate", "--no-builtin", "--glossary", file.path])
        #expect(validate.status == 0, "\(validate.standardError)")
        let check = try CLIRunner.run(["check", "--no-builtin", "--glossary", file.path, article.path])
        #expect(check.status == 1, "\(check.standardError)")
        #expect(check.standardOutput.contains("[x]"))
        let imported = directory.appendingPathComponent("new.xml")
        let result = try CLIRunner.run(["glossary", "import", file.path, "--glossary", imported.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try String(contentsOf: imported, encoding: .utf8).contains("<wrong>palabra mala</wrong>"))
    }

    @Test func utf32GlossariesAreRefusedByName() throws {
        let directory = try CLIRunner.temporaryDirectory()
        var bytes: [UInt8] = [0xFF, 0xFE, 0x00, 0x00]
        for scalar in glossary.unicodeScalars {
            bytes += (0..<4).map { UInt8((scalar.value >> (8 * UInt32($0))) & 0xFF) }
        }
        let file = try write(bytes, "g32.xml", in: directory)
        for arguments in [
            ["glossary", "validate", "--no-builtin", "--glossary", file.path],
            ["glossary", "import", file.path, "--glossary", "n.xml"],
        ] {
            let result = try CLIRunner.run(arguments, in: directory)
            #expect(result.status == 2)
            #expect(
                result.standardError
                    == "\(file.path):1:1: error: the file is UTF-32LE: Enmienda reads XML in UTF-8 or UTF-16 only\n")
        }
    }

    // MARK: - Scripts 08 and 14: bounded work

    @Test func anElementWithManyAttributesIsRefused() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let attributes = (0..<200_000).map { " a\($0)=\"v\"" }.joined()
        let file = try write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<glossary xmlns=\"urn:enmienda:glossary\" version=\"1\""
                + attributes + ">\n</glossary>\n", "g.xml", in: directory)
        let result = try CLIRunner.run(["glossary", "validate", "--no-builtin", "--glossary", file.path])
        #expect(result.status == 2)
        #expect(result.standardError == "\(file.path):2:1: error: too many attributes: an element has more than 1000\n")
    }

    @Test func aFileOverTheSizeLimitIsRefusedAndTheLimitCanBeRaised() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let entries = (0..<12_000).map {
            "  <entry id=\"e\($0)\" category=\"style\" severity=\"minor\"><source>s</source><wrong>mal\($0)</wrong><suggestion>bien</suggestion></entry>\n"
        }.joined()
        let file = try write(
            "<glossary xmlns=\"urn:enmienda:glossary\" version=\"1\">\n\(entries)</glossary>\n", "big.xml",
            in: directory)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
        #expect(size > 1_000_000)
        let refused = try CLIRunner.run([
            "glossary", "validate", "--max-input-size", "1", "--no-builtin", "--glossary", file.path,
        ])
        #expect(refused.status == 2)
        #expect(
            refused.standardError.hasPrefix(
                "\(file.path):1:1: error: the file is \(size) bytes, more than the 1000000 bytes allowed"))
        let raised = try CLIRunner.run([
            "glossary", "validate", "--max-input-size", "2", "--no-builtin", "--glossary", file.path,
        ])
        #expect(raised.status == 0, "\(raised.standardError)")
        let imported = try CLIRunner.run(
            ["glossary", "import", "--max-input-size", "1", file.path, "--glossary", "n.xml"], in: directory)
        #expect(imported.status == 2)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("n.xml").path))
    }

    @Test func glossaryEditsRefuseAGlossaryOverTheDefaultLimitUnread() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("huge.xml")
        // A sparse file: 300 MB by its size, nothing on the disk.
        FileManager.default.createFile(atPath: file.path, contents: Data("<glossary".utf8))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 300_000_000)
        try handle.close()
        let result = try CLIRunner.run([
            "glossary", "add", "--glossary", file.path, "--source", "s", "--wrong", "mala cosa", "--suggest", "buena",
        ])
        #expect(result.status == 2)
        #expect(result.standardError.contains("more than the 256000000 bytes allowed"))
    }

    @Test func theHTMLPageHoldsALongNoteOncePerEntry() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let note = String(repeating: "nota ", count: 200_000)
        let file = try write(
            """
            <glossary xmlns="urn:enmienda:glossary" version="1">
              <entry id="x" category="mistranslation" severity="minor">
                <source>x</source><wrong>palabra mala</wrong><suggestion>palabra buena</suggestion>
                <note>\(note)</note>
              </entry>
            </glossary>
            """, "g1m.xml", in: directory)
        let article = try write(String(repeating: "Una palabra mala. ", count: 200) + "\n", "a.txt", in: directory)
        let page = directory.appendingPathComponent("out.html")
        let result = try CLIRunner.run(
            ["check", "--no-builtin", "--glossary", file.path, "--format", "html", "-o", page.path, article.path])
        #expect(result.status == 1, "\(result.standardError)")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: page.path)[.size] as? Int)
        // Script 14 made 400 MB of it: the note is 1 MB, the article 3.6 KB.
        #expect(size < 1_000_000 + 500_000)
    }

    // MARK: - Symlinked article directories

    @Test func aSymlinkedDirectoryIsCheckedLikeADirectory() throws {
        let directory = try CLIRunner.temporaryDirectory()
        _ = try write("Son no talleres.\n", "real/a.txt", in: directory)
        let link = directory.appendingPathComponent("articles")
        try FileManager.default.createSymbolicLink(
            at: link, withDestinationURL: directory.appendingPathComponent("real"))
        try FileManager.default.createSymbolicLink(
            at: directory.appendingPathComponent("real/loop"), withDestinationURL: directory)
        let result = try CLIRunner.run(["check", "--format", "count", "articles"], in: directory)
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("articles/a.txt: 1 finding"))
        #expect(!result.standardOutput.contains("total"))
    }

    /// 2,000 such entries compiled for 26 s into 2 GB; one is now refused where it is
    /// written, before the rest are compiled, by check and by glossary validate.
    @Test func aGlossaryWhoseFormsMultiplyIsRefusedAtTheEntry() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let entries = (0..<2_000).map { index in
            """
              <entry id="e\(index)" category="mistranslation" severity="major" inflect="number gender">
                <source>take</source>
                <wrong>tomar {word?} {word?} {word?} {word?} {number} {words} cosa\(index)</wrong>
                <suggestion>tener {number} cosa</suggestion>
              </entry>
            """
        }
        let glossary = """
            <?xml version="1.0" encoding="UTF-8"?>
            <glossary xmlns="urn:enmienda:glossary" version="1">
            \(entries.joined(separator: "\n"))
            </glossary>
            """
        _ = try write(glossary, "g.xml", in: directory)
        _ = try write("Hay que tomar 3 cosas.\n", "a.txt", in: directory)
        for arguments in [["check", "--glossary", "g.xml", "a.txt"], ["glossary", "validate", "--glossary", "g.xml"]] {
            let result = try CLIRunner.run(arguments, in: directory)
            #expect(result.status == 2, "\(arguments)")
            #expect(
                result.standardError.contains("g.xml:3:3: error: entry 'e0' compiles to 864 forms"),
                "\(result.standardError)")
        }
    }
}
