// The JSON and text reporters as they were before they wrote into an ``OutputBuffer``:
// a tree of values per match, then one `String`. Kept only to check that the streaming
// reporters write the same bytes.

@testable import Enmienda
@testable import EnmiendaCore

/// Writes findings the way a compiler writes diagnostics, for people at a terminal.
///
/// ```text
/// examples/kim-lavrov.es.txt:5:40: major: “no talleres” mistranslates “non-starters” [non-starters]
///     Ucrania ha criticado las demandas como no talleres, acusando a Moscú de querer…
///                                            ^~~~~~~~~~~
///     suggestion: inviables (also: inaceptables)
///     corrected: Ucrania ha criticado las demandas como inviables, acusando a Moscú…
/// ```
///
/// A finding in a bilingual file adds its segment's id, its offset in the segment's text
/// (UTF-8 bytes) and the source segment: `segment: 1, byte 4; source: Those are non-starters.`
///
/// The report ends with a summary line and the MQM-style quality score. Colour (ANSI escapes) is used only when asked.
struct ReferenceTextReporter {
    /// Whether to colour the output with ANSI escape sequences.
    var colored: Bool
    /// Whether to print each entry's explanatory note.
    var showsNotes: Bool
    /// The penalties of the quality score on the last line.
    var weights: QualityScore.Weights
    /// How many findings to show before the summary (`nil`: all; `0`: only the summary).
    var maxFindings: Int?

    /// Creates a reporter.
    init(
        colored: Bool = false, showsNotes: Bool = true, weights: QualityScore.Weights = .standard,
        maxFindings: Int? = nil
    ) {
        self.colored = colored
        self.showsNotes = showsNotes
        self.weights = weights
        self.maxFindings = maxFindings
    }

    /// One diagnostic per finding (`path:line:column: severity: message [id]`, the line
    /// with the span underlined, suggestions, corrected sentence, note), then the summary.
    func report(_ alignments: [Alignment]) -> String {
        var output = ""
        var shown = 0
        let total = alignments.reduce(0) { $0 + $1.findings.count }
        documents: for alignment in alignments where !alignment.findings.isEmpty {
            let lines = LineIndex(alignment.document.bytes)
            let edits = alignment.edits
            for (finding, edit) in zip(alignment.findings, edits) {
                if let maxFindings, shown >= maxFindings { break documents }
                output += diagnostic(for: finding, in: alignment.document, lines: lines, applies: edit != nil)
                shown += 1
            }
        }
        if shown < total && shown > 0 {
            output += "… \(total - shown) more \(total - shown == 1 ? "finding" : "findings") not shown\n"
        }
        let summary = Summary(alignments, weights: weights)
        output += summary.line + "\n" + summary.qualityLine + "\n"
        return output
    }

    private func diagnostic(for finding: Finding, in document: TextDocument, lines: LineIndex, applies: Bool)
        -> String
    {
        // Every piece of text from the article or the glossary goes through TerminalText.
        let shown = TerminalText.escaped
        let severity = paint(finding.severity.rawValue, Self.colour(of: finding.severity))
        var text =
            paint("\(shown(finding.location.description)):", "1")
            + " \(severity): \(shown(finding.message)) [\(shown(finding.entryID))]\n"
        let (excerpt, underline) = Self.excerpt(of: finding, in: document, lines: lines)
        text += "    \(excerpt)\n"
        text += "    \(paint(underline, "32"))\n"
        if let segment = finding.segment {
            let source = segment.source.map { "; source: \(shown(Self.clipped($0.collapsingWhitespace())))" } ?? ""
            text += "    segment: \(shown(segment.id)), byte \(segment.byteOffset)\(source)\n"
        }
        let others = finding.suggestions.dropFirst().map(shown)
        let also = others.isEmpty ? "" : " (also: \(others.joined(separator: ", ")))"
        text += "    suggestion: \(paint(shown(finding.topSuggestion), "32"))\(also)\n"
        text += "    corrected: \(shown(finding.correctedSentence.collapsingWhitespace()))\n"
        if let reason = finding.manualCheck {
            text += "    fix: left for a manual edit (the sentence needs a manual check: \(shown(reason)))\n"
        } else if !applies {
            text += "    fix: left for a manual edit (the suggestion has no room for the match's line breaks)\n"
        }
        if showsNotes, let note = finding.note { text += "    note: \(shown(NoteExcerpt.of(note)))\n" }
        return text
    }

    /// `text` cut to 200 characters, with an ellipsis when cut.
    static func clipped(_ text: String) -> String {
        text.count <= 200 ? text : String(text.prefix(199)) + "…"
    }

    /// The line of the finding (cut around the match when long) and the underline.
    static func excerpt(of finding: Finding, in document: TextDocument, lines: LineIndex) -> (String, String) {
        let bytes = document.bytes
        let line = lines.lineNumber(containing: finding.byteRange.lowerBound)
        let lineRange = lines.contentRange(ofLine: line, in: bytes)
        // Decode only a few hundred bytes around the match, however long the line.
        var low = max(lineRange.lowerBound, finding.byteRange.lowerBound - 400)
        while low > lineRange.lowerBound && UTF8.isContinuation(bytes[low]) { low -= 1 }
        var high = min(lineRange.upperBound, max(finding.byteRange.upperBound, low) + 400)
        while high < lineRange.upperBound && UTF8.isContinuation(bytes[high]) { high += 1 }
        let scalars = Array(String(decoding: bytes[low..<high], as: UTF8.self).unicodeScalars)
        let start = LineIndex.scalarCount(bytes, from: low, to: finding.byteRange.lowerBound)
        let length = max(1, min(finding.scalarLength, scalars.count - start))
        let window = 100
        var from = 0
        var to = scalars.count
        if scalars.count > window {
            from = max(0, min(start - 30, scalars.count - window))
            to = min(scalars.count, max(from + window, start + length))
            // Cut between words, not inside them.
            if from > 0, let space = scalars[from..<start].firstIndex(where: { $0 == " " }) { from = space + 1 }
            if to < scalars.count, let space = scalars[(start + length)..<to].lastIndex(where: { $0 == " " }) {
                to = space
            }
        }
        // Printed pieces, one per scalar, so the underline stays under its words whatever
        // is escaped or merged before it; a combining accent takes no column.
        let pieces = TerminalText.pieces(scalars[from..<to])
        let width = { (range: Range<Int>) in pieces[range].reduce(0) { $0 + TerminalText.columns($1) } }
        var excerpt = pieces.joined()
        var padding = width(0..<(start - from))
        let underlined = max(1, width((start - from)..<min(pieces.count, start - from + length)))
        if from > 0 || low > lineRange.lowerBound {
            excerpt = "…" + excerpt
            padding += 1
        }
        if to < scalars.count || high < lineRange.upperBound { excerpt += "…" }
        let underline = String(repeating: " ", count: padding) + "^" + String(repeating: "~", count: underlined - 1)
        return (excerpt, underline)
    }

    private func paint(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private static func colour(of severity: Severity) -> String {
        switch severity {
        case .critical: "1;31"
        case .major: "1;35"
        case .minor: "1;36"
        }
    }
}
