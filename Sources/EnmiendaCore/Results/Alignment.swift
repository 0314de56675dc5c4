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
    public var correctedBytes: [UInt8] { TextEdit.apply(edits, to: document.bytes) }

    /// The edit that ``correctedBytes`` makes for each finding, in the order of
    /// ``findings``: `nil` for a finding it leaves as it is, because its correction would
    /// join, empty or split lines (a match across line breaks that fills whole lines,
    /// replaced by fewer words than it has lines), or because its sentence needs a
    /// ``Finding/manualCheck``. The edits never overlap. A finding that changes words apart
    /// from each other (agreement) has one edit from its first to its last changed byte,
    /// with the bytes between its changes as they were.
    public var edits: [TextEdit?] {
        Self.edits(of: findings[...], in: document.bytes, after: 0, before: document.bytes.count).edits
    }

    /// ``edits`` for some of a document's findings, in text order: those between the end
    /// of the last edit before them (`after`, a byte offset) and the start of the first
    /// replacement after them (`before`), as among all of the document's findings (see
    /// ``Corrections/edits(for:in:after:before:)``); and where their last edit ends.
    package static func edits(
        of findings: ArraySlice<Finding>, in bytes: [UInt8], after: Int, before: Int
    ) -> (edits: [TextEdit?], end: Int) {
        var replacements: [(Range<Int>, String)] = []
        var owners: [Int] = []
        for (index, finding) in zip(0..., findings) where finding.manualCheck == nil {
            for replacement in finding.replacements {
                replacements.append(replacement)
                owners.append(index)
            }
        }
        let (computed, lastEnd) = Corrections.edits(for: replacements, in: bytes, after: after, before: before)
        var result = [TextEdit?](repeating: nil, count: findings.count)
        var position = 0
        while position < computed.count {
            let owner = owners[position]
            var end = position
            while end < computed.count && owners[end] == owner { end += 1 }
            let parts = Array(computed[position..<end])
            if parts.count == 1 {
                result[owner] = parts[0]
            } else if parts.allSatisfy({ $0 != nil }) {
                let pieces = parts.compactMap { $0 }
                var replacement: [UInt8] = []
                for (index, piece) in pieces.enumerated() {
                    if index > 0 {
                        replacement += bytes[pieces[index - 1].byteRange.upperBound..<piece.byteRange.lowerBound]
                    }
                    replacement += piece.replacement
                }
                if let lower = pieces.first?.byteRange.lowerBound, let upper = pieces.last?.byteRange.upperBound {
                    result[owner] = TextEdit(byteRange: lower..<upper, replacement: replacement)
                }
            }
            position = end
        }
        return (result, lastEnd)
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
                for (replaced, text) in findings[index].replacements {
                    let shifted = replaced.lowerBound - range.lowerBound
                    fixes.append((shifted..<shifted + replaced.count, text))
                }
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
