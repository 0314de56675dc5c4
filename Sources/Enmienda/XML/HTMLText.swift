internal import CLibXML2

/// How libxml2's HTML parser reads a page: the elements and text it reports, in order, for
/// ``HTMLReader`` to check its own reading of the bytes against; and HTML's named
/// character references, from libxml2's table.
///
/// The parser is libxml2's HTML parser, as forgiving as browsers are (unclosed `<p>` and
/// `<li>`, unquoted attributes, stray end tags). It never touches the network
/// (`HTML_PARSE_NONET`), loads no DTD and expands no entity but HTML's own, reports and
/// prints no errors, reads the bytes as UTF-8 whatever the page declares or its first
/// bytes suggest (`HTML_PARSE_IGNORE_ENC`), ends a `<script>` or `<style>` only at its own
/// end tag (`HTML_PARSE_RECOVER`) and builds no tree: its SAX events are recorded as they
/// come, so a page nested however deep costs one event per element, no recursion, and no
/// depth limit that would stop the parse halfway; the content of scripts and styles is
/// not kept. No libxml2 pointer outlives a call.
enum HTMLText {
    /// One thing the parser reported.
    enum Event: Hashable, Sendable {
        /// An element starts: its name in lower case, its `translate` attribute, and the
        /// byte offset the parser stood at (`nil` if unknown): for an element written in
        /// the file, the `>` or `/>` that ends its start tag; for one the parser implied
        /// (`<html>`, `<body>`, a `<p>` around text outside any element), wherever the
        /// markup that made it do so is.
        case start(name: String, translate: String?, cursor: Int?)
        /// An element ends. An element whose start tag the end of the file cuts off
        /// starts but never ends.
        case end(name: String)
        /// Text, character and entity references decoded; consecutive pieces are joined.
        case text([UInt8])
    }

    static let parseOptions = Int32(
        HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NODEFDTD.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    /// The events of the HTML page `bytes` (UTF-8), or `nil` if libxml2 cannot read it at
    /// all (an empty file, 2 GiB or more, no memory).
    static func events(of bytes: [UInt8]) -> [Event]? {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let recorder = Recorder()
        let unmanaged = Unmanaged.passRetained(recorder)
        defer { unmanaged.release() }
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars -> Bool in
                guard let context = htmlCreateMemoryParserCtxt(chars.baseAddress, Int32(chars.count)),
                    let handler = context.pointee.sax
                else { return false }
                defer { htmlFreeParserCtxt(context) }
                // Only what the reader needs: no document, no comments, no DTD.
                handler.pointee = htmlSAXHandler()
                handler.pointee.initialized = 1
                handler.pointee.startElement = startElement
                handler.pointee.endElement = endElement
                handler.pointee.characters = characters
                handler.pointee.ignorableWhitespace = characters
                handler.pointee.cdataBlock = scriptContent
                context.pointee._private = unmanaged.toOpaque()
                htmlCtxtUseOptions(context, parseOptions)
                // UTF-8 without a converter, so that the parser's offsets are the file's; with
                // the encoding named, the parser does not guess another from the first bytes.
                _ = xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
                if context.pointee.encoding == nil { context.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8")) }
                _ = htmlParseDocument(context)
                if let document = context.pointee.myDoc { xmlFreeDoc(document) }
                return true
            }
        }
        guard parsed else { return nil }
        recorder.flush()
        return recorder.events
    }

    /// The character HTML's named reference `name` (between `&` and `;`, case-sensitive)
    /// stands for, from libxml2's table of HTML 4's entities (`nbsp`, `eacute`, `mdash`…),
    /// or `nil` if it names none.
    static func character(named name: some Collection<UInt8>) -> Unicode.Scalar? {
        guard !name.isEmpty, name.count < 64, !name.contains(0) else { return nil }
        let terminated = Array(name) + [0]
        guard let entity = htmlEntityLookup(terminated) else { return nil }
        return Unicode.Scalar(entity.pointee.value)
    }

    /// Collects the events of one parse; text is gathered until the next element event.
    private final class Recorder {
        var events: [Event] = []
        var text: [UInt8] = []

        func flush() {
            guard !text.isEmpty else { return }
            events.append(.text(text))
            text = []
        }
    }

    private static func recorder(of context: UnsafeMutableRawPointer?) -> (Recorder, xmlParserCtxtPtr)? {
        guard let context else { return nil }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let owner = parser.pointee._private else { return nil }
        return (Unmanaged<Recorder>.fromOpaque(owner).takeUnretainedValue(), parser)
    }

    /// The byte offset in the file the parser stands at, if it reads the bytes as they are.
    private static func cursor(of parser: xmlParserCtxtPtr) -> Int? {
        guard let input = parser.pointee.input, let base = input.pointee.base, let current = input.pointee.cur else {
            return nil
        }
        if let buffer = input.pointee.buf, buffer.pointee.encoder != nil { return nil }
        return Int(input.pointee.consumed) + (current - base)
    }

    // MARK: - libxml2 callbacks

    private static let startElement: startElementSAXFunc = { context, name, attributes in
        guard let name, let (recorder, parser) = recorder(of: context) else { return }
        var translate: String?
        if let attributes {
            var index = 0
            while let attribute = attributes[index] {
                if String(cString: attribute) == "translate" {
                    translate = attributes[index + 1].map { String(cString: $0) } ?? ""
                    break
                }
                index += 2
            }
        }
        recorder.flush()
        recorder.events.append(.start(name: String(cString: name), translate: translate, cursor: cursor(of: parser)))
    }

    private static let endElement: endElementSAXFunc = { context, name in
        guard let name, let (recorder, _) = recorder(of: context) else { return }
        recorder.flush()
        recorder.events.append(.end(name: String(cString: name)))
    }

    /// The content of a `script` or `style` element: not text, not needed.
    private static let scriptContent: cdataBlockSAXFunc = { _, _, _ in }

    private static let characters: charactersSAXFunc = { context, characters, length in
        guard let characters, length > 0, let (recorder, _) = recorder(of: context) else { return }
        recorder.text.append(contentsOf: UnsafeBufferPointer(start: characters, count: Int(length)))
    }
}
