/// Locating an XML element's text in the file's bytes, for the XML-based readers.
enum MarkupSegment {
    /// The segment of `element`'s text, checked against libxml2's reading of it.
    ///
    /// - Throws: ``InputError`` at the element if its text cannot be located in the bytes
    ///   (a file not in UTF-8), rather than risk writing a correction in the wrong place.
    static func segment(
        _ element: ParsedElement, id: String, source: String?, opaque: Set<String>, in document: TextDocument
    ) throws(InputError) -> TextSegment {
        guard let offset = element.offset, let runs = MarkupRuns(document.bytes, elementAt: offset, opaque: opaque),
            runs.text.elementsEqual(element.text(excluding: opaque).utf8)
        else {
            throw InputError(
                element.location,
                "the text of this <\(element.localName)> cannot be located in the file's bytes (is the file UTF-8?)")
        }
        return TextSegment(id: id, text: runs.text, runs: runs.runs, source: source, escaping: .xml)
    }
}
