/// Reads TMX translation memories (LISA/GALA Translation Memory eXchange 1.4) into
/// segments: in each `tu`, the `seg` of each Spanish `tuv` (any region) is a target, and
/// the `seg` of the header's source language (or else the first other `tuv`) is the source.
///
/// Inline codes (`bpt`, `ept`, `it`, `ph`, `ut`) are markup; `hi` is transparent.
enum TMXReader {
    static let opaque: Set<String> = ["bpt", "ept", "it", "ph", "ut"]

    /// The Spanish segments of `document`, a TMX file.
    ///
    /// - Throws: ``InputError`` at `path:line:column` if the XML is malformed or unsafe,
    ///   the root is not `tmx`, or a segment's text cannot be located in the bytes.
    static func read(_ document: TextDocument) throws(InputError) -> SegmentedDocument {
        // TMX files usually name their DTD (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`); it is never loaded.
        let root = try SecureXMLReader.read(
            document.bytes, path: document.path, allowsExternalDocumentType: true, keepsBlanks: true)
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
            let targets = variants.filter { BilingualLanguage.isSpanish(language($0)) }
            let source =
                variants.first { language($0).lowercased() == sourceLanguage.lowercased() && !targets.contains($0) }
                ?? variants.first { !targets.contains($0) }
            // Every Spanish variant (es-ES, es-MX…) is a target; several are told apart by language.
            for target in targets {
                guard let seg = target.child("seg") else { continue }
                let unitID = unit.attributes["tuid"] ?? "tu \(index + 1)"
                segments.append(
                    try MarkupSegment.segment(
                        seg, id: targets.count > 1 ? "\(unitID) \(language(target))" : unitID,
                        source: source?.child("seg")?.text(excluding: opaque), opaque: opaque, in: document))
            }
        }
        return SegmentedDocument(document: document, format: "TMX", segments: segments)
    }
}
