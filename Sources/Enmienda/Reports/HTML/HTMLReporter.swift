import Foundation

/// Writes a single, self-contained HTML5 review page: no network, no external assets,
/// usable from `file://`.
///
/// The page shows each article with every finding highlighted by severity and annotated
/// with ITS 2.0 Localization Quality Issue markup (`its-loc-quality-issue-type`,
/// `-comment`, `-severity`; findings never overlap, so each span carries one issue and
/// needs no standoff markup). A side panel shows the message, the English source, the
/// note and the suggestions of the selected finding; the reviewer accepts or rejects it,
/// chooses another suggestion or types their own, toggles between the original and the
/// corrected text (the accepted findings corrected, the others as they are), and downloads
/// the review as the XML that `enmienda apply` reads. The page keeps the decisions in the
/// browser's local storage, keyed by the articles' content hashes and the findings'
/// fingerprints, so a reload of the same page restores them and another report starts
/// afresh; "Clear decisions" forgets them.
public struct HTMLReporter: Reporter {
    /// The penalties of the quality score in the page header.
    public var weights: QualityScore.Weights

    /// The directory the articles' relative paths start from, made absolute: the review
    /// records each article's absolute path with it (`absolute-path`), so that
    /// `enmienda apply` finds the article from any folder. `nil` records none.
    public var workingDirectory: String?

    /// Creates a reporter.
    ///
    /// - Parameters:
    ///   - weights: The penalties of the quality score.
    ///   - workingDirectory: See ``workingDirectory``; the current directory by default.
    public init(
        weights: QualityScore.Weights = .standard,
        workingDirectory: String? = FileManager.default.currentDirectoryPath
    ) {
        self.weights = weights
        self.workingDirectory = workingDirectory
    }

    /// The absolute path of the article at `path`, if it names a file: `-` (standard
    /// input) and, without a ``workingDirectory``, a relative path name none.
    func absolutePath(of path: String) -> String? {
        guard !path.isEmpty, path != "-" else { return nil }
        guard path.hasPrefix("/") || workingDirectory != nil else { return nil }
        let base = URL(fileURLWithPath: workingDirectory ?? "/", isDirectory: true)
        return URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL.path
    }

    /// ITS 2.0 severity (0–100) of each Enmienda severity.
    static func itsSeverity(_ severity: Severity) -> Int {
        switch severity {
        case .minor: 25
        case .major: 60
        case .critical: 100
        }
    }

    /// One self-contained HTML page: each article shown whole with its findings marked,
    /// the review controls, and the data the page needs to write a review file.
    public func report(_ alignments: [Alignment]) -> String {
        var html = header(Summary(alignments, weights: weights))
        for (documentIndex, alignment) in alignments.enumerated() {
            html += sectionStart(alignment.document, documentIndex: documentIndex)
            html += article(alignment, documentIndex: documentIndex)
            html += Self.sectionEnd
        }
        html += footer(data: data(alignments))
        return html
    }

    /// The page up to its first article: the head, the summary and the toolbar.
    func header(_ summary: Summary) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="enmienda \(EnmiendaVersion.current)"/>
        <title>Enmienda review</title>
        <style>\(HTMLPageAssets.style)</style>
        </head>
        <body>
        <header>
        <h1>Enmienda review</h1>
        <p class="summary">\(escape(summary.line))<br/>\(escape(summary.qualityLine))</p>
        <div class="toolbar">
        <label><input type="checkbox" id="show-corrected" autocomplete="off"/> Show corrected text</label>
        <button type="button" id="accept-all">Accept all</button>
        <button type="button" id="reject-all">Reject all</button>
        <button type="button" id="download">Download review</button>
        <button type="button" id="clear-decisions">Clear decisions</button>
        <span id="progress"></span>
        </div>
        </header>
        <div class="layout">
        <main>

        """
    }

    /// An article's section up to its text.
    func sectionStart(_ document: TextDocument, documentIndex: Int) -> String {
        "<section class=\"document\" data-document=\"\(documentIndex)\">\n"
            + "<h2>\(escape(document.path))</h2>\n" + "<div class=\"article\" lang=\"es\">"
    }

    /// An article's section after its text.
    static let sectionEnd = "</div>\n</section>\n"

    /// The page after its last article: the panel, the page's data (`data`) and script.
    func footer(data: String) -> String {
        """
        </main>
        <aside id="panel">
        <div id="details"><p class="hint">Select a highlighted finding, or use the list below. Keys: j/k move, a accept, r reject, u undo.</p></div>
        <h3>Findings</h3>
        <ol id="finding-list"></ol>
        </aside>
        </div>
        <script type="application/json" id="enmienda-data">\(data)</script>
        <script>//<![CDATA[
        \(HTMLPageAssets.script)
        //]]></script>
        </body>
        </html>

        """
    }

    /// The article's text, escaped, with each finding wrapped in an ITS-annotated `<mark>`;
    /// for a bilingual file, its segments with findings, source and target side by side.
    private func article(_ alignment: Alignment, documentIndex: Int) -> String {
        if alignment.findings.contains(where: { $0.segment != nil }) {
            return segments(alignment, documentIndex: documentIndex)
        }
        let bytes = alignment.document.bytes
        var html = ""
        var position = alignment.document.contentStart
        for (index, finding) in alignment.findings.enumerated() {
            html += escape(String(decoding: bytes[position..<finding.byteRange.lowerBound], as: UTF8.self))
            html += mark(finding, index: index, documentIndex: documentIndex, text: finding.matchedText)
            position = finding.byteRange.upperBound
        }
        html += escape(String(decoding: bytes[position...], as: UTF8.self))
        return html
    }

    /// One row per segment that has findings: its id, the source, and the target with each
    /// finding marked.
    private func segments(_ alignment: Alignment, documentIndex: Int) -> String {
        var html =
            "<table class=\"bitext\">\n<thead><tr><th>Segment</th><th lang=\"en\">Source</th><th>Target</th></tr></thead>\n<tbody>\n"
        var index = 0
        let findings = alignment.findings
        while index < findings.count {
            guard let segment = findings[index].segment else {
                index += 1
                continue
            }
            let text = Array(segment.text.utf8)
            var target = ""
            var position = 0
            while index < findings.count, let reference = findings[index].segment, reference.id == segment.id,
                reference.text == segment.text
            {
                let start = min(max(position, reference.byteOffset), text.count)
                let end = min(max(start, reference.byteOffset + reference.byteLength), text.count)
                target += escape(String(decoding: text[position..<start], as: UTF8.self))
                target += mark(
                    findings[index], index: index, documentIndex: documentIndex,
                    text: String(decoding: text[start..<end], as: UTF8.self))
                position = end
                index += 1
            }
            target += escape(String(decoding: text[position...], as: UTF8.self))
            html +=
                "<tr><td class=\"unit\">\(escape(segment.id))</td><td class=\"source\" lang=\"en\">\(escape(segment.source ?? ""))</td><td class=\"target\">\(target)</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// `text`, escaped, in the ITS-annotated `<mark>` of finding `index`.
    func mark(_ finding: Finding, index: Int, documentIndex: Int, text: String) -> String {
        let comment = finding.message + (finding.note.map { ". " + NoteExcerpt.of($0) } ?? "")
        return """
            <mark class="finding \(finding.severity.rawValue)" id="f-\(documentIndex)-\(index)" \
            data-document="\(documentIndex)" data-finding="\(index)" tabindex="0" \
            its-loc-quality-issue-type="\(finding.category.rawValue)" \
            its-loc-quality-issue-comment="\(escape(comment))" \
            its-loc-quality-issue-severity="\(Self.itsSeverity(finding.severity))" \
            title="\(escape(finding.message))">\(escape(text))</mark>
            """
    }

    /// The findings as JSON for the page's script, safe inside `<script>` and XML.
    private func data(_ alignments: [Alignment]) -> String {
        var notes: [String: String] = [:]
        for finding in alignments.lazy.flatMap(\.findings) where notes[finding.entryID] == nil {
            if let note = finding.note { notes[finding.entryID] = note }
        }
        let payload = PageData(
            generator: "enmienda \(EnmiendaVersion.current)", notes: notes,
            documents: alignments.map { alignment in
                PageData.Document(
                    path: alignment.document.path, absolutePath: absolutePath(of: alignment.document.path),
                    words: alignment.wordCount,
                    contentHash: alignment.document.contentHash,
                    findings: alignment.findings.map(pageData))
            })
        return Self.scriptSafe(Self.pageDataEncoder.encode(payload))
    }

    /// The encoder of the page's data: compact, keys sorted.
    static var pageDataEncoder: PageDataEncoder { PageDataEncoder() }

    /// Encodes the page's data and its parts; `nil` if they cannot be.
    struct PageDataEncoder {
        private let encoder: JSONEncoder = {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return encoder
        }()

        func encode(_ value: some Encodable) -> String? {
            (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// `json` safe inside `<script>` and XML (`{}` for `nil`).
    static func scriptSafe(_ json: String?) -> String {
        guard let json else { return "{}" }
        return json.replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }

    /// What the page's script knows of `finding`.
    func pageData(_ finding: Finding) -> PageData.Finding {
        PageData.Finding(
            entry: finding.entryID, category: finding.category.rawValue,
            severity: finding.severity.rawValue, line: finding.location.line,
            column: finding.location.column, byteOffset: finding.byteRange.lowerBound,
            byteLength: finding.byteRange.count, charOffset: finding.scalarOffset,
            charLength: finding.scalarLength, matched: finding.matchedText, message: finding.message,
            note: finding.note.map(NoteExcerpt.of), sources: finding.sourceTerms,
            suggestions: finding.suggestions,
            sentence: finding.sentence, correctedSentence: finding.correctedSentence,
            manualCheck: finding.manualCheck, fingerprint: finding.fingerprint,
            segment: finding.segment.map {
                PageData.Segment(
                    id: $0.id, byteOffset: $0.byteOffset, byteLength: $0.byteLength,
                    textHash: SegmentExcerpt.textHash($0), source: $0.source.map(SegmentExcerpt.source))
            })
    }

    func escape(_ text: String) -> String {
        XMLEscaping.attribute(text).replacingOccurrences(of: "&#10;", with: "\n")
            .replacingOccurrences(of: "&#9;", with: "\t")
    }

    struct PageData: Encodable {
        struct Finding: Encodable {
            var entry, category, severity: String
            var line, column, byteOffset, byteLength, charOffset, charLength: Int
            var matched, message: String
            var note: String?
            var sources, suggestions: [String]
            var sentence, correctedSentence: String
            var manualCheck: String?
            var fingerprint: String
            var segment: Segment?
        }
        /// A finding's segment in a bilingual file (see ``SegmentReference``).
        struct Segment: Encodable {
            var id: String
            var byteOffset, byteLength: Int
            var textHash: String
            var source: String?
        }

        struct Document: Encodable {
            var path: String
            /// The article's absolute path (see ``HTMLReporter/workingDirectory``).
            var absolutePath: String?
            var words: Int
            var contentHash: String
            var findings: [Finding]
        }

        var generator: String
        /// Each entry's note, whole, once (the findings carry an excerpt).
        var notes: [String: String]
        var documents: [Document]
    }
}
