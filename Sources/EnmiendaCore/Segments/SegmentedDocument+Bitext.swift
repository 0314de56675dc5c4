extension SegmentedDocument {
    /// A plain-text translation paired with its English `source`, segment by segment.
    ///
    /// - When both have as many lines (the layout of MT evaluation sets, Moses corpora and
    ///   exported translation memories), line *n* translates line *n*: each non-blank
    ///   line is a segment (`line N`).
    /// - Otherwise sentences are paired by length with numbers and names as anchors
    ///   (``SentenceAlignment``), paragraph by paragraph when both have as many paragraphs
    ///   (separated by blank lines), else over the whole text; each target sentence is a
    ///   segment (`sentence N`) whose source is the English it was paired with (none for a
    ///   sentence the source lacks, so entries that need the source stay silent there).
    public init(bitext document: TextDocument, source: TextDocument) {
        let bytes = document.bytes
        let english = source.bytes
        let targetLines = Self.lines(of: bytes, from: document.contentStart)
        let sourceLines = Self.lines(of: english, from: source.contentStart)
        var segments: [TextSegment] = []
        if targetLines.count == sourceLines.count && targetLines.count > 1 {
            for (index, line) in targetLines.enumerated() where !Self.isBlank(bytes[line]) {
                segments.append(
                    TextSegment(
                        id: "line \(index + 1)", literal: line, of: bytes,
                        source: String(decoding: english[sourceLines[index]], as: UTF8.self)))
            }
            self.init(document: document, format: "line-aligned bitext", segments: segments)
            return
        }
        let targetParagraphs = Self.paragraphs(of: bytes, from: document.contentStart)
        let sourceParagraphs = Self.paragraphs(of: english, from: source.contentStart)
        let pairs: [(Range<Int>, Range<Int>)] =
            targetParagraphs.count == sourceParagraphs.count
            ? Array(zip(targetParagraphs, sourceParagraphs))
            : [(document.contentStart..<bytes.count, source.contentStart..<english.count)]
        for (targetRange, sourceRange) in pairs {
            let targetSentences = Self.sentences(of: bytes, in: targetRange)
            let sourceSentences = Self.sentences(of: english, in: sourceRange)
            let sourceTexts = sourceSentences.map { String(decoding: english[$0], as: UTF8.self) }
            let beads = SentenceAlignment.align(
                target: targetSentences.map { String(decoding: bytes[$0], as: UTF8.self) }, source: sourceTexts)
            var sourceOf = [String](repeating: "", count: targetSentences.count)
            for bead in beads where !bead.target.isEmpty {
                let paired = bead.source.map { sourceTexts[$0] }.joined(separator: " ")
                for index in bead.target { sourceOf[index] = paired }
            }
            for (index, sentence) in targetSentences.enumerated() {
                segments.append(
                    TextSegment(
                        id: "sentence \(segments.count + 1)", literal: sentence, of: bytes, source: sourceOf[index]))
            }
        }
        self.init(document: document, format: "sentence-aligned bitext", segments: segments)
    }

    /// The byte ranges of the lines of `bytes` from `start`, without their line ends; a
    /// final line break does not start another line.
    static func lines(of bytes: [UInt8], from start: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var lineStart = start
        var index = start
        while index < bytes.count {
            if bytes[index] == 0x0A {
                var end = index
                if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
                lines.append(lineStart..<end)
                lineStart = index + 1
            }
            index += 1
        }
        if lineStart < bytes.count { lines.append(lineStart..<bytes.count) }
        return lines
    }

    /// The byte ranges of the paragraphs of `bytes` from `start` (runs of non-blank lines).
    static func paragraphs(of bytes: [UInt8], from start: Int) -> [Range<Int>] {
        var paragraphs: [Range<Int>] = []
        var current: Range<Int>?
        for line in lines(of: bytes, from: start) {
            if isBlank(bytes[line]) {
                if let paragraph = current { paragraphs.append(paragraph) }
                current = nil
            } else {
                current = (current?.lowerBound ?? line.lowerBound)..<line.upperBound
            }
        }
        if let paragraph = current { paragraphs.append(paragraph) }
        return paragraphs
    }

    /// The byte ranges of the sentences of `bytes[range]`.
    static func sentences(of bytes: [UInt8], in range: Range<Int>) -> [Range<Int>] {
        let text = Tokenizer.tokenize(bytes, in: range)
        return SentenceSegmenter.sentences(in: text, bytes: bytes).compactMap { sentence in
            guard let first = sentence.first, let last = sentence.last else { return nil }
            return text.tokens[first].start..<text.tokens[last].end
        }
    }

    static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
