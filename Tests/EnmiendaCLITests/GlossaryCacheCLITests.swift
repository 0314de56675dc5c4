import Foundation
import Testing

/// The compiled glossary cache seen from the command line: a second run reads the
/// cache, an edited glossary is seen at once, a CSV's warnings are said on every run,
/// and `ENMIENDA_GLOSSARY_CACHE=off` or an unwritable cache changes nothing but speed.
/// Each test has its own cache directory, and no lexicon (so no lexicon to compile there).
@Suite struct GlossaryCacheCLITests {
    private static let glossary = """
        <glossary xmlns="urn:enmienda:glossary" version="1">
          <entry id="casa-mala" category="terminology" severity="minor">
            <source>bad house</source><wrong>casa mala</wrong><suggestion>casa buena</suggestion>
          </entry>
        </glossary>
        """

    private let root: URL
    private let cache: URL

    init() throws {
        root = try CLIRunner.temporaryDirectory()
        cache = root.appendingPathComponent("cache")
        try Data(Self.glossary.utf8).write(to: root.appendingPathComponent("g.xml"))
        try Data("Una casa mala y una casa fea.\n".utf8).write(to: root.appendingPathComponent("a.txt"))
    }

    private func check(_ arguments: [String], cacheOff: Bool = false) throws -> CLIRunner.Result {
        var environment = ["XDG_CACHE_HOME": cache.path, "ENMIENDA_LEXICON": "off"]
        if cacheOff { environment["ENMIENDA_GLOSSARY_CACHE"] = "off" }
        return try CLIRunner.run(
            ["check", "--no-config", "--stats", "--no-notes"] + arguments, in: root, environment: environment)
    }

    private var cacheFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache.path + "/enmienda")) ?? [])
            .filter { $0.hasPrefix("glossary-") }
    }

    /// Rewrites the glossary at `path` in place to flag “casa fea” instead of “casa mala”:
    /// the same size and the same modification date, so that only the content tells.
    private func editKeepingSizeAndDate(_ path: String) throws {
        let stamp = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate]
        try Data(Self.glossary.replacingOccurrences(of: "casa mala", with: "casa fea").utf8).write(
            to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.modificationDate: stamp as Any], ofItemAtPath: path)
    }

    @Test func theSecondRunReadsTheCacheAndReportsTheSame() throws {
        let first = try check(["--no-builtin", "--glossary", "g.xml", "a.txt"])
        #expect(first.standardError.contains("(cached now)"))
        #expect(cacheFiles.count == 1)
        let second = try check(["--no-builtin", "--glossary", "g.xml", "a.txt"])
        #expect(second.standardError.contains("(from the cache)"))
        #expect(second.standardOutput == first.standardOutput)
        #expect(second.status == first.status)
        let builtIn = try check(["a.txt"])
        #expect(builtIn.standardError.contains("(cached now)"))
        #expect(try check(["a.txt"]).standardError.contains("(from the cache)"))
    }

    @Test func aGlossaryEditedInPlaceIsSeenAtOnce() throws {
        let path = root.appendingPathComponent("g.xml").path
        let before = try check(["--no-builtin", "--glossary", "g.xml", "a.txt"])
        #expect(before.standardOutput.hasPrefix("a.txt:1:5: "))
        try editKeepingSizeAndDate(path)
        let after = try check(["--no-builtin", "--glossary", "g.xml", "a.txt"])
        #expect(after.standardError.contains("(cached now)"))
        #expect(after.standardOutput.hasPrefix("a.txt:1:21: "), "\(after.standardOutput)")
        #expect(!after.standardOutput.contains("a.txt:1:5: "))
    }

    @Test func aSettledGlossaryIsFoundByItsRememberedDigestAndAnEditIsStillSeen() throws {
        let path = root.appendingPathComponent("g.xml").path
        let padding = "<!--" + String(repeating: "x", count: 1_100_000) + "-->\n"
        try Data((padding + Self.glossary).utf8).write(to: root.appendingPathComponent("big.xml"))
        // A file unchanged for a second has its digest remembered by the first run; the
        // second looks the cache up by that digest, without reading the file.
        Thread.sleep(forTimeInterval: 1.2)
        let first = try check(["--no-builtin", "--glossary", "g.xml", "a.txt"])
        #expect(first.standardError.contains("(cached now)"))
        let digests = try String(contentsOfFile: cache.path + "/enmienda/file-digests", encoding: .utf8)
        #expect(digests.split(separator: "\n").count == 2)
        let second = try check(["--no-builtin", "--glossary", "g.xml", "a.txt"])
        #expect(second.standardError.contains("(from the cache)"))
        #expect(second.standardOutput == first.standardOutput)
        #expect(second.status == first.status)
        // A glossary too large for the limit is refused, its digest remembered or not.
        _ = try check(["--no-builtin", "--glossary", "big.xml", "a.txt"])
        let limited = try check(["--no-builtin", "--glossary", "big.xml", "--max-input-size", "1", "a.txt"])
        #expect(limited.status == 2)
        #expect(limited.standardError.contains("big.xml:1:1"), "\(limited.standardError)")
        // Edited in place, same size, modification date put back: seen at once.
        try editKeepingSizeAndDate(path)
        let edited = try check(["--no-builtin", "--glossary", "g.xml", "a.txt"])
        #expect(edited.standardError.contains("(cached now)"))
        #expect(edited.standardOutput.hasPrefix("a.txt:1:21: "), "\(edited.standardOutput)")
    }

    @Test func aDamagedCacheFileIsCompiledAgain() throws {
        _ = try check(["--no-builtin", "--glossary", "g.xml", "a.txt"])
        let name = try #require(cacheFiles.first)
        try Data("damaged".utf8).write(to: cache.appendingPathComponent("enmienda/" + name))
        let again = try check(["--no-builtin", "--glossary", "g.xml", "a.txt"])
        #expect(again.standardError.contains("(cached now)"))
        #expect(again.standardOutput.contains("casa buena"))
    }

    @Test func theWarningsOfATermbaseAreSaidOnEveryRun() throws {
        try Data(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
              <tbxHeader><fileDesc><titleStmt><title>Terms</title></titleStmt>
                <sourceDesc><p>memoQ</p></sourceDesc></fileDesc></tbxHeader>
              <text><body>
                <conceptEntry id="house">
                  <langSec xml:lang="en"><termSec><term>bad house</term></termSec></langSec>
                  <langSec xml:lang="es">
                    <termSec><term>casa mala</term>
                      <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
                    <termSec><term>casa buena</term>
                      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
                  </langSec>
                </conceptEntry>
                <conceptEntry id="ceasefire">
                  <langSec xml:lang="es"><termSec><term>alto el fuego</term></termSec></langSec>
                </conceptEntry>
              </body></text>
            </tbx>
            """.utf8
        ).write(to: root.appendingPathComponent("g.tbx"))
        let first = try check(["--no-builtin", "--glossary", "g.tbx", "a.txt"])
        let second = try check(["--no-builtin", "--glossary", "g.tbx", "a.txt"])
        #expect(second.standardError.contains("(from the cache)"))
        let warnings = { (result: CLIRunner.Result) in
            result.standardError.split(separator: "\n").filter { $0.contains("warning:") }
        }
        #expect(!warnings(first).isEmpty)
        #expect(warnings(second) == warnings(first))
        #expect(second.standardOutput == first.standardOutput)
    }

    @Test func turnedOffOrUnwritableTheCacheChangesNothingButSpeed() throws {
        let off = try check(["--no-builtin", "--glossary", "g.xml", "a.txt"], cacheOff: true)
        #expect(off.standardError.contains("(cache off)"))
        #expect(cacheFiles.isEmpty)
        // A file where the cache directory should be.
        try Data("x".utf8).write(to: cache)
        let unwritable = try check(["--no-builtin", "--glossary", "g.xml", "a.txt"])
        #expect(unwritable.standardError.contains("(not cached: "))
        #expect(unwritable.standardOutput == off.standardOutput)
        #expect(unwritable.status == off.status)
    }

    @Test func concurrentRunsLeaveOneSoundFile() async throws {
        let results = try await withThrowingTaskGroup(of: CLIRunner.Result.self) { group in
            for _ in 0..<3 {
                group.addTask { try self.check(["--glossary", "g.xml", "a.txt"]) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(results.map(\.standardOutput)).count == 1)
        #expect(cacheFiles.count == 1)
        #expect(try check(["--glossary", "g.xml", "a.txt"]).standardError.contains("(from the cache)"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cache.path + "/enmienda")
            .filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    /// Found by the hostile-input review: a cache file that another program cut short
    /// while a run had it mapped (a `cp` over the Spanish lexicon's, which stays mapped
    /// for the whole run) killed the run with SIGBUS, exit status 135 and no word. The
    /// signal now ends it with one line and status 2. (Sent here by hand: a real
    /// truncation lands in a lookup only now and then.)
    @Test func aMappedFileCutShortEndsTheRunWithOneLineAndStatus2() throws {
        let script = """
            mkfifo in
            "$E" check --no-builtin --glossary g.xml - < in > out.txt 2> err.txt &
            child=$!
            exec 3> in
            sleep 1
            kill -BUS "$child"
            wait "$child"
            echo "status $?"
            cat err.txt
            """
        let result = try CLIRunner.shell(script, in: root)
        #expect(result.output.hasPrefix("status 2\n"), "\(result.output)")
        #expect(result.output.contains("was cut short by another program; no output was replaced: run again"))
    }

    /// Found by the hostile-input review: the ids to disable were joined by newlines in
    /// the key, and a CSV id may hold one, so `--disable a --disable b` and `--disable
    /// 'a⏎b'` shared a cache file (the second run checked without `a` and `b`).
    @Test func idsToDisableCountOneByOneInTheKey() throws {
        let csv =
            "id,wrong,suggestion\na,perro verde,gato azul\nb,casa roja,casa azul\n\"a\nb\",libro negro,libro blanco\n"
        try Data(csv.utf8).write(to: root.appendingPathComponent("g.csv"))
        try Data("Un perro verde, una casa roja y un libro negro.\n".utf8).write(
            to: root.appendingPathComponent("t.txt"))
        let both = try check(["--no-builtin", "--glossary", "g.csv", "--disable", "a", "--disable", "b", "t.txt"])
        #expect(both.standardOutput.contains("1 finding"))
        let joined = ["--no-builtin", "--glossary", "g.csv", "--disable", "a\nb", "t.txt"]
        let cached = try check(joined)
        #expect(cached.standardError.contains("(cached now)"))
        #expect(cached.standardOutput == (try check(joined, cacheOff: true)).standardOutput)
        #expect(cached.standardOutput.contains("2 findings"))
    }
}
