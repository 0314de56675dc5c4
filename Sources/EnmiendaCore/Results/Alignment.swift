/// The result of aligning one document against a glossary: its findings, and the
/// document with every finding corrected.
public struct Alignment: Hashable, Sendable {
    /// The document that was checked.
    public var document: TextDocument
    /// The findings, in text order; they never overlap.
    public var findings: [Finding]
    /// The number of words in the document (for rates and scores).
    public var wordCount: Int

    /// Creates an alignment, for example to test a reporter of your own; the engine makes
    /// them with ``Aligner/align(_:source:)``.
    ///
    /// - Precondition: the findings are in text order, do not overlap, and their byte
    ///   ranges lie inside `document.bytes`.
    public init(document: TextDocument, findings: [Finding], wordCount: Int) {
        var end = 0
        for finding in findings {
            precondition(
                finding.byteRange.lowerBound >= end && finding.byteRange.upperBound <= document.bytes.count,
                "findings are in text order, do not overlap and lie inside the document")
            end = finding.byteRange.upperBound
        }
        self.document = document
        self.findings = findings
        self.wordCount = wordCount
    }

    /// The document's bytes with the top suggestion of every finding applied, keeping
    /// the lines: a line break inside a match stays between the same words, or takes the
    /// place of a space beside the correction (see ``unappliedFindings`` for the rare
    /// correction that cannot keep them). Every other byte is kept as it was.
    public var correctedBytes: [UInt8] {
        Corrections.apply(findings.map { ($0.byteRange, $0.topSuggestion) }, to: document.bytes)
    }

    /// The edit that ``correctedBytes`` makes for each finding, in the order of
    /// ``findings``: `nil` for a finding it leaves as it is, because its correction would
    /// join, empty or split lines (a match across line breaks that fills whole lines,
    /// replaced by fewer words than it has lines). The edits never overlap.
    public var edits: [TextEdit?] {
        Corrections.edits(for: findings.map { ($0.byteRange, $0.topSuggestion) }, in: document.bytes)
    }

    /// The findings that ``correctedBytes`` leaves as they are (see ``edits``); they are
    /// still reported.
    public var unappliedFindings: [Finding] {
        zip(findings, edits).compactMap { $1 == nil ? $0 : nil }
    }

    /// The corrected document as a string.
    public var correctedText: String { String(decoding: correctedBytes, as: UTF8.self) }

    /// A sentence that has findings, before and after all of them are corrected.
    public struct CorrectedSentence: Hashable, Sendable {
        /// The sentence as it is in the document.
        public var original: String
        /// The sentence with the top suggestion of each of its findings applied.
        public var corrected: String
        /// The sentence's bytes in the document.
        public var byteRange: Range<Int>
    }

    /// Each sentence that has findings, with all of its findings corrected, in text order.
    public var correctedSentences: [CorrectedSentence] {
        var result: [CorrectedSentence] = []
        var index = 0
        while index < findings.count {
            let range = findings[index].sentenceByteRange
            var fixes: [(Range<Int>, String)] = []
            while index < findings.count && findings[index].sentenceByteRange == range {
                let shifted = findings[index].byteRange.lowerBound - range.lowerBound
                fixes.append((shifted..<shifted + findings[index].byteRange.count, findings[index].topSuggestion))
                index += 1
            }
            let sentence = Array(document.bytes[range])
            result.append(
                CorrectedSentence(
                    original: String(decoding: sentence, as: UTF8.self),
                    corrected: String(
                        decoding: Corrections.apply(fixes, to: sentence, unfit: .writtenAsGiven), as: UTF8.self),
                    byteRange: range))
        }
        return result
    }
}
