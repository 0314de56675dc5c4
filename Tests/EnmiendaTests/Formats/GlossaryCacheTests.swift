import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// A compiled glossary survives its image unchanged, and the cache reads its files back,
/// rebuilds them when the glossary changes or a file is damaged, and still works when it
/// cannot write. Every cache lives in a temporary directory.
@Suite struct GlossaryCacheTests {
    private let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("glossary-cache-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    static let text = """
        Ucrania calificó las demandas como no talleres. El esfuerzo de guerra costó 12,000 dólares \
        y 2.5 millones. Actualmente los ingenieros y técnicos trabajan.
        """

    /// An entry with every field the image keeps.
    static var richEntry: GlossaryEntry {
        var entry = GlossaryEntry(
            id: "rich-entry", sources: ["war effort", "war efforts"], wrongForms: ["esfuerzo de guerra"],
            suggestions: ["esfuerzo bélico", "esfuerzo militar"], category: .terminology, severity: .critical,
            note: "A note.", extensions: ["<x:a xmlns:x=\"urn:x\"/>"],
            extensionAttributes: ["{urn:x}b": "c", "{urn:x}a": "d"],
            location: SourceLocation(path: "g.xml", line: 7, column: 3))
        entry.approvedRenderings = ["esfuerzo militar"]
        entry.forms = [GlossaryForm(wrongForms: ["esfuerzos de guerra"], suggestions: ["esfuerzos bélicos"])]
        entry.context = [ContextRule(kind: .forbid, before: 2, after: 1, phrases: ["de|del", "{number}"])]
        entry.exceptions = ["esfuerzo de guerra fría"]
        entry.inflection = [.number, .gender]
        entry.isAccentSensitive = true
        entry.varieties = [.spain, .mexico]
        entry.examples = [
            GlossaryExample(
                text: "El esfuerzo de guerra.", corrected: "El esfuerzo bélico.",
                location: SourceLocation(path: "g.xml", line: 9, column: 5), markedRange: 3..<21,
                expectedSuggestions: ["esfuerzo bélico"], source: "The war effort."),
            GlossaryExample(
                text: "Bien.", corrected: nil, location: SourceLocation(path: "g.xml", line: 10, column: 5)),
        ]
        return entry
    }

    private func roundTrip(_ aligner: Aligner, warnings: [Diagnostic] = []) throws -> CompiledGlossary {
        let image = try #require(CompiledGlossary(aligner: aligner, warnings: warnings).image())
        return try CompiledGlossary(image: image)
    }

    @Test func theBuiltInGlossaryAlignsTheSameFromItsImage() throws {
        let aligner = Aligner(glossary: try .builtIn)
        let decoded = try roundTrip(aligner)
        #expect(decoded.glossary == aligner.glossary)
        #expect(decoded.variants == aligner.compiledVariants)
        let again = decoded.aligner(options: AlignmentOptions())
        #expect(again.align(TextDocument(Self.text)).findings == aligner.align(TextDocument(Self.text)).findings)
    }

    @Test(arguments: [SpanishVariety.spain, .mexico, .argentina])
    func everyFieldOfAnEntrySurvivesTheImage(variety: SpanishVariety) throws {
        var glossary = try Glossary(overriding: try .builtIn, with: [try Glossary(entries: [Self.richEntry])])
        glossary.title = "Title"
        let aligner = Aligner(glossary: glossary, options: AlignmentOptions(variety: variety))
        let warning = Diagnostic(location: SourceLocation(path: "t.csv", line: 2, column: 1), message: "row left out")
        let decoded = try roundTrip(aligner, warnings: [warning])
        #expect(decoded.glossary == glossary)
        #expect(decoded.glossary.title == "Title")
        #expect(decoded.variety == variety)
        #expect(decoded.warnings == [warning])
        #expect(decoded.variants == aligner.compiledVariants)
        let again = decoded.aligner(options: AlignmentOptions(variety: variety))
        #expect(again.align(TextDocument(Self.text)).findings == aligner.align(TextDocument(Self.text)).findings)
    }

    @Test func aDamagedImageIsAnErrorAtEveryLengthAndEveryByte() throws {
        let aligner = Aligner(glossary: try Glossary(entries: [Self.richEntry]))
        let image = try #require(CompiledGlossary(aligner: aligner, warnings: []).image())
        for length in 0..<image.count {
            #expect(throws: BinaryImageReader.Error.self) { try CompiledGlossary(image: Array(image.prefix(length))) }
        }
        for index in stride(from: 0, to: image.count, by: 3) {
            var damaged = image
            damaged[index] ^= 0x5A
            #expect(throws: BinaryImageReader.Error.self) { try CompiledGlossary(image: damaged) }
        }
        #expect(throws: BinaryImageReader.Error.self) { try CompiledGlossary(image: image + [0, 0, 0, 0]) }
    }

    @Test func randomBytesWithAValidHeaderAreAnError() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var payload = (0..<(4 * Int.random(in: 1...64, using: &generator))).map { _ in
                UInt8.random(in: 0...255, using: &generator)
            }
            // Small numbers, so that counts and indices fall in range now and then.
            for index in stride(from: 0, to: payload.count, by: 4) where Bool.random(using: &generator) {
                payload[index] = UInt8.random(in: 0...3, using: &generator)
                payload[index + 1] = 0
                payload[index + 2] = 0
                payload[index + 3] = 0
            }
            var hash = FastHash()
            hash.combine(payload)
            var image = CompiledGlossary.magic
            withUnsafeBytes(of: UInt64(payload.count).littleEndian) { image.append(contentsOf: $0) }
            withUnsafeBytes(of: hash.value.littleEndian) { image.append(contentsOf: $0) }
            _ = try? CompiledGlossary(image: image + payload)
        }
    }

    /// Reading an image checks its entries without building them (a pass of its own);
    /// decoding an entry later must then never fail. Forged images (one word changed to a
    /// small number, the checksum made again) that the check accepts are decoded whole,
    /// every entry, heading and form: a decoding that fails stops the test process.
    @Test func everyForgedImageTheCheckAcceptsDecodes() throws {
        var rich = Self.richEntry
        rich.extensionAttributes = ["{urn:x}b": "c"]
        var other = rich
        other.id = "other-entry"
        other.context = []
        other.examples = [
            GlossaryExample(
                text: "Otro esfuerzo de guerra.", corrected: nil,
                location: SourceLocation(path: "g.xml", line: 3, column: 1))
        ]
        let aligner = Aligner(glossary: try Glossary(entries: [rich, other]))
        let image = try #require(CompiledGlossary(aligner: aligner, warnings: []).image())
        let header = CompiledGlossary.magic.count + 16
        var generator = SeededGenerator(state: 19)
        var accepted = 0
        for _ in 0..<600 {
            var payload = Array(image[header...])
            let word = 4 * Int.random(in: 0..<(payload.count / 4), using: &generator)
            let value = UInt32.random(in: 0...6, using: &generator)
            withUnsafeBytes(of: value.littleEndian) { payload.replaceSubrange(word..<word + 4, with: $0) }
            var hash = FastHash()
            hash.combine(payload)
            var forged = CompiledGlossary.magic
            withUnsafeBytes(of: UInt64(payload.count).littleEndian) { forged.append(contentsOf: $0) }
            withUnsafeBytes(of: hash.value.littleEndian) { forged.append(contentsOf: $0) }
            guard let read = try? CompiledGlossary(image: forged + payload) else { continue }
            accepted += 1
            for entry in read.glossary.entries { _ = entry.id }
            for index in read.glossary.entries.indices { _ = read.glossary.heading(at: index) }
            _ = read.variants.all
        }
        // Most single-word changes keep an image sound (a line number, a flag): the
        // decodings above ran.
        #expect(accepted > 100)
    }

    private func key(_ bytes: String) -> GlossaryCache.Key {
        var key = GlossaryCache.Key()
        key.add("g.xml")
        key.add(Array(bytes.utf8))
        return key
    }

    private func compile(_ entries: [GlossaryEntry]) throws -> CompiledGlossary {
        CompiledGlossary(aligner: Aligner(glossary: try Glossary(entries: entries)), warnings: [])
    }

    @Test func theFirstLoadCompilesAndTheSecondReadsTheFile() throws {
        let cache = GlossaryCache(directory: root + "/cache")
        var compilations = 0
        let first = try cache.load(key: key("a")) {
            compilations += 1
            return try compile([Self.richEntry])
        }
        #expect(!first.isCached && first.problem == nil)
        let path = try #require(cache.path(for: key("a")))
        #expect(path.hasPrefix(root + "/cache/glossary-") && FileManager.default.fileExists(atPath: path))
        let second = try cache.load(key: key("a")) {
            compilations += 1
            return try compile([Self.richEntry])
        }
        #expect(second.isCached && compilations == 1)
        #expect(second.compiled.glossary == first.compiled.glossary)
    }

    @Test func anotherGlossaryHasAnotherKeyAndIsCompiledAgain() throws {
        let cache = GlossaryCache(directory: root)
        _ = try cache.load(key: key("a")) { try compile([Self.richEntry]) }
        #expect(cache.path(for: key("a")) != cache.path(for: key("b")))
        let other = Fixtures.entry("other", wrong: ["no talleres"], suggestions: ["inviables"])
        let changed = try cache.load(key: key("b")) { try compile([other]) }
        #expect(!changed.isCached)
        #expect(changed.compiled.glossary.entries.map(\.id) == ["other"])
    }

    /// Found by the hostile-input review: a cache file mapped rather than read stopped the
    /// run with SIGBUS when another program cut it short meanwhile (`cp` over it truncates
    /// it first). Read, a file cut short is a short read, refused by its length: the
    /// glossary is compiled again, whatever moment the file is cut at.
    @Test func aCacheFileCutShortAndRewrittenWhileItIsOpenedNeverStopsTheRun() throws {
        let cache = GlossaryCache(directory: root)
        let entries = (0..<1_500).map { Fixtures.entry("e\($0)", wrong: ["palabra\($0) mala"], suggestions: ["buena"]) }
        _ = try cache.load(key: key("a")) { try compile(entries) }
        let path = try #require(cache.path(for: key("a")))
        let whole = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let stopped = StopFlag()
        let cutter = Thread {
            while !stopped.isSet {
                // Cut to nothing, then written again in two halves, as `cp` does.
                let descriptor = open(path, O_WRONLY | O_TRUNC)
                guard descriptor >= 0 else { return }
                for half in [whole.prefix(whole.count / 2), whole.dropFirst(whole.count / 2)] {
                    _ = half.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                }
                close(descriptor)
            }
        }
        cutter.start()
        defer { stopped.set() }
        for _ in 0..<40 {
            if let opened = GlossaryCache.open(path, key: key("a")) {
                #expect(opened.glossary.entries.count == entries.count)
            }
        }
    }

    /// Found by the hostile-input review: a run killed while it wrote a cache file left a
    /// temporary file as large as the image, and only a later write of the same key (the
    /// same glossary) removed it; an edited glossary never writes that key again.
    @Test func aCacheWriteRemovesWhatKilledWritersOfAnyCacheFileLeft() throws {
        let cache = GlossaryCache(directory: root)
        let boot = AtomicFile.bootID
        let dead = [
            "/.glossary-00ff.bin.enmienda-4194303-\(boot)-1",  // above any pid this machine gives out
            "/.lexicon-0a0b.bin.enmienda-4194303-\(boot)-2",
            "/.english-0c0d.bin.enmienda-4194303-\(boot)-3",
        ].map { root + $0 }
        let kept = [
            "/.glossary-00ff.bin.enmienda-\(getpid())-\(boot)-4",  // a writer still running
            "/.glossary-00ff.bin.enmienda-4194303-0123abcd-5",  // another machine's, or boot's
            "/.notes.txt.enmienda-4194303-\(boot)-6",  // not a cache file
        ].map { root + $0 }
        for path in dead + kept { try Data("x".utf8).write(to: URL(fileURLWithPath: path)) }
        _ = try cache.load(key: key("a")) { try compile([Self.richEntry]) }
        #expect(dead.allSatisfy { !FileManager.default.fileExists(atPath: $0) })
        #expect(kept.allSatisfy { FileManager.default.fileExists(atPath: $0) })
    }

    @Test(arguments: ["garbage", "truncated", "empty", "flipped"])
    func aDamagedCacheFileIsCompiledAgainAndReplaced(damage: String) throws {
        let cache = GlossaryCache(directory: root)
        _ = try cache.load(key: key("a")) { try compile([Self.richEntry]) }
        let path = try #require(cache.path(for: key("a")))
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        switch damage {
        case "garbage": bytes = Array("not an image at all".utf8)
        case "truncated": bytes = Array(bytes.prefix(bytes.count / 2))
        case "empty": bytes = []
        default: bytes[bytes.count - 5] ^= 1
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let again = try cache.load(key: key("a")) { try compile([Self.richEntry]) }
        #expect(!again.isCached && again.problem == nil)
        #expect(try cache.load(key: key("a")) { try compile([]) }.isCached)
    }

    /// Found by the hostile-input review: a cache file renamed to another key's name (two
    /// runs' files swapped) gave the other run's glossary, disabled entries and all.
    @Test func aFileIsReadOnlyForItsOwnKey() throws {
        let cache = GlossaryCache(directory: root)
        let other = Fixtures.entry("other", wrong: ["no talleres"], suggestions: ["inviables"])
        _ = try cache.load(key: key("a")) { try compile([Self.richEntry]) }
        _ = try cache.load(key: key("b")) { try compile([other]) }
        let a = try #require(cache.path(for: key("a")))
        let b = try #require(cache.path(for: key("b")))
        #expect(rename(a, root + "/swap") == 0 && rename(b, a) == 0 && rename(root + "/swap", b) == 0)
        let reread = try cache.load(key: key("a")) { try compile([Self.richEntry]) }
        #expect(!reread.isCached)
        #expect(reread.compiled.glossary.entries.map(\.id) == ["rich-entry"])
    }

    /// Two bits flipped in the image where the image's first 64-bit checksum (one multiply
    /// per word) did not see them (the hostile-input review's pair): the checksum that
    /// folds 16 bytes through a 128-bit product does.
    @Test func aFileWithFlippedBitsIsCompiledAgain() throws {
        let cache = GlossaryCache(directory: root)
        _ = try cache.load(key: key("a")) { try compile([Self.richEntry]) }
        let path = try #require(cache.path(for: key("a")))
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let offset = GlossaryCache.fileTag.count + 32 + 24 + 7
        bytes[offset] ^= 0x80
        bytes[offset + 1] ^= 0x10
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(try !cache.load(key: key("a")) { try compile([Self.richEntry]) }.isCached)
    }

    @Test func anUnwritableDirectoryCompilesInMemory() throws {
        let locked = root + "/locked"
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true)
        chmod(locked, 0o500)
        defer { chmod(locked, 0o700) }
        // Root may write anyway; a file in place of the directory stops everyone.
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/file"))
        for directory in [locked + "/enmienda", root + "/file/enmienda"] {
            let cache = GlossaryCache(directory: directory)
            let loaded = try cache.load(key: key("a")) { try compile([Self.richEntry]) }
            #expect(!loaded.isCached)
            #expect(loaded.compiled.glossary.entries.map(\.id) == ["rich-entry"])
        }
        let file = try #require(
            GlossaryCache(directory: root + "/file/enmienda").load(key: key("a")) {
                try compile([Self.richEntry])
            }.problem)
        #expect(!file.isEmpty)
    }

    @Test func concurrentFirstLoadsLeaveASoundFile() async throws {
        let cache = GlossaryCache(directory: root)
        let builtIn = try Glossary.builtIn
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    _ = cache.load(key: self.key("a")) {
                        CompiledGlossary(aligner: Aligner(glossary: builtIn), warnings: [])
                    }
                }
            }
        }
        let loaded = cache.load(key: key("a")) { CompiledGlossary(aligner: Aligner(glossary: .empty), warnings: []) }
        #expect(loaded.isCached)
        #expect(loaded.compiled.glossary == builtIn)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func theEnvironmentChoosesTheDirectoryOrTurnsTheCacheOff() {
        #expect(GlossaryCache(environment: ["XDG_CACHE_HOME": "/x/c", "HOME": "/h"])?.directory == "/x/c/enmienda")
        #expect(GlossaryCache(environment: ["HOME": "/h"])?.directory == "/h/.cache/enmienda")
        #expect(GlossaryCache(environment: ["HOME": "/h", "ENMIENDA_GLOSSARY_CACHE": "off"]) == nil)
    }

    @Test func olderFilesBeyondTheLimitAreRemoved() throws {
        let cache = GlossaryCache(directory: root)
        for index in 0..<(GlossaryCache.maximumFiles + 3) {
            _ = try cache.load(key: key("\(index)")) { try compile([Self.richEntry]) }
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.hasPrefix("glossary-") }
        #expect(files.count == GlossaryCache.maximumFiles)
        #expect(
            FileManager.default.fileExists(
                atPath: try #require(cache.path(for: key("\(GlossaryCache.maximumFiles + 2)")))))
    }
}
