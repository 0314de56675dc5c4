import Foundation

/// The JSON of `POST /v2/check`, written match by match without whitespace, as
/// ``JSONLinesReporter`` writes a line: an answer costs about its own size in memory
/// beyond the alignment, not a tree of objects per match.
extension CheckService {
    /// LanguageTool's response to `request` for `alignment` (its findings on the checked
    /// text), one line with its `\n`: `enmienda` (path and summary), `language` (the one
    /// asked, Spanish detected), `matches`, `software`, `warnings`, keys in sorted order.
    /// For annotated text (``AnnotatedText``), each match's offsets in UTF-16 code units,
    /// code points and bytes, and its line and column, are those of the whole text. Only
    /// the first `maximumMatches` matches are written; `warnings.incompleteResults` says
    /// whether some were left out.
    ///
    /// - Complexity: O(*n*) in the findings written and the text's bytes.
    func answer(for alignment: Alignment, request: CheckRequest, maximumMatches: Int = .max) -> [UInt8] {
        var compactor = JSONLinesCompactor()
        var output = OutputBuffer()
        var head = OutputBuffer()
        head.append(UInt8(ascii: "{"))
        head.appendJSONKey("enmienda", indent: 0)
        JSONValue.object([
            ("path", .string(alignment.document.path)),
            ("summary", JSONReporter.summary(Summary([alignment], weights: weights))),
        ]).write(into: &head, indent: 0)
        head.append(UInt8(ascii: ","))
        head.appendJSONKey("language", indent: 0)
        Self.language(request).write(into: &head, indent: 0)
        head.append(UInt8(ascii: ","))
        head.appendJSONKey("matches", indent: 0)
        head.append(UInt8(ascii: "["))
        compactor.append(head.bytes, to: &output)
        let findings = alignment.findings.prefix(max(0, maximumMatches))
        if !findings.isEmpty {
            var writer = JSONReporter.MatchWriter(document: alignment.document, last: findings.count - 1, indent: 0)
            let remap = request.text.isPlain ? nil : Remapping(text: request.text)
            for index in findings.indices {
                var match = OutputBuffer()
                writer.write(findings[index], at: index, utf16: writer.utf16Span(of: findings[index]), to: &match)
                if let remap {
                    compactor.append(remap.remapped(match.bytes, isLast: index == findings.count - 1), to: &output)
                } else {
                    compactor.append(match.bytes, to: &output)
                }
            }
        }
        JSONLinesReporter(weights: weights).writeTail(
            compactor: &compactor, incomplete: findings.count < alignment.findings.count, to: &output)
        return output.bytes
    }

    /// LanguageTool's `language` object for the language asked, Spanish detected.
    static func language(_ request: CheckRequest) -> JSONValue {
        let detected = LanguageList.languages[0]
        return .object([
            ("code", .string(request.language.longCode)),
            (
                "detectedLanguage",
                .object([
                    ("code", .string(detected.longCode)), ("confidence", .double(1)), ("name", .string(detected.name)),
                    ("source", .string("enmienda")),
                ])
            ),
            ("name", .string(request.language.name)),
        ])
    }

    /// Moves a match's offsets from the checked text into the whole annotated text.
    private struct Remapping {
        let text: AnnotatedText
        let original: [UInt8]
        let lines: LineIndex

        init(text: AnnotatedText) {
            self.text = text
            original = Array(text.originalText.utf8)
            lines = LineIndex(original)
        }

        /// The match object in `match` (one match, with the comma that follows it unless
        /// `isLast`) with its offsets, line and column in the whole text; the other members
        /// as they are.
        func remapped(_ match: [UInt8], isLast: Bool) -> [UInt8] {
            var body = match[...]
            while let last = body.last, last == 0x0A || last == 0x20 || last == UInt8(ascii: ",") {
                body.removeLast()
            }
            guard var object = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] else {
                return match
            }
            for (offsetKey, lengthKey, unit) in [
                ("offset", "length", AnnotatedText.Unit.utf16), ("codePointOffset", "codePointLength", .scalars),
                ("byteOffset", "byteLength", .bytes),
            ] {
                guard let offset = object[offsetKey] as? Int, let length = object[lengthKey] as? Int else { continue }
                let start = text.originalOffset(of: offset, in: unit, isEnd: false)
                let end = max(start, text.originalOffset(of: offset + length, in: unit, isEnd: true))
                object[offsetKey] = start
                object[lengthKey] = end - start
            }
            if let byteOffset = object["byteOffset"] as? Int, byteOffset <= original.count {
                let position = lines.position(of: byteOffset, in: original)
                object["line"] = position.line
                object["column"] = position.column
            }
            guard
                let data = try? JSONSerialization.data(
                    withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            else { return match }
            return Array(data) + (isLast ? [] : [UInt8(ascii: ",")])
        }
    }
}
