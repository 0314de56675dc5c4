/// A reviewer's decisions on the findings of one or more articles, read from a review
/// file: the corrections XML (`enmienda check --format xml`) with an optional `decision`
/// (`accepted`, `rejected`, `pending`) and `<replacement>` on each finding, as the HTML
/// report downloads it.
///
/// ```swift
/// let review = try Review(contentsOfFile: "nota.review.xml")
/// let corrected = try review.documents[0].apply(to: TextDocument(contentsOfFile: "nota.txt"))
/// ```
public struct Review: Hashable, Sendable {
    /// What to do with one finding.
    public enum Decision: String, Hashable, Sendable {
        case accepted, rejected, pending
    }

    /// One reviewed finding.
    public struct Item: Hashable, Sendable {
        /// The finding's bytes in the article.
        public var byteRange: Range<Int>
        /// The text the finding matched, to check that the article has not changed.
        public var matchedText: String
        /// The text to write instead.
        public var replacement: String
        /// The reviewer's decision; a finding without one counts as accepted.
        public var decision: Decision
        /// Where the finding is in the review file.
        public var location: SourceLocation
        /// The finding's line in the article.
        public var line: Int
        /// The finding's column in the article, in code points.
        public var column: Int
        /// The finding's fingerprint (see ``Finding/fingerprint``), when the export has it.
        public var fingerprint: String?
        /// The id of the entry that found it.
        public var entryID: String?
        /// The sentence the finding was in, as the review file gives it.
        public var sentence: String = ""
        /// Why the sentence needs a manual check (see ``Finding/manualCheck``): such a
        /// finding is applied only when the reviewer accepted it explicitly.
        public var manualCheck: String?
        /// Whether the review file gives a decision (rather than the default, accepted).
        public var isDecided = true
        /// The finding's segment, in a bilingual file (version 2 exports).
        public var segment: SegmentReference?
        /// The finding's suggestions, best first.
        public var suggestions: [String] = []
        /// The hash of the segment's text when the review was made (see
        /// ``TextDocument/contentHash``), when the review gives it.
        public var segmentTextHash: String?

        /// Whether applying the finding needs words the reviewer typed: a key term missing
        /// from its segment lies on a word that is not the term's place, so writing a
        /// suggestion there would damage the sentence (see ``Finding/manualCheck``).
        public var needsTypedReplacement: Bool {
            manualCheck == KeyTermCheck.manualCheck && (suggestions.isEmpty || suggestions.contains(replacement))
        }

        /// Whether the replacement is empty or blank: applied, it would delete the words
        /// (the review page lets a reviewer accept an own correction left empty), so it is
        /// left for a person.
        public var hasEmptyReplacement: Bool {
            replacement.allSatisfy(\.isWhitespace)
        }
    }

    /// The reviewed findings of one article.
    public struct Document: Hashable, Sendable {
        /// The article's path, as written in the review.
        public var path: String
        /// The reviewed findings, in the order of the review file.
        public var items: [Item]
        /// The hash of the article the review was made on (``TextDocument/contentHash``),
        /// when the review file records it.
        public var contentHash: String?
        /// Where the document is described in the review file.
        public var location: SourceLocation?

        /// The article's absolute path when the review was exported (the review page records
        /// it), for finding the article from another folder (see `articlePath`).
        public var absolutePath: String?

        /// The article with every accepted finding that is found replaced (see
        /// ``outcome(of:)-(TextDocument)``).
        ///
        /// - Throws: ``InputError`` as ``outcome(of:)-(TextDocument)`` does.
        public func apply(to article: TextDocument) throws(InputError) -> [UInt8] {
            try outcome(of: article).bytes
        }

        /// ``outcome(of:)-(TextDocument)``'s bytes and the accepted findings it did not
        /// apply, unapplied and skipped together.
        ///
        /// - Throws: ``InputError`` as ``outcome(of:)-(TextDocument)`` does.
        public func corrections(of article: TextDocument) throws(InputError) -> (bytes: [UInt8], unapplied: [Item]) {
            let outcome = try outcome(of: article)
            return (outcome.bytes, outcome.unapplied + outcome.skipped)
        }
    }

    /// The reviewed articles, in file order.
    public var documents: [Document]

    /// Reads a review file.
    ///
    /// - Parameter maximumSize: The largest file read, in bytes (see ``InputLimits``).
    /// - Throws: ``InputError`` if the file cannot be read, is larger than `maximumSize`,
    ///   or is not a valid review (see ``init(xml:path:)``).
    public init(contentsOfFile path: String, maximumSize: Int = InputLimits.defaultMaximumFileSize)
        throws(InputError)
    {
        try self.init(xml: FileInput.readBytes(atPath: path, maximumSize: maximumSize), path: path)
    }

    /// Reads a review from its XML; `path` names it in diagnostics.
    ///
    /// - Throws: ``InputError`` if the XML is malformed or not valid against
    ///   `glossaries/corrections.xsd`.
    public init(xml bytes: [UInt8], path: String) throws(InputError) {
        let root = try SecureXMLReader.read(bytes, path: path, schema: try EmbeddedSchemas.corrections())
        documents = root.elements.filter { $0.localName == "document" }.map { document in
            Document(
                path: document.attributes["path"] ?? "",
                items: document.elements.map { finding in
                    let child = { (name: String) in finding.elements.first { $0.localName == name }?.text }
                    // Offsets too large for an Int become a range no article has.
                    let offset = max(0, Int(finding.attributes["byte-offset"] ?? "") ?? Int.max)
                    let length = max(0, Int(finding.attributes["byte-length"] ?? "") ?? 0)
                    let end = offset.addingReportingOverflow(length)
                    return Item(
                        byteRange: offset..<(end.overflow ? Int.max : end.partialValue),
                        matchedText: child("matched") ?? "",
                        replacement: child("replacement") ?? child("suggestion") ?? "",
                        decision: finding.attributes["decision"].flatMap(Decision.init(rawValue:)) ?? .accepted,
                        location: finding.location, line: Int(finding.attributes["line"] ?? "") ?? 1,
                        column: Int(finding.attributes["column"] ?? "") ?? 1,
                        fingerprint: finding.attributes["fingerprint"], entryID: finding.attributes["entry"],
                        sentence: child("sentence") ?? "", manualCheck: child("manual-check"),
                        isDecided: finding.attributes["decision"] != nil,
                        segment: finding.elements.first { $0.localName == "segment" }.map { segment in
                            // Offsets too large for an Int become a range no segment has.
                            SegmentReference(
                                id: segment.attributes["id"] ?? "",
                                byteOffset: min(
                                    Int.max / 4, max(0, Int(segment.attributes["byte-offset"] ?? "") ?? Int.max / 4)),
                                byteLength: min(Int.max / 4, max(0, Int(segment.attributes["byte-length"] ?? "") ?? 0)),
                                text: "", source: segment.child("source-text")?.text)
                        }, suggestions: finding.elements.filter { $0.localName == "suggestion" }.map(\.text),
                        segmentTextHash: finding.elements.first { $0.localName == "segment" }?.attributes["text-hash"])
                }, contentHash: document.attributes["content-hash"], location: document.location,
                absolutePath: document.attributes["absolute-path"])
        }
    }
}
