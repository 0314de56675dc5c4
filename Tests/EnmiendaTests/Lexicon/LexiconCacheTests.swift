import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// The cache compiles once, opens its file afterwards, rebuilds a damaged file, and
/// warns instead of failing when the analyser or `lt-print` is missing. Its `lt-print`
/// here is `cat`, and its analyser a small AT&T text.
@Suite struct LexiconCacheTests {
    private let root: String
    private let analyser: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-cache-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        analyser = root + "/spa.att"
        try Data(ATTTransducerTests.sample.utf8).write(to: URL(fileURLWithPath: analyser))
    }

    private func cache(directory: String? = nil, ltPrint: String? = "/bin/cat") -> LexiconCache {
        LexiconCache(analyserPath: analyser, directory: directory ?? root + "/cache", ltPrintPath: ltPrint)
    }

    private func load(_ cache: LexiconCache, rebuild: Bool = false) -> (LexiconCache.Loaded, [LexiconCache.Notice]) {
        var notices: [LexiconCache.Notice] = []
        let loaded = cache.load(rebuild: rebuild) { notices.append($0) }
        return (loaded, notices)
    }

    @Test func theFirstLoadCompilesIntoTheCacheAndTheSecondOpensIt() throws {
        let (first, notices) = load(cache())
        #expect(first.compiled)
        #expect(notices.map(\.kind) == [.compiling, .compiled])
        #expect(notices.first?.message.contains("compiling the Spanish lexicon") == true)
        let path = try #require(first.cachePath)
        #expect(path.hasPrefix(root + "/cache/lexicon-") && path.hasSuffix(".bin"))
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(first.lexicon?.analyses(of: "asumió").map(\.description) == ["asumir<vblex><ifi><p3><sg>"])
        #expect(first.lexicon?.contains("asumirlo") == false)

        let (second, quiet) = load(cache())
        #expect(!second.compiled)
        #expect(quiet.isEmpty)
        #expect(second.cachePath == path)
        #expect(second.lexicon?.analyses(of: "casa").map(\.description) == ["casa<n><f><sg>"])
    }

    @Test func rebuildCompilesAgainOverASoundFile() {
        _ = load(cache())
        let (again, notices) = load(cache(), rebuild: true)
        #expect(again.compiled)
        #expect(notices.map(\.kind) == [.compiling, .compiled])
        #expect(again.lexicon?.contains("casa") == true)
    }

    /// Found by the hostile-input review: glossaries compiled with a damaged lexicon were
    /// still read from their cache after the lexicon was compiled again, since the
    /// lexicon was named by its file's name alone. A load now says which file it mapped,
    /// and a file compiled again is another file.
    @Test func aLoadSaysWhichFileItMappedAndARebuildIsAnotherFile() throws {
        let (first, _) = load(cache())
        let path = try #require(first.cachePath)
        #expect(first.cacheFile == FileDigests.Status(path: path))
        let (opened, _) = load(cache())
        #expect(!opened.compiled && opened.cacheFile == first.cacheFile)
        let (rebuilt, _) = load(cache(), rebuild: true)
        #expect(rebuilt.cachePath == path && rebuilt.cacheFile == FileDigests.Status(path: path))
        #expect(rebuilt.cacheFile != first.cacheFile)
        #expect(
            LexiconCache(analyserPath: analyser, directory: nil, ltPrintPath: "/bin/cat").load { _ in }.cacheFile == nil
        )
    }

    @Test(arguments: ["garbage", "truncated", "empty"])
    func aDamagedCacheFileIsRebuilt(damage: String) throws {
        let (first, _) = load(cache())
        let path = try #require(first.cachePath)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let damaged: Data =
            switch damage {
            case "garbage": Data("not a lexicon at all, not even close".utf8)
            case "truncated": bytes.prefix(bytes.count / 2)
            default: Data()
            }
        try damaged.write(to: URL(fileURLWithPath: path))
        let (second, notices) = load(cache())
        #expect(second.compiled)
        #expect(notices.map(\.kind) == [.compiling, .compiled])
        #expect(second.lexicon?.contains("asumió") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func anotherAnalyserHasAnotherKey() throws {
        let (first, _) = load(cache())
        let path = try #require(first.cachePath)
        try Data((ATTTransducerTests.sample + "\n").utf8).write(to: URL(fileURLWithPath: analyser))
        let (second, notices) = load(cache())
        #expect(second.compiled)
        #expect(notices.map(\.kind) == [.compiling, .compiled])
        #expect(second.cachePath != path)
        // The older file is removed once the new one is in place.
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aMissingAnalyserGivesNoLexiconAndAWarningNamingThePackages() {
        let missing = LexiconCache(
            analyserPath: root + "/absent.bin", directory: root + "/cache", ltPrintPath: "/bin/cat")
        let (loaded, notices) = load(missing)
        #expect(loaded.lexicon == nil)
        #expect(notices.count == 1)
        let notice = notices.first
        #expect(notice?.kind == .warning)
        for words in ["apertium-spa-cat", "lttoolbox-dev", "verb entries only in the forms they list"] {
            #expect(notice?.message.contains(words) == true)
        }
        #expect(notice?.description.hasPrefix("warning: ") == true)
    }

    @Test func aMissingLTPrintWarnsWithoutACacheAndIsNotNeededWithOne() {
        var noTool = cache(ltPrint: nil)
        noTool.searchPath = root + "/no-such-directory"
        let (none, notices) = load(noTool)
        #expect(none.lexicon == nil)
        #expect(notices.map(\.kind) == [.warning])
        #expect(notices.first?.message.contains("lttoolbox-dev") == true)

        _ = load(cache())
        let (cached, quiet) = load(noTool)
        #expect(cached.lexicon?.contains("casa") == true)
        #expect(quiet.isEmpty)
    }

    @Test func aFailingLTPrintWarnsAndGivesNoLexicon() {
        let (loaded, notices) = load(cache(ltPrint: "/bin/false"))
        #expect(loaded.lexicon == nil)
        #expect(notices.map(\.kind) == [.compiling, .warning])
    }

    @Test func anUnwritableCacheDirectoryCompilesInMemoryAndWarns() throws {
        // A directory under a regular file can be neither created nor written, even by root.
        try Data("file".utf8).write(to: URL(fileURLWithPath: root + "/file"))
        let (loaded, notices) = load(cache(directory: root + "/file/cache"))
        #expect(loaded.lexicon?.contains("asumió") == true)
        #expect(loaded.cachePath == nil)
        #expect(notices.map(\.kind) == [.compiling, .warning, .compiled])
        #expect(notices[1].message.contains("compiled again at each run") == true)
        #expect(notices.last?.message.hasSuffix("in memory") == true)
    }

    @Test func aLinkOrAFIFOInPlaceOfTheCacheFileIsNeitherFollowedNorWaitedOn() throws {
        let directory = root + "/links"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let victim = root + "/victim.txt"
        try Data("precious".utf8).write(to: URL(fileURLWithPath: victim))
        let linked = cache(directory: directory)
        let path = try #require(linked.cachePath(forAnalyser: try FileInput.readBytes(atPath: analyser)))
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: victim)
        let (loaded, notices) = load(linked)
        #expect(loaded.lexicon?.contains("casa") == true)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
        #expect(notices.contains { $0.kind == .warning && $0.message.contains("not a regular file") })
        try FileManager.default.removeItem(atPath: path)
        #expect(mkfifo(path, 0o600) == 0)
        let (fromFIFO, _) = load(linked)
        #expect(fromFIFO.lexicon?.contains("casa") == true)
    }

    @Test func anAnalyserThatIsNoRegularFileIsRefused() {
        let (loaded, notices) = load(
            LexiconCache(analyserPath: "/dev/zero", directory: root + "/cache", ltPrintPath: "/bin/cat"))
        #expect(loaded.lexicon == nil)
        #expect(notices.first?.message.contains("not a regular file") == true)
    }

    @Test func noDirectoryKeepsTheLexiconInMemoryQuietly() {
        let memory = LexiconCache(analyserPath: analyser, directory: nil, ltPrintPath: "/bin/cat")
        let (loaded, notices) = load(memory)
        #expect(loaded.lexicon?.contains("casa") == true)
        #expect(loaded.cachePath == nil)
        #expect(notices.map(\.kind) == [.compiling, .compiled])
    }

    @Test func concurrentFirstLoadsCompileOnceAndAllGetTheLexicon() async {
        let shared = cache()
        let results = await withTaskGroup(of: (Bool, Bool).self) { group in
            for _ in 0..<6 {
                group.addTask {
                    let loaded = shared.load { _ in }
                    return (loaded.compiled, loaded.lexicon?.contains("casa") == true)
                }
            }
            var all: [(Bool, Bool)] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.filter { $0.0 }.count == 1)
        #expect(results.allSatisfy { $0.1 })
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/cache")) ?? []
        #expect(names.filter { $0.hasPrefix("lexicon-") }.count == 1)
        #expect(!names.contains { $0.contains(".enmienda-") })
    }

    @Test func theEnvironmentChoosesTheAnalyserAndTheDirectoryOrDisablesTheLexicon() {
        #expect(LexiconCache(environment: ["ENMIENDA_LEXICON": "off", "HOME": "/home/a"]) == nil)
        let xdg = LexiconCache(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/a"])
        #expect(xdg?.directory == "/x/cache/enmienda")
        #expect(xdg?.analyserPath == LexiconCache.defaultAnalyserPath)
        let home = LexiconCache(environment: ["HOME": "/home/a", "ENMIENDA_APERTIUM_SPA": "/opt/spa.bin"])
        #expect(home?.directory == "/home/a/.cache/enmienda")
        #expect(home?.analyserPath == "/opt/spa.bin")
        #expect(LexiconCache(environment: [:])?.directory == nil)
        #expect(
            LexiconCache(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/h"])?.directory == "/h/.cache/enmienda")
    }

    @Test func theKeyDependsOnTheBytesAndIsSixteenHexDigits() throws {
        let path = try #require(cache().cachePath(forAnalyser: [1, 2, 3]))
        let name = URL(fileURLWithPath: path).lastPathComponent
        #expect(name.count == "lexicon-".count + 16 + ".bin".count)
        #expect(cache().cachePath(forAnalyser: [1, 2, 4]) != path)
        #expect(cache().cachePath(forAnalyser: [1, 2, 3]) == path)
    }
}
