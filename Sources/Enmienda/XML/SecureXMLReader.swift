internal import CLibXML2

/// Parses untrusted XML with libxml2 and converts it to ``ParsedElement`` values.
///
/// The parser never touches the network (`XML_PARSE_NONET`), never substitutes
/// entities nor loads a DTD (neither `XML_PARSE_NOENT` nor `XML_PARSE_DTDLOAD` is set),
/// keeps libxml2's default size and depth limits (no `XML_PARSE_HUGE`) and first enforces
/// them itself, with a limit on attributes per element (``MarkupLimits``), and stops at the
/// first `<!DOCTYPE`: Enmienda's formats have no use for DTDs, and refusing them before
/// their declarations are read rules out entity-expansion attacks. Formats whose files
/// customarily name a DTD (TBX 2's `martif`) may let through a `<!DOCTYPE` without an
/// internal subset: the DTD it names is never loaded, so it declares nothing.
///
/// Every error is reported as a ``Diagnostic`` at `path:line:column`; on error nothing
/// is returned, so callers never see part of a document.
enum SecureXMLReader {
    static let parseOptions: Int32 = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_NOBLANKS.rawValue)

    /// Parses `bytes` (the whole file) and returns its root element.
    ///
    /// - Parameters:
    ///   - path: The name used in diagnostics.
    ///   - schema: When given, the document must be valid against it.
    ///   - knownNamespaces: Elements in any other namespace keep their serialized XML in
    ///     ``ParsedElement/rawXML``.
    ///   - allowsExternalDocumentType: Accept `<!DOCTYPE name SYSTEM "…">` with no internal
    ///     subset (`[…]`); the DTD is not read.
    /// - Throws: ``InputError`` with the first problem found.
    static func read(
        _ bytes: [UInt8], path: String, schema: XMLSchema? = nil, knownNamespaces: Set<String> = [],
        allowsExternalDocumentType: Bool = false, keepsBlanks: Bool = false
    ) throws(InputError) -> ParsedElement {
        let start = SourceLocation(path: path, line: 1, column: 1)
        guard !bytes.isEmpty else { throw InputError(start, "the file is empty") }
        guard bytes.count < Int(Int32.max) else { throw InputError(start, "the file is too large (2 GiB or more)") }
        if let wide = XMLRootName.unreadableEncoding(of: bytes) {
            throw InputError(start, "the file is \(wide): Enmienda reads XML in UTF-8 or UTF-16 only")
        }
        try MarkupLimits.check(bytes, path: path)
        // libxml2 tells UTF-16 without a byte-order mark only by `<?`: a file that opens
        // with a blank or an element gets the mark its encoding would have.
        if let wide = MarkupLimits.wideEncoding(of: bytes), wide.width == 2, !wide.marked {
            return try read(
                (wide.bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) + bytes, path: path, schema: schema,
                knownNamespaces: knownNamespaces, allowsExternalDocumentType: allowsExternalDocumentType,
                keepsBlanks: keepsBlanks)
        }

        let collector = XMLErrorCollector(path: path)
        collector.allowsExternalDocumentType = allowsExternalDocumentType
        let lines = LineIndex(bytes)
        let unmanaged = Unmanaged.passRetained(collector)
        defer { unmanaged.release() }

        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars -> xmlDocPtr? in
                guard let context = xmlCreateMemoryParserCtxt(chars.baseAddress, Int32(chars.count)) else {
                    return nil
                }
                defer { xmlFreeParserCtxt(context) }
                context.pointee._private = unmanaged.toOpaque()
                context.pointee.sax.pointee.serror = parserErrorHandler
                context.pointee.sax.pointee.startElementNs = startElementRecordingOffset
                context.pointee.sax.pointee.internalSubset = refuseDocumentType
                xmlCtxtUseOptions(
                    context, keepsBlanks ? parseOptions & ~Int32(XML_PARSE_NOBLANKS.rawValue) : parseOptions)
                xmlParseDocument(context)
                let document = context.pointee.myDoc
                if context.pointee.wellFormed == 0 || collector.first != nil {
                    if let document { xmlFreeDoc(document) }
                    return nil
                }
                return document
            }
        }
        if collector.first != nil || parsed == nil {
            throw InputError([collector.first ?? Diagnostic(location: start, message: "malformed XML")])
        }
        guard let document = parsed else { throw InputError(start, "malformed XML") }
        defer { xmlFreeDoc(document) }
        if let declared = document.pointee.encoding.map({ String(cString: $0) }),
            !["UTF-8", "UTF8", "UTF-16", "UTF16", "UTF-16LE", "UTF-16BE", "US-ASCII", "ASCII"].contains(
                declared.uppercased())
        {
            throw InputError(start, "the file declares the encoding \(declared): Enmienda reads UTF-8 or UTF-16 only")
        }

        let locate: (xmlNodePtr) -> SourceLocation? = { node in
            location(of: node, path: path, bytes: bytes, lines: lines)
        }
        if let schema, let violation = schema.firstViolation(in: document, path: path, locate: locate) {
            throw InputError([violation])
        }
        guard let root = xmlDocGetRootElement(document) else {
            throw InputError(start, "the document has no root element")
        }
        return convert(
            root, document: document, knownNamespaces: knownNamespaces, locate: locate, start: start,
            freeingChildren: true)
    }

    // MARK: - Conversion

    /// With `freeingChildren`, each child, at every depth, is freed from the C tree once
    /// converted, so that a large document is not held twice (as C nodes and as Swift
    /// values) at its peak, however deep its records are (a TBX concept is at depth 3).
    private static func convert(
        _ node: xmlNodePtr, document: xmlDocPtr, knownNamespaces: Set<String>,
        locate: (xmlNodePtr) -> SourceLocation?, start: SourceLocation, names: NamespaceNames = NamespaceNames(),
        freeingChildren: Bool = false
    ) -> ParsedElement {
        let namespace = node.pointee.ns.flatMap { $0.pointee.href }.map(names.string(for:))
        var attributes: [String: String] = [:]
        var qualified: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            let value = textContent(of: current.pointee.children)
            if let href = current.pointee.ns?.pointee.href {
                qualified["{\(String(cString: href))}\(name)"] = value
            } else {
                attributes[name] = value
            }
            attribute = current.pointee.next
        }
        // Serialized before its children are converted and freed.
        var raw: String?
        if let namespace, !knownNamespaces.isEmpty, !knownNamespaces.contains(namespace) {
            raw = serialize(node, document: document)
        }
        var children: [ParsedElement.Child] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(
                    .element(
                        convert(
                            current, document: document, knownNamespaces: knownNamespaces, locate: locate, start: start,
                            names: names, freeingChildren: freeingChildren)
                    ))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { children.append(.text(String(cString: content))) }
            default:
                break  // comments and processing instructions carry no glossary data
            }
            child = current.pointee.next
            if freeingChildren {
                xmlUnlinkNode(current)
                xmlFreeNode(current)
            }
        }
        return ParsedElement(
            localName: String(cString: node.pointee.name), namespaceURI: namespace,
            attributes: attributes, qualifiedAttributes: qualified, children: children,
            location: locate(node) ?? start, offset: node.pointee._private.map { Int(bitPattern: $0) - 1 }, rawXML: raw)
    }

    /// One stored `String` per namespace URI for a whole document, instead of one per
    /// element (URIs are longer than Swift stores inline). Keyed by the text, not by the
    /// C pointer: a freed declaration's memory may be reused for another URI.
    final class NamespaceNames {
        private var strings: Set<String> = []

        func string(for href: UnsafePointer<xmlChar>) -> String {
            let string = String(cString: href)
            return strings.insert(string).memberAfterInsert
        }
    }

    private static func textContent(of first: xmlNodePtr?) -> String {
        var text = ""
        var node = first
        while let current = node {
            if let content = current.pointee.content { text += String(cString: content) }
            node = current.pointee.next
        }
        return text
    }

    /// The element as standalone XML: it is copied out of the tree first, so that the
    /// namespaces it uses but its ancestors declare are declared on the copy.
    private static func serialize(_ node: xmlNodePtr, document: xmlDocPtr) -> String? {
        guard let buffer = xmlBufferCreate(), let copy = xmlDocCopyNode(node, document, 1) else { return nil }
        defer {
            xmlFreeNode(copy)
            xmlBufferFree(buffer)
        }
        guard xmlNodeDump(buffer, document, copy, 0, 0) >= 0, let content = xmlBufferContent(buffer) else { return nil }
        return String(cString: content)
    }

    // MARK: - Locations

    /// The start tag's location, from the byte offset recorded while parsing.
    private static func location(of node: xmlNodePtr, path: String, bytes: [UInt8], lines: LineIndex) -> SourceLocation?
    {
        if let recorded = node.pointee._private {
            let offset = Int(bitPattern: recorded) - 1
            if offset >= 0 && offset < bytes.count {
                let position = lines.position(of: offset, in: bytes)
                return SourceLocation(path: path, line: position.line, column: position.column)
            }
        }
        let line = xmlGetLineNo(node)
        return line > 0 ? SourceLocation(path: path, line: line, column: 1) : nil
    }

    /// The absolute byte offset of the `<` that opened the construct being parsed, when
    /// the input is read without transcoding (UTF-8), so that it indexes the file.
    private static func currentMarkupOffset(_ context: xmlParserCtxtPtr) -> Int? {
        guard let input = context.pointee.input, let base = input.pointee.base, var cursor = input.pointee.cur else {
            return nil
        }
        if let buffer = input.pointee.buf, buffer.pointee.encoder != nil { return nil }
        while cursor > base && cursor.pointee != UInt8(ascii: "<") { cursor -= 1 }
        guard cursor.pointee == UInt8(ascii: "<") else { return nil }
        return Int(input.pointee.consumed) + (cursor - base)
    }

    private static func collector(of context: UnsafeMutableRawPointer?) -> XMLErrorCollector? {
        guard let context, let owner = context.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else {
            return nil
        }
        return Unmanaged<XMLErrorCollector>.fromOpaque(owner).takeUnretainedValue()
    }

    // MARK: - libxml2 callbacks

    private static let parserErrorHandler: xmlStructuredErrorFunc = { context, error in
        guard let error else { return }
        collector(of: context)?.record(error)
    }

    /// Builds the node as libxml2 would, then stores the start tag's byte offset (+1, so
    /// that 0 means unknown) in the node's application slot.
    private static let startElementRecordingOffset: startElementNsSAX2Func = {
        context, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaulted, attributes in
        xmlSAX2StartElementNs(
            context, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaulted, attributes)
        guard let context else { return }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        if let node = parser.pointee.node, let offset = currentMarkupOffset(parser) {
            node.pointee._private = UnsafeMutableRawPointer(bitPattern: offset + 1)
        }
    }

    /// libxml2 calls this when it has read `<!DOCTYPE name ExternalID`, before an internal
    /// subset; the input then stands at its `[` if there is one.
    private static let refuseDocumentType: internalSubsetSAXFunc = { context, _, _, _ in
        guard let context, let collector = collector(of: context) else { return }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        if collector.allowsExternalDocumentType, let next = parser.pointee.input?.pointee.cur, next.pointee != 0x5B {
            return
        }
        let line = Int(parser.pointee.input?.pointee.line ?? 1)
        collector.record(
            Diagnostic(
                location: SourceLocation(path: collector.path, line: max(1, line), column: 1),
                message: "DOCTYPE declarations are not allowed: Enmienda reads no DTDs and no entities"))
        xmlStopParser(parser)
    }
}
