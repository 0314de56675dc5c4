/// One byte per compiled form saying which of the scan's tests can turn an occurrence of
/// it down, so that most occurrences pass without reading their form or their entry.
///
/// With a large glossary the forms and entries are megabytes read in no order: reading
/// one to learn that it sets no condition costs a cache miss per occurrence, more than
/// the test. Most forms set none (no source to check, no context rule or exception, no
/// case or accent to match, no verb to read); their occurrences are screened by this
/// byte alone.
struct VariantScreen: Sendable {
    /// The tests a form's occurrences need.
    struct Tests: OptionSet, Sendable {
        let rawValue: UInt8

        /// Its entry fires only where the English source names it (``SourceGate``).
        static let source = Tests(rawValue: 1)
        /// Its entry's context rules, exceptions, case or accents, or a first word that
        /// must read as a verb (``ContextFilter``).
        static let context = Tests(rawValue: 2)
        /// Its entry matches case: an occurrence never runs over a sentence start
        /// (``SegmentBounds``).
        static let caseSensitive = Tests(rawValue: 4)
    }

    private let tests: [Tests]

    /// The tests of each form, from the index of its entry (`entryIndices`), whether it
    /// starts with a verb (`startsWithVerb`), the conditions `filter` compiled and the
    /// entries that need the source (`sourceTerms`, by entry index, as ``SourceGate``
    /// takes them).
    ///
    /// - Complexity: O(number of forms).
    init(entryIndices: [Int], startsWithVerb: [Bool], filter: ContextFilter, sourceTerms: [[[String]]?]) {
        tests = zip(entryIndices, startsWithVerb).map { entry, startsWithVerb in
            var tests: Tests = []
            if entry < sourceTerms.count, sourceTerms[entry] != nil { tests.insert(.source) }
            if startsWithVerb || filter.hasConditions(entry) { tests.insert(.context) }
            if filter.isCaseSensitive(entry) { tests.insert(.caseSensitive) }
            return tests
        }
    }

    /// The tests that the occurrences of the variant at `index` need.
    func tests(of index: Int) -> Tests { tests[index] }
}
