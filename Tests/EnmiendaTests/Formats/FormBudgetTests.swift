import EnmiendaTestSupport
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// A glossary cannot make compiling take time and memory out of proportion to its size:
/// an entry compiles to at most 512 forms, a glossary to at most 500,000 (8 per entry in
/// a larger one), and compiling stops where a limit is passed, located at that entry.
@Suite struct FormBudgetTests {
    @Test func anEntryOverItsLimitStopsCompilingThere() throws {
        // Two {word?} in both numbers: 8 forms, against a limit of 7 per entry.
        let entries = (0..<10).map { Fixtures.entry("e\($0)", wrong: ["zzz\($0) cosa"], suggestions: ["x"]) }
        var big = Fixtures.entry("big", wrong: ["zzz {word?} {word?} cosa"], suggestions: ["x"])
        big.location = SourceLocation(path: "verbs.xml", line: 7, column: 3)
        let glossary = try Glossary(entries: Array(entries[..<4]) + [big] + Array(entries[4...]))
        let budget = FormBudget(entries: 11, entryLimit: 7)
        let variants = VariantExpander(morphology: SpanishRules()).variants(of: glossary, budget: budget)
        let overrun = try #require(budget.overrun)
        #expect(overrun.entryIndex == 4)
        #expect(overrun.forms == 8)
        #expect(overrun.total == nil)
        // The four entries before it, two forms each; nothing after it.
        #expect(variants.count == 8)
        #expect(try VariantExpander(morphology: SpanishRules()).variants(of: glossary).count == 28)
    }

    @Test(arguments: [1, 2])
    func theGlossaryTotalStopsCompiling(concurrency: Int) throws {
        // 100 entries of 4 forms each ({word?}, in both numbers) against a total of 50.
        let entries = (0..<100).map { Fixtures.entry("e\($0)", wrong: ["zzz\($0) {word?} cosa"], suggestions: ["x"]) }
        let glossary = try Glossary(entries: entries)
        let budget = FormBudget(entries: entries.count, limit: 50)
        let variants = VariantExpander(morphology: SpanishRules()).variants(
            of: glossary, concurrency: concurrency, budget: budget)
        let overrun = try #require(budget.overrun)
        #expect(overrun.total == 50)
        #expect(overrun.forms == 4)
        // Every slice stops once the total is passed: what was expanded stays near it.
        #expect(variants.count <= 50)
        let unlimited = VariantExpander(morphology: SpanishRules()).variants(of: glossary, concurrency: concurrency)
        #expect(unlimited.count == 400)
        #expect(budget.isExceeded)
    }

    @Test func theLimitsGrowWithTheGlossary() {
        #expect(FormBudget.maximumForms(entries: 10) == 500_000)
        #expect(FormBudget.maximumForms(entries: 1_000_000) == 8_000_000)
        let budget = FormBudget(entries: 10)
        #expect(budget.spend(512, entryIndex: 0))
        #expect(!budget.spend(513, entryIndex: 1))
        #expect(budget.overrun?.entryIndex == 1)
        #expect(budget.overrun?.total == nil)
    }

    @Test func theBuiltInGlossaryFitsWithRoomToSpare() throws {
        let aligner = try Aligner(compiling: try Glossary.builtIn)
        let formsByEntry = Dictionary(grouping: aligner.compiledVariants, by: \.entryIndex).mapValues(\.count)
        #expect(formsByEntry.values.max() ?? 0 <= FormBudget.maximumFormsPerEntry / 2)
    }
}
