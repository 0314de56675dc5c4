/// Writes findings as Enmienda's corrections XML (namespace `urn:enmienda:corrections`,
/// schema `glossaries/corrections.xsd`).
///
/// For each document and each finding: the location (line, column, UTF-8 byte offset
/// and length, code-point offset and length), the matched text, the entry id, category
/// and severity, the suggestions, and the original and corrected sentence; then a summary
/// with counts by severity and category and the MQM-style quality score. A finding in a
/// bilingual file has a `<segment>`: the unit's id, the finding's offset and length in
/// the segment's text, a hash of that text and the source segment (schema version 2;
/// version 1 exports, which have no segments, still load).
public struct CorrectionsXMLReporter: Reporter, StreamingReporter {
    /// The namespace of the corrections format.
    public static let namespace = "urn:enmienda:corrections"

    /// The penalties of the quality score in the summary.
    public var weights: QualityScore.Weights

    /// Creates a reporter.
    public init(weights: QualityScore.Weights = .standard) {
        self.weights = weights
    }

    /// One corrections export (`corrections.xsd`): per document, its content hash and
    /// each finding with its offsets, suggestions and corrected sentence.
    public func report(_ alignments: [Alignment]) -> String {
        var output = OutputBuffer()
        write(alignments, to: &output)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    /// Appends ``report(_:)``'s text to `output`, a finding at a time.
    package func write(_ alignments: [Alignment], to output: inout OutputBuffer) {
        output.append(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <corrections xmlns="\(Self.namespace)" version="2" generator="enmienda \(EnmiendaVersion.current)">

            """)
        for alignment in alignments where !output.failed {
            output.append(
                """
                  <document path="\(XMLEscaping.attribute(alignment.document.path))" \
                words="\(alignment.wordCount)" findings="\(alignment.findings.count)" \
                content-hash="\(alignment.document.contentHash)">

                """)
            for finding in alignment.findings where !output.failed {
                output.append(element(for: finding))
            }
            output.append("  </document>\n")
        }
        output.append(summaryElement(Summary(alignments, weights: weights)))
        output.append("</corrections>\n")
    }

    private func summaryElement(_ summary: Summary) -> String {
        var xml = """
              <summary documents="\(summary.documents)" words="\(summary.words)" findings="\(summary.findings)" \
            mqm-score="\(Summary.format(summary.quality.score))" \
            penalty-per-thousand-words="\(Summary.format(summary.quality.penaltyPerThousandWords))">

            """
        for severity in Severity.allCases.reversed() {
            if let count = summary.findingsBySeverity[severity] {
                xml += "    <count severity=\"\(severity.rawValue)\" findings=\"\(count)\"/>\n"
            }
        }
        for category in IssueCategory.allCases {
            if let count = summary.findingsByCategory[category] {
                xml += "    <count category=\"\(category.rawValue)\" findings=\"\(count)\"/>\n"
            }
        }
        return xml + "  </summary>\n"
    }

    private func element(for finding: Finding) -> String {
        func child(_ name: String, _ text: String) -> String {
            "      <\(name)>\(XMLEscaping.content(text))</\(name)>\n"
        }
        var xml = """
                <finding entry="\(XMLEscaping.attribute(finding.entryID))" \
            category="\(finding.category.rawValue)" severity="\(finding.severity.rawValue)" \
            line="\(finding.location.line)" column="\(finding.location.column)" \
            byte-offset="\(finding.byteRange.lowerBound)" byte-length="\(finding.byteRange.count)" \
            char-offset="\(finding.scalarOffset)" char-length="\(finding.scalarLength)" \
            fingerprint="\(finding.fingerprint)">

            """
        xml += child("matched", finding.matchedText)
        xml += child("message", finding.message)
        for source in finding.sourceTerms { xml += child("source", source) }
        for suggestion in finding.suggestions { xml += child("suggestion", suggestion) }
        if let note = finding.note { xml += child("note", NoteExcerpt.of(note)) }
        xml += child("sentence", finding.sentence)
        xml += child("corrected-sentence", finding.correctedSentence)
        if let reason = finding.manualCheck { xml += child("manual-check", reason) }
        if let segment = finding.segment {
            xml +=
                "      <segment id=\"\(XMLEscaping.attribute(segment.id))\" byte-offset=\"\(segment.byteOffset)\""
                + " byte-length=\"\(segment.byteLength)\" text-hash=\"\(SegmentExcerpt.textHash(segment))\""
            if let source = segment.source {
                xml += ">\n  " + child("source-text", SegmentExcerpt.source(source)) + "      </segment>\n"
            } else {
                xml += "/>\n"
            }
        }
        xml += "    </finding>\n"
        return xml
    }
}

extension CorrectionsXMLReporter {
    /// The XML Schema (XSD) of the corrections format, as shipped in `glossaries/corrections.xsd`.
    public static var schema: String { EmbeddedSchemas.correctionsText }
}
