import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// The lexicon compiled from the installed apertium-spa-cat (CI installs it) knows
/// irregular and recent verbs, and gives their paradigms.
@Suite struct InstalledLexiconTests {
    private var lexicon: SpanishLexicon? { TestLexicon.loaded.lexicon }

    @Test func theLexiconIsCompiledAndCached() throws {
        let lexicon = try #require(lexicon, "install apertium-spa-cat and lttoolbox-dev (bash .ci/setup tests)")
        #expect(TestLexicon.loaded.cachePath?.hasPrefix(TestLexicon.directory + "/lexicon-") == true)
        #expect(lexicon.formCount > 300_000)
        #expect(lexicon.lemmaCount > 40_000)
        #expect(lexicon.analysisCount > 350_000)
        #expect(lexicon.source.hasPrefix("apertium-spa-cat"))
    }

    @Test func irregularAndRecentVerbsAreAnalysed() throws {
        let lexicon = try #require(lexicon)
        #expect(lexicon.analyses(of: "asumió").map(\.description) == ["asumir<vblex><ifi><p3><sg>"])
        #expect(lexicon.analyses(of: "tuvieron").map(\.lemma).contains("tener"))
        #expect(lexicon.contains("empoderó"))
        #expect(!lexicon.contains("eliminarlo"))
        #expect(!lexicon.contains("xyzzy"))
    }

    @Test func aParadigmHoldsItsIrregularForms() throws {
        let lexicon = try #require(lexicon)
        let forms = lexicon.paradigm(of: "suponer").map(\.form)
        #expect(forms.contains("supuso"))
        #expect(forms.contains("supondrá"))
    }

    @Test func coverageCountsKnownWordsAsWrittenOrLowerCased() throws {
        let lexicon = try #require(lexicon)
        var coverage = LexiconCoverage()
        coverage.add("El gobierno asumió 12 cargos; xyzzy xyzzy Plooft.", lexicon: lexicon)
        #expect(coverage.tokens == 7)
        #expect(coverage.knownTokens == 4)
        #expect(coverage.types.count == 6)
        #expect(coverage.knownTypes == ["El", "gobierno", "asumió", "cargos"])
        #expect(coverage.commonestUnknown(limit: 30).map(\.word) == ["xyzzy", "Plooft"])
        #expect(coverage.commonestUnknown(limit: 1).map(\.count) == [2])
    }
}
