/// An XML element converted from libxml2's tree into plain Swift values.
///
/// The C tree is freed as soon as the conversion is done: no libxml2 pointer outlives a
/// parse. Only what the loaders need is kept: names, namespaces, attributes, text,
/// child elements, the element's location, and the serialized XML of elements from
/// namespaces the loader does not know, so that they can be kept untouched.
struct ParsedElement: Sendable, Equatable {
    /// One child of an element, in document order.
    enum Child: Sendable, Equatable {
        case element(ParsedElement)
        case text(String)
    }

    var localName: String
    var namespaceURI: String?
    /// Attributes without a namespace, by local name.
    var attributes: [String: String]
    /// Attributes in a namespace, keyed `{namespace}local`, kept for extensions.
    var qualifiedAttributes: [String: String]
    var children: [Child]
    /// Where the start tag begins.
    var location: SourceLocation
    /// The byte offset of the start tag's `<` in the file, when the file was read as UTF-8.
    var offset: Int? = nil
    /// The element serialized back to XML, when it is in a namespace the parser was told
    /// to keep verbatim; `nil` otherwise.
    var rawXML: String?

    /// The child elements, skipping text.
    var elements: [ParsedElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The concatenated text of the element and its descendants.
    var text: String {
        children.map { child in
            switch child {
            case .element(let element): element.text
            case .text(let text): text
            }
        }.joined()
    }
}
