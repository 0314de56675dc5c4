/// Reads XLIFF 1.2 and 2.x files (OASIS XML Localisation Interchange File Format) into
/// segments: the text of each `<target>`, with its `<source>` as the English.
///
/// - XLIFF 1.2: every `trans-unit` (in `file/body`, nested `group`s too) that is not
///   `translate="no"`; only its own `target`, never an `alt-trans` proposal.
/// - XLIFF 2.x: every `segment` of every `unit`, its `target`.
///
/// Inline elements are transparent, so a phrase split by `<g>`, `<mrk>` or `<pc>` is
/// still matched; the content of native-code elements (`<ph>`, `<bpt>`, `<ept>`, `<it>`,
/// `<ut>`) is markup, not text. Files whose target language is not Spanish are skipped.
enum XLIFFReader {
    /// Elements whose content is native code, not translatable text.
    static let opaque: Set<String> = ["ph", "bpt", "ept", "it", "ut", "sub"]

    /// The target segments of `document`, an XLIFF file.
    ///
    /// - Throws: ``InputError`` at `path:line:column` if the XML is malformed or unsafe,
    ///   the root is not `xliff`, no file in it has Spanish as its target language, or a
    ///   target's text cannot be located in the bytes.
    static func read(_ document: TextDocument) throws(InputError) -> SegmentedDocument {
        // CAT tools may name XLIFF's DTD (`<!DOCTYPE xliff SYSTEM …>`); it is never loaded.
        let root = try SecureXMLReader.read(
            document.bytes, path: document.path, allowsExternalDocumentType: true, keepsBlanks: true)
        guard root.localName == "xliff" else {
            throw InputError(root.location, "the root element is \(root.localName), not xliff")
        }
        let version = root.attributes["version"] ?? "1.2"
        var segments: [TextSegment] = []
        var languages: [String] = []
        if version.hasPrefix("1.") {
            for file in root.elements where file.localName == "file" {
                let language = file.attributes["target-language"] ?? ""
                languages.append(language)
                guard BilingualLanguage.isSpanish(language) || language.isEmpty else { continue }
                for unit in Self.units(in: file, named: "trans-unit") {
                    guard unit.attributes["translate"] != "no", let target = unit.child("target", in: root) else {
                        continue
                    }
                    segments.append(
                        try segment(
                            target, id: unit.attributes["id"] ?? "", source: unit.child("source", in: root),
                            in: document))
                }
            }
        } else if version.hasPrefix("2.") {
            let language = root.attributes["trgLang"] ?? ""
            languages.append(language)
            if BilingualLanguage.isSpanish(language) || language.isEmpty {
                for file in root.elements where file.localName == "file" {
                    for unit in Self.units(in: file, named: "unit") {
                        guard unit.attributes["translate"] != "no" else { continue }
                        let parts = unit.elements.filter { $0.localName == "segment" }
                        for (index, part) in parts.enumerated() {
                            guard let target = part.child("target", in: root) else { continue }
                            let unitID = unit.attributes["id"] ?? ""
                            let id =
                                parts.count == 1 ? unitID : "\(unitID)/\(part.attributes["id"] ?? String(index + 1))"
                            var segment = try segment(
                                target, id: id, source: part.child("source", in: root), in: document)
                            segment.elementOffsets += [part.offset].compactMap { $0 }
                            segments.append(segment)
                        }
                    }
                }
            }
        } else {
            throw InputError(
                root.location, "XLIFF version \(version) is not supported: Enmienda reads XLIFF 1.2 and 2.x")
        }
        if !languages.isEmpty, languages.allSatisfy({ !$0.isEmpty && !BilingualLanguage.isSpanish($0) }) {
            throw InputError(
                root.location,
                "the target language is \(languages[0]), not Spanish: Enmienda checks Spanish translations")
        }
        return SegmentedDocument(document: document, format: "XLIFF \(version)", segments: segments)
    }

    /// The elements named `name` under `element`, at any depth of `group`s (and `body`).
    private static func units(in element: ParsedElement, named name: String) -> [ParsedElement] {
        element.elements.flatMap { child -> [ParsedElement] in
            if child.localName == name { return [child] }
            if child.localName == "group" || child.localName == "body" { return units(in: child, named: name) }
            return []
        }
    }

    /// The segment of one `target` element.
    static func segment(_ target: ParsedElement, id: String, source: ParsedElement?, in document: TextDocument)
        throws(InputError) -> TextSegment
    {
        var segment = try MarkupSegment.segment(
            target, id: id, source: source.map { $0.text(excluding: opaque) }, opaque: opaque, in: document)
        segment.elementOffsets = [target.offset].compactMap { $0 }
        return segment
    }
}
