/// Reads TMX translation memories (LISA/GALA Translation Memory eXchange 1.4) into
/// segments: in each `tu`, the `seg` of the Spanish `tuv` is the target and the `seg` of
/// the header's source language (or else the first other `tuv`) is the source.
///
/// Inline codes (`bpt`, `ept`, `it`, `ph`, `ut`) are markup; `hi` is transparent.
enum TMXReader {
    static let opaque: Set<String> = ["bpt", "ept", "it", "ph", "ut"]

    /// The Spanish segments of `document`, a TMX file.
    ///
    /// - Throws: ``InputError`` at `path:line:column` if the XML is malformed or unsafe,
    ///   the root is not `tmx`, or a segment's text cannot be located in the bytes.
    static func read(_ document: TextDocument) throws(InputError) -> SegmentedDocument {
        let root = try SecureXMLReader.read(document.bytes, path: document.path, keepsBlanks: true)
        guard root.localName == "tmx" else {
            throw InputError(root.location, "the root element is \(root.localName), not tmx")
        }
        let sourceLanguage = root.child("header")?.attributes["srclang"] ?? ""
        var segments: [TextSegment] = []
        let units = root.child("body")?.elements.filter { $0.localName == "tu" } ?? []
        for (index, unit) in units.enumerated() {
            let variants = unit.elements.filter { $0.localName == "tuv" }
            let language = { (variant: ParsedElement) in
                variant.qualifiedAttributes["{http://www.w3.org/XML/1998/namespace}lang"]
                    ?? variant.attributes["lang"] ?? ""
            }
            guard let target = variants.first(where: { BilingualLanguage.isSpanish(language($0)) }),
                let seg = target.child("seg")
            else { continue }
            let source =
                variants.first { language($0).lowercased() == sourceLanguage.lowercased() && $0 != target }
                ?? variants.first { $0 != target }
            segments.append(
                try MarkupSegment.segment(
                    seg, id: unit.attributes["tuid"] ?? "tu \(index + 1)",
                    source: source?.child("seg")?.text(excluding: opaque), opaque: opaque, in: document))
        }
        return SegmentedDocument(document: document, format: "TMX", segments: segments)
    }
}
