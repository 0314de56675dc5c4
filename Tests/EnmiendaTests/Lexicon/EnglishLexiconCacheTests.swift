import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// The English lexicon compiled from the installed wamerican, apertium-eng-spa and
/// hunspell-es (CI installs them), cached beside the Spanish lexicon, and the check run
/// with it on real text.
@Suite struct EnglishLexiconCacheTests {
    private static let english: EnglishLexicon? = EnglishLexiconCache(directory: TestLexicon.directory).load(
        spanish: TestLexicon.loaded.lexicon
    ) { _ in }

    private func installed() throws -> EnglishLexicon {
        try #require(Self.english, "install wamerican, apertium-eng-spa and hunspell-es (bash .ci/setup tests)")
    }

    @Test func theListKeepsEnglishWordsAndLeavesSpanishOnesOut() throws {
        let english = try installed()
        #expect(english.wordCount > 50_000)
        for word in ["shortfall", "crackdown", "bailout", "bailouts"] { #expect(english.contains(word), "\(word)") }
        for word in ["tren", "red", "once", "sin", "pan", "internet", "software", "marketing", "boston"] {
            #expect(!english.contains(word), "\(word)")
        }
        #expect(english.translations(of: "bailout") == ["rescate"])
        #expect(english.translations(of: "shortfall") == ["déficit"])
        #expect(english.source.hasPrefix("wamerican, apertium-eng-spa, hunspell-es"))
    }

    @Test func theIssueExamplesAreFlaggedOnRealLists() throws {
        var options = AlignmentOptions(morphology: SpanishMorphology(lexicon: TestLexicon.loaded.lexicon))
        options.englishLexicon = try installed()
        let aligner = Aligner(glossary: try Glossary(entries: []), options: options)
        let text =
            "Los stakeholders criticaron el shortfall del presupuesto. El Gobierno prepara un bailout y una crackdown contra la evasión fiscal."
        let found = aligner.align(TextDocument(text)).findings
        #expect(found.map(\.matchedText) == ["stakeholders", "shortfall", "bailout", "crackdown"])
        #expect(found.map(\.topSuggestion) == ["stakeholders", "déficit", "rescate", "crackdown"])
        let spanish = aligner.align(
            TextDocument("El tren de la red llega a las once sin pan; internet, el software y el marketing lo cuentan.")
        )
        #expect(spanish.findings.isEmpty)
    }

    @Test func theCacheIsWrittenOnceAndReadAfter() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "enmienda-english-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let cache = EnglishLexiconCache(spellingPath: nil, directory: directory)
        var notices: [LexiconCache.Notice] = []
        let first = cache.load(spanish: nil) { notices.append($0) }
        #expect(first != nil)
        #expect(notices.map(\.kind) == [.compiling])
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("english-") }
        #expect(files.count == 1)
        notices.removeAll()
        let second = cache.load(spanish: nil) { notices.append($0) }
        #expect(notices.isEmpty)
        #expect(second?.wordCount == first?.wordCount)
    }

    @Test func aLinkInPlaceOfTheCacheFileIsNeitherReadNorWrittenThrough() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "enmienda-english-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let cache = EnglishLexiconCache(spellingPath: nil, directory: directory)
        _ = cache.load(spanish: nil) { _ in }
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: directory).first { $0.hasPrefix("english-") })
        let path = directory + "/" + name
        let target = directory + "/target"
        try FileManager.default.moveItem(atPath: path, toPath: target)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
        let before = try Data(contentsOf: URL(fileURLWithPath: target))
        var notices: [LexiconCache.Notice] = []
        #expect(cache.load(spanish: nil) { notices.append($0) } != nil)
        #expect(notices.map(\.kind) == [.compiling, .warning])
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == before)
        let status = try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
        #expect(status == .typeSymbolicLink)
    }

    @Test func withoutTheWordListThereIsNoLexiconAndOneWarning() {
        let cache = EnglishLexiconCache(wordListPath: "/nonexistent/american-english", directory: nil)
        var notices: [LexiconCache.Notice] = []
        #expect(cache.load(spanish: nil) { notices.append($0) } == nil)
        #expect(notices.count == 1)
        #expect(notices.first?.kind == .warning)
        #expect(notices.first?.message.contains("install the Debian package wamerican") == true)
    }

    @Test func theEnvironmentTurnsTheCheckOffOrNamesOtherFiles() {
        #expect(EnglishLexiconCache(environment: ["ENMIENDA_UNTRANSLATED": "off"]) == nil)
        let cache = EnglishLexiconCache(environment: [
            "ENMIENDA_ENGLISH_WORDS": "/tmp/words", "ENMIENDA_HUNSPELL_ES": "off", "XDG_CACHE_HOME": "/tmp/c",
        ])
        #expect(cache?.wordListPath == "/tmp/words")
        #expect(cache?.spellingPath == nil)
        #expect(cache?.bilingualPath == EnglishLexiconCache.defaultBilingualPath)
        #expect(cache?.directory == "/tmp/c/enmienda")
    }
}
