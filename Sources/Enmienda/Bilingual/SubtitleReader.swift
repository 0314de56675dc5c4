/// Reads subtitles, SubRip (SRT) and WebVTT, into segments: the text of each cue, its
/// lines as they are (a line break inside a cue stays in its text, so a phrase split over
/// two lines is still matched), written back as they are.
///
/// Cue numbers and identifiers, timing lines (`00:00:01,000 --> 00:00:04,000`, with the
/// WebVTT cue settings or SRT coordinates after them), the `WEBVTT` header and `NOTE`,
/// `STYLE` and `REGION` blocks are never part of a segment, so corrections never touch
/// them. A cue's id is its SRT number or WebVTT identifier, or `cue N` for the file's Nth
/// cue when it has none, with ` (2)`, ` (3)`… when an id was met before; cues have no
/// source. Tags in a cue's text (`<i>`, `<font color="…">`, WebVTT's `<c.yellow>`, `<v Ana>`
/// and timestamps) and SRT's `{\an8}` overrides are markup: transparent to matching and
/// kept as they are; WebVTT's character references (`&amp;`, `&nbsp;`…) are decoded, and
/// corrections in WebVTT are escaped (`&amp;`, `&lt;`, `&gt;`).
enum SubtitleReader {
    /// The cues of `document`: WebVTT if it starts with the `WEBVTT` header, else SRT.
    /// Lines may end in LF, CRLF or CR.
    ///
    /// - Throws: ``InputError`` at `path:line:column` for a malformed timing line (at its
    ///   first byte out of place: SRT times are `HH:MM:SS,mmm`, WebVTT ones `HH:MM:SS.mmm`
    ///   or `MM:SS.mmm`), or a block of lines that is neither a cue (an optional number or
    ///   identifier, then a timing line) nor, in WebVTT, a `NOTE`, `STYLE` or `REGION`.
    static func read(_ document: TextDocument) throws(InputError) -> SegmentedDocument {
        let bytes = document.bytes
        let webVTT = looksLikeWebVTT(bytes)
        let lines = lines(of: bytes, from: document.contentStart)
        var segments: [TextSegment] = []
        var given: Set<String> = []
        var nextNumber: [String: Int] = [:]
        var cueCount = 0
        for (blockIndex, block) in blocks(of: lines, in: bytes).enumerated() {
            var first = block.lowerBound
            if webVTT {
                if blockIndex == 0 {
                    // The header, unless a cue follows it without a blank line between.
                    guard let timing = block.dropFirst().first(where: { hasArrow(bytes[lines[$0]]) }) else { continue }
                    first = timing
                } else if isBlockKeyword("NOTE", bytes[lines[first]], trailing: true)
                    || isBlockKeyword("STYLE", bytes[lines[first]], trailing: false)
                    || isBlockKeyword("REGION", bytes[lines[first]], trailing: false)
                {
                    continue
                }
            }
            var identifier: String?
            var timing = first
            if !hasArrow(bytes[lines[first]]), first + 1 < block.upperBound || isNumber(bytes[lines[first]]) {
                identifier = String(decoding: trimmed(bytes[lines[first]]), as: UTF8.self)
                timing = first + 1
            }
            guard timing < block.upperBound else {
                throw error(
                    at: lines[first].upperBound, in: document,
                    "cue \(identifier ?? "") has no timing line: expected one such as \(example(webVTT)) on the next line"
                )
            }
            if let failure = timingFailure(lines[timing], in: bytes, webVTT: webVTT) {
                throw error(
                    at: failure.offset, in: document,
                    "malformed timing line: expected \(failure.expected), as in \(example(webVTT))")
            }
            cueCount += 1
            guard timing + 1 < block.upperBound else { continue }
            let name = identifier ?? "cue \(cueCount)"
            var number = nextNumber[name, default: 1]
            var id = number == 1 ? name : "\(name) (\(number))"
            while given.contains(id) {
                number += 1
                id = "\(name) (\(number))"
            }
            nextNumber[name] = number
            given.insert(id)
            let text = cue(
                id: id, lines[timing + 1].lowerBound..<lines[block.upperBound - 1].upperBound, of: bytes, webVTT: webVTT
            )
            // A cue of tags alone has no text to check.
            if !text.text.isEmpty { segments.append(text) }
        }
        return SegmentedDocument(document: document, format: webVTT ? "WebVTT" : "SRT", segments: segments)
    }

    /// The segment of a cue's text, `range` of `bytes`: its tags (and SRT overrides) left
    /// out, WebVTT's character references decoded.
    private static func cue(id: String, _ range: Range<Int>, of bytes: [UInt8], webVTT: Bool) -> TextSegment {
        var text: [UInt8] = []
        var runs: [SegmentRun] = []
        var start = range.lowerBound
        func flush(_ end: Int) {
            if start < end {
                runs.append(
                    SegmentRun(textOffset: text.count, textLength: end - start, fileRange: start..<end, kind: .text))
                text += bytes[start..<end]
            }
        }
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            let closing: UInt8? =
                byte == UInt8(ascii: "<")
                ? UInt8(ascii: ">")
                : (!webVTT && byte == UInt8(ascii: "{") && index + 1 < range.upperBound && bytes[index + 1] == 0x5C)
                    ? UInt8(ascii: "}") : nil
            if let closing,
                let end = bytes[(index + 1)..<range.upperBound].prefix(while: { $0 != 0x0A && $0 != 0x0D }).firstIndex(
                    of: closing)
            {
                flush(index)
                index = end + 1
                start = index
                continue
            }
            if webVTT, byte == UInt8(ascii: "&"),
                let semicolon = bytes[(index + 1)..<range.upperBound].prefix(32).firstIndex(of: UInt8(ascii: ";")),
                let decoded = reference(bytes[(index + 1)..<semicolon])
            {
                flush(index)
                runs.append(
                    SegmentRun(
                        textOffset: text.count, textLength: decoded.count, fileRange: index..<semicolon + 1,
                        kind: .reference))
                text += decoded
                index = semicolon + 1
                start = index
                continue
            }
            index += 1
        }
        flush(range.upperBound)
        return TextSegment(id: id, text: text, runs: runs, source: nil, escaping: webVTT ? .xml : .none)
    }

    /// The UTF-8 of a WebVTT character reference's name (between `&` and `;`), or `nil`.
    private static func reference(_ name: ArraySlice<UInt8>) -> [UInt8]? {
        let named: [String: String] = [
            "amp": "&", "lt": "<", "gt": ">", "nbsp": "\u{A0}", "lrm": "\u{200E}", "rlm": "\u{200F}",
        ]
        let string = String(decoding: name, as: UTF8.self)
        if let value = named[string] { return Array(value.utf8) }
        let number: UInt32? =
            string.hasPrefix("#x") || string.hasPrefix("#X")
            ? UInt32(string.dropFirst(2), radix: 16)
            : string.hasPrefix("#") ? UInt32(string.dropFirst(), radix: 10) : nil
        return number.flatMap(Unicode.Scalar.init).map { Array(String($0).utf8) }
    }

    /// Whether `bytes` start with the WebVTT header: `WEBVTT` (after a byte-order mark, if
    /// any), then the end, a blank or a line break.
    static func looksLikeWebVTT(_ bytes: [UInt8]) -> Bool {
        let start = bytes.starts(with: UTF8.byteOrderMark) ? 3 : 0
        guard bytes[start...].starts(with: "WEBVTT".utf8) else { return false }
        let after = start + 6
        return after == bytes.count || [0x20, 0x09, 0x0A, 0x0D].contains(bytes[after])
    }

    /// Whether `bytes` look like SRT: their first line that is not blank is a number, and
    /// the line after it a timing line.
    static func looksLikeSRT(_ bytes: [UInt8]) -> Bool {
        let start = bytes.starts(with: UTF8.byteOrderMark) ? 3 : 0
        let lines = lines(of: bytes, from: start)
        guard let first = lines.firstIndex(where: { !isBlank(bytes[$0]) }), first + 1 < lines.count,
            isNumber(bytes[lines[first]])
        else { return false }
        return timingFailure(lines[first + 1], in: bytes, webVTT: false) == nil
    }

    /// The byte ranges of the lines of `bytes` from `start`, without their line ends (LF,
    /// CRLF or CR); a final line break does not start another line.
    private static func lines(of bytes: [UInt8], from start: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var lineStart = start
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A:
                lines.append(lineStart..<index)
                lineStart = index + 1
            case 0x0D:
                lines.append(lineStart..<index)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                lineStart = index + 1
            default:
                break
            }
            index += 1
        }
        if lineStart < bytes.count { lines.append(lineStart..<bytes.count) }
        return lines
    }

    /// The blocks of `lines`: runs of lines that are not blank, as ranges of line indices.
    private static func blocks(of lines: [Range<Int>], in bytes: [UInt8]) -> [Range<Int>] {
        var blocks: [Range<Int>] = []
        var start: Int?
        for (index, line) in lines.enumerated() {
            if isBlank(bytes[line]) {
                if let first = start { blocks.append(first..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let first = start { blocks.append(first..<lines.count) }
        return blocks
    }

    private static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    private static func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let start = line.drop { $0 == 0x20 || $0 == 0x09 }
        var end = start.endIndex
        while end > start.startIndex, start[end - 1] == 0x20 || start[end - 1] == 0x09 { end -= 1 }
        return start[start.startIndex..<end]
    }

    private static func isNumber(_ line: ArraySlice<UInt8>) -> Bool {
        let number = trimmed(line)
        return !number.isEmpty && number.allSatisfy { (0x30...0x39).contains($0) }
    }

    private static func hasArrow(_ line: ArraySlice<UInt8>) -> Bool {
        line.indices.contains { line[$0...].starts(with: "-->".utf8) }
    }

    /// Whether `line` is `keyword` alone (and blanks), or, if `trailing`, `keyword` and a
    /// blank and anything after it (`NOTE` and its text).
    private static func isBlockKeyword(_ keyword: String, _ line: ArraySlice<UInt8>, trailing: Bool) -> Bool {
        guard line.starts(with: keyword.utf8) else { return false }
        let rest = line.dropFirst(keyword.utf8.count)
        guard let after = rest.first else { return true }
        return (after == 0x20 || after == 0x09) && (trailing || isBlank(rest))
    }

    private static func example(_ webVTT: Bool) -> String {
        webVTT ? "00:00:01.000 --> 00:00:04.000" : "00:00:01,000 --> 00:00:04,000"
    }

    /// Where timing line `line` is malformed, and what was expected there, or `nil` if it
    /// is well formed: a time, optional blanks, `-->`, optional blanks, a time, then
    /// nothing or a blank and the cue settings.
    private static func timingFailure(_ line: Range<Int>, in bytes: [UInt8], webVTT: Bool) -> (
        offset: Int, expected: String
    )? {
        var index = line.lowerBound
        func skipBlanks() {
            while index < line.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        }
        /// The value of the digits at `index` (`nil` if there are fewer than `least` or
        /// more than `most`), read up to the first byte that is not a digit.
        func digits(least: Int, most: Int) -> Int? {
            let start = index
            var value = 0
            while index < line.upperBound, (0x30...0x39).contains(bytes[index]) {
                value = min(value * 10 + Int(bytes[index] - 0x30), 1_000_000)
                index += 1
            }
            let count = index - start
            if count < least || count > most {
                index = start + min(count, most)
                return nil
            }
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < line.upperBound, bytes[index] == byte else { return false }
            index += 1
            return true
        }
        /// Reads a time; returns what was expected where it is malformed.
        func time() -> String? {
            let expected = webVTT ? "a time (HH:MM:SS.mmm or MM:SS.mmm)" : "a time (HH:MM:SS,mmm)"
            let firstStart = index
            guard let first = digits(least: 1, most: 9) else { return expected }
            let firstCount = index - firstStart
            guard expect(UInt8(ascii: ":")) else { return expected }
            let secondStart = index
            guard let second = digits(least: 2, most: 2) else { return expected }
            var minutes = (start: firstStart, value: first)
            var seconds = (start: secondStart, value: second)
            if expect(UInt8(ascii: ":")) {
                let thirdStart = index
                guard let third = digits(least: 2, most: 2) else { return expected }
                minutes = (secondStart, second)
                seconds = (thirdStart, third)
            } else if !webVTT || firstCount != 2 {
                return expected
            }
            for (field, name) in [(minutes, "minutes"), (seconds, "seconds")] where field.value >= 60 {
                index = field.start
                return "\(name) under 60 in \(expected)"
            }
            let separators = webVTT ? [UInt8(ascii: ".")] : [UInt8(ascii: ","), UInt8(ascii: ".")]
            guard index < line.upperBound, separators.contains(bytes[index]) else { return expected }
            index += 1
            guard digits(least: 3, most: 3) != nil else { return "three digits of milliseconds in \(expected)" }
            return nil
        }
        if let expected = time() { return (index, expected) }
        skipBlanks()
        guard bytes[index..<line.upperBound].starts(with: "-->".utf8) else { return (index, "-->") }
        index += 3
        skipBlanks()
        if let expected = time() { return (index, expected) }
        guard index == line.upperBound || bytes[index] == 0x20 || bytes[index] == 0x09 else {
            return (index, webVTT ? "a blank before the cue settings" : "a blank before the coordinates")
        }
        return nil
    }

    /// An error at file offset `offset`.
    private static func error(at offset: Int, in document: TextDocument, _ message: String) -> InputError {
        let position = LineIndex(document.bytes).position(of: offset, in: document.bytes)
        return InputError(SourceLocation(path: document.path, line: position.line, column: position.column), message)
    }
}
