internal import CLibXML2

/// A compiled W3C XML Schema that documents can be validated against.
///
/// Owns the libxml2 schema object and frees it when released. Schemas are compiled
/// from memory with network access disabled (the `xs:import`s of Enmienda's schemas
/// have no `schemaLocation`, so nothing is ever fetched).
final class XMLSchema: @unchecked Sendable {
    // The compiled schema is immutable once parsed; libxml2 documents validation with a
    // shared schema from several validation contexts as safe.
    fileprivate let schema: xmlSchemaPtr

    /// Compiles a schema from its text. `name` only labels error messages.
    init(bytes: [UInt8], name: String) throws(InputError) {
        let collector = XMLErrorCollector(path: name)
        let unmanaged = Unmanaged.passRetained(collector)
        defer { unmanaged.release() }
        let compiled: xmlSchemaPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let parser = xmlSchemaNewMemParserCtxt(chars.baseAddress, Int32(chars.count))
                else { return nil }
                defer { xmlSchemaFreeParserCtxt(parser) }
                xmlSchemaSetParserStructuredErrors(
                    parser, XMLErrorCollector.structuredHandler, unmanaged.toOpaque())
                return xmlSchemaParse(parser)
            }
        }
        guard let compiled else {
            throw InputError([
                collector.first
                    ?? Diagnostic(
                        location: SourceLocation(path: name, line: 1, column: 1),
                        message: "the schema could not be compiled")
            ])
        }
        schema = compiled
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// Validates a parsed document; returns the first violation, located at the
    /// offending element when libxml2 names one.
    func firstViolation(
        in document: xmlDocPtr, path: String, locate: @escaping (xmlNodePtr) -> SourceLocation?
    ) -> Diagnostic? {
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            return Diagnostic(
                location: SourceLocation(path: path, line: 1, column: 1),
                message: "out of memory while validating")
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = XMLErrorCollector(path: path)
        collector.locate = locate
        let unmanaged = Unmanaged.passRetained(collector)
        defer { unmanaged.release() }
        xmlSchemaSetValidStructuredErrors(
            context, XMLErrorCollector.structuredHandler, unmanaged.toOpaque())
        let status = xmlSchemaValidateDoc(context, document)
        if status == 0 { return nil }
        return collector.first
            ?? Diagnostic(
                location: SourceLocation(path: path, line: 1, column: 1),
                message: "the document does not conform to its schema")
    }
}
