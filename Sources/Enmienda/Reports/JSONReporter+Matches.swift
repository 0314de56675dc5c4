import Foundation

/// The `matches` array of a document, written match by match.
extension JSONReporter {
    /// How many matches one core writes at a time when there are several.
    static let slice = 1024

    /// Appends the array of `alignment`'s matches, the array at `indent`. With several
    /// cores (``concurrency``), the matches are written a slice per core into buffers of
    /// their own, a round of slices at a time, appended in order: the bytes are the same.
    func writeMatches(of alignment: Alignment, indent: Int, to output: inout OutputBuffer) {
        let findings = alignment.findings
        guard !findings.isEmpty else {
            output.append(literal: "[]")
            return
        }
        output.append(literal: "[\n")
        var writer = MatchWriter(document: alignment.document, last: findings.count - 1, indent: indent + 2)
        appendMatches(findings, writer: &writer, to: &output)
        output.appendSpaces(indent)
        output.append(UInt8(ascii: "]"))
    }

    /// Appends the matches of `findings`, numbered from 0 (the writer's ``MatchWriter/last``
    /// tells which takes no comma), a slice per core when there are many; `writer` walks
    /// on through the document for the findings that follow.
    func appendMatches(_ findings: [Finding], writer: inout MatchWriter, to output: inout OutputBuffer) {
        if concurrency == 1 || findings.count <= Self.slice {
            for index in findings.indices where !output.failed {
                let span = writer.utf16Span(of: findings[index])
                writer.write(findings[index], at: index, utf16: span, to: &output)
                output.writeIfFull()
            }
        } else {
            let round = Self.slice * concurrency
            for start in stride(from: 0, to: findings.count, by: round) where !output.failed {
                let indices = start..<min(findings.count, start + round)
                // UTF-16 offsets walk the text once, in order; the matches then in parallel.
                let spans = indices.map { writer.utf16Span(of: findings[$0]) }
                let slices = stride(from: indices.lowerBound, to: indices.upperBound, by: Self.slice).map {
                    $0..<min(indices.upperBound, $0 + Self.slice)
                }
                let shared = writer
                let pieces = slices.parallelMap(concurrency: concurrency) { slice in
                    var piece = OutputBuffer()
                    for index in slice {
                        shared.write(findings[index], at: index, utf16: spans[index - start], to: &piece)
                    }
                    return piece.bytes
                }
                for piece in pieces { output.append(contentsOf: piece) }
            }
        }
    }

    /// Writes the matches of one document.
    struct MatchWriter: Sendable {
        let document: TextDocument
        /// The index of the last match.
        let last: Int
        /// Where each match's object starts.
        let indent: Int
        private var offsets: TextOffsets

        init(document: TextDocument, last: Int, indent: Int) {
            self.document = document
            self.last = last
            self.indent = indent
            offsets = TextOffsets(document.bytes)
        }

        /// The finding's span in UTF-16 code units; asked in the order of the findings.
        mutating func utf16Span(of finding: Finding) -> Range<Int> {
            let start = offsets.utf16(at: finding.byteRange.lowerBound, scalarOffset: finding.scalarOffset)
            let end = offsets.utf16(
                at: finding.byteRange.upperBound, scalarOffset: finding.scalarOffset + finding.scalarLength)
            return start..<end
        }

        /// Appends the match of the finding at `index`, its members in key order, with the
        /// comma that follows it unless it is the last.
        func write(_ finding: Finding, at index: Int, utf16: Range<Int>, to output: inout OutputBuffer) {
            let inner = indent + 2
            output.appendSpaces(indent)
            output.append(literal: "{\n")
            member("byteLength", finding.byteRange.count, to: &output)
            member("byteOffset", finding.byteRange.lowerBound, to: &output)
            member("codePointLength", finding.scalarLength, to: &output)
            member("codePointOffset", finding.scalarOffset, to: &output)
            member("column", finding.location.column, to: &output)
            let context = JSONReporter.context(of: finding, in: document)
            output.appendJSONKey("context", indent: inner)
            output.append(literal: "{\n")
            output.appendJSONKey("length", indent: inner + 2)
            output.appendJSON(context.length)
            output.append(literal: ",\n")
            output.appendJSONKey("offset", indent: inner + 2)
            output.appendJSON(context.offset)
            output.append(literal: ",\n")
            output.appendJSONKey("text", indent: inner + 2)
            output.append(UInt8(ascii: "\""))
            document.bytes.withUnsafeBufferPointer { bytes in
                output.appendJSONEscaped(UnsafeBufferPointer(rebasing: bytes[context.bytes]))
            }
            output.append(UInt8(ascii: "\""))
            output.append(literal: "\n")
            close(indent: inner, to: &output)
            member("contextForSureMatch", 0, to: &output)
            member("correctedSentence", finding.correctedSentence, to: &output)
            member("entryId", finding.entryID, to: &output)
            member("fingerprint", finding.fingerprint, to: &output)
            output.appendJSONKey("ignoreForIncompleteSentence", indent: inner)
            output.appendJSON(false)
            output.append(literal: ",\n")
            member("length", utf16.count, to: &output)
            member("line", finding.location.line, to: &output)
            if let manualCheck = finding.manualCheck { member("manualCheck", manualCheck, to: &output) }
            member("matchedText", finding.matchedText, to: &output)
            output.appendJSONKey("message", indent: inner)
            output.append(UInt8(ascii: "\""))
            output.appendJSONEscaped(finding.message)
            if let note = finding.note {
                output.append(literal: ". ")
                output.appendJSONEscaped(NoteExcerpt.of(note))
            }
            output.append(literal: "\",\n")
            member("offset", utf16.lowerBound, to: &output)
            writeReplacements(of: finding, to: &output)
            writeRule(of: finding, to: &output)
            if let segment = finding.segment { write(segment, to: &output) }
            member("sentence", finding.sentence, to: &output)
            member("severity", finding.severity.rawValue, to: &output)
            member("shortMessage", JSONReporter.shortMessage(finding.category), to: &output)
            output.appendJSONKey("sourceTerms", indent: inner)
            strings(finding.sourceTerms, indent: inner, to: &output)
            output.append(literal: ",\n")
            output.appendJSONKey("type", indent: inner)
            output.append(literal: "{\n")
            output.appendJSONKey("typeName", indent: inner + 2)
            output.append(literal: "\"Other\"\n")
            output.appendSpaces(inner)
            output.append(literal: "}\n")
            output.appendSpaces(indent)
            output.append(literal: index < last ? "},\n" : "}\n")
        }

        /// Each value replaces exactly the match, its line breaks kept where they fit; the
        /// first one, made of pieces, with its line breaks where `fix` keeps them.
        private func writeReplacements(of finding: Finding, to output: inout OutputBuffer) {
            let inner = indent + 2
            var values: [String]
            if let segment = finding.segmentReplacements {
                values = segment
            } else {
                values = finding.suggestions.map {
                    Corrections.inPlace($0, over: finding.byteRange, in: document.bytes)
                }
                if !finding.pieces.isEmpty,
                    let top = Corrections.inPlace(
                        pieces: finding.replacements, over: finding.byteRange, in: document.bytes)
                {
                    values[0] = top
                }
            }
            output.appendJSONKey("replacements", indent: inner)
            if values.isEmpty {
                output.append(literal: "[]")
            } else {
                output.append(literal: "[\n")
                for (index, value) in values.enumerated() {
                    output.appendSpaces(inner + 2)
                    output.append(literal: "{\n")
                    output.appendJSONKey("value", indent: inner + 4)
                    output.appendJSON(value)
                    output.append(literal: "\n")
                    output.appendSpaces(inner + 2)
                    output.append(literal: index + 1 < values.count ? "},\n" : "}\n")
                }
                output.appendSpaces(inner)
                output.append(UInt8(ascii: "]"))
            }
            output.append(literal: ",\n")
        }

        private func writeRule(of finding: Finding, to output: inout OutputBuffer) {
            let inner = indent + 2
            output.appendJSONKey("rule", indent: inner)
            output.append(literal: "{\n")
            output.appendJSONKey("category", indent: inner + 2)
            output.append(literal: "{\n")
            output.appendJSONKey("id", indent: inner + 4)
            output.appendJSON(JSONReporter.id(finding.category))
            output.append(literal: ",\n")
            output.appendJSONKey("name", indent: inner + 4)
            output.appendJSON(JSONReporter.name(finding.category))
            output.append(literal: "\n")
            close(indent: inner + 2, to: &output)
            output.appendJSONKey("description", indent: inner + 2)
            output.appendJSON(finding.message)
            output.append(literal: ",\n")
            output.appendJSONKey("id", indent: inner + 2)
            output.appendJSON(finding.entryID)
            output.append(literal: ",\n")
            output.appendJSONKey("issueType", indent: inner + 2)
            output.appendJSON(finding.category.rawValue)
            output.append(literal: "\n")
            close(indent: inner, to: &output)
        }

        /// The segment: id, offset and length in the segment's text (UTF-8 bytes), and the
        /// source segment when there is one (cut to 2,000 characters).
        private func write(_ segment: SegmentReference, to output: inout OutputBuffer) {
            let inner = indent + 4
            output.appendJSONKey("segment", indent: indent + 2)
            output.append(literal: "{\n")
            output.appendJSONKey("byteLength", indent: inner)
            output.appendJSON(segment.byteLength)
            output.append(literal: ",\n")
            output.appendJSONKey("byteOffset", indent: inner)
            output.appendJSON(segment.byteOffset)
            output.append(literal: ",\n")
            output.appendJSONKey("id", indent: inner)
            output.appendJSON(segment.id)
            if let source = segment.source {
                output.append(literal: ",\n")
                output.appendJSONKey("source", indent: inner)
                output.appendJSON(SegmentExcerpt.source(source))
            }
            output.append(literal: "\n")
            close(indent: indent + 2, to: &output)
        }

        /// An array of strings at `indent`.
        private func strings(_ values: [String], indent: Int, to output: inout OutputBuffer) {
            guard !values.isEmpty else {
                output.append(literal: "[]")
                return
            }
            output.append(literal: "[\n")
            for (index, value) in values.enumerated() {
                output.appendSpaces(indent + 2)
                output.appendJSON(value)
                output.append(literal: index + 1 < values.count ? ",\n" : "\n")
            }
            output.appendSpaces(indent)
            output.append(UInt8(ascii: "]"))
        }

        /// A member of the match that is a number, and its comma.
        private func member(_ key: StaticString, _ value: Int, to output: inout OutputBuffer) {
            output.appendJSONKey(key, indent: indent + 2)
            output.appendJSON(value)
            output.append(literal: ",\n")
        }

        /// A member of the match that is a string, and its comma.
        private func member(_ key: StaticString, _ value: String, to output: inout OutputBuffer) {
            output.appendJSONKey(key, indent: indent + 2)
            output.appendJSON(value)
            output.append(literal: ",\n")
        }

        /// The `}` of an object inside the match at `indent`, and its comma.
        private func close(indent: Int, to output: inout OutputBuffer) {
            output.appendSpaces(indent)
            output.append(literal: "},\n")
        }
    }
}
