internal import CLibXML2
import Foundation

/// Collects the first error that libxml2 reports for one parse or one validation.
///
/// libxml2 calls back through a structured-error handler installed on the parser or
/// validation context; the context carries an unmanaged pointer to this collector, so
/// errors never go through libxml2's global "last error".
final class XMLErrorCollector {
    let path: String
    private(set) var first: Diagnostic?
    /// Maps a node to the location of its start tag, for validation errors.
    var locate: ((xmlNodePtr) -> SourceLocation?)?
    /// Whether a `<!DOCTYPE` that only names an external DTD (which is never loaded) is let through.
    var allowsExternalDocumentType = false

    init(path: String) {
        self.path = path
    }

    func record(_ error: UnsafePointer<xmlError>) {
        guard first == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var location = SourceLocation(
            path: path, line: max(1, Int(error.pointee.line)), column: max(1, Int(error.pointee.int2)))
        if let node = error.pointee.node, let locate,
            let nodeLocation = locate(node.assumingMemoryBound(to: xmlNode.self))
        {
            location = nodeLocation
        }
        first = Diagnostic(location: location, message: Self.clean(error.pointee.message))
    }

    /// Records a problem found by Enmienda itself during a parse, if none came first.
    func record(_ diagnostic: Diagnostic) {
        if first == nil { first = diagnostic }
    }

    /// libxml2's messages end with a newline, may hold more lines (the bytes of bad
    /// UTF-8) and sometimes name the schema namespace in braces; keep them on one readable
    /// line, its lines joined with "; ".
    static func clean(_ message: UnsafeMutablePointer<CChar>?) -> String {
        guard let message else { return "malformed XML" }
        return clean(String(cString: message))
    }

    /// ``clean(_:)`` of a message already read.
    static func clean(_ message: String) -> String {
        var text = message.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
        text = text.replacingOccurrences(of: "{urn:enmienda:glossary}", with: "")
        text = text.replacingOccurrences(of: "{urn:enmienda:corrections}", with: "")
        // libxml2's words for a byte that is not UTF-8, which ask for an encoding.
        text = text.replacingOccurrences(
            of: "Input is not proper UTF-8, indicate encoding !",
            with: "not valid UTF-8: save the file as UTF-8, or name its encoding in the XML declaration")
        return text.isEmpty ? "malformed XML" : text
    }

    /// The C callback: `context` is the unmanaged collector.
    static let structuredHandler: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        Unmanaged<XMLErrorCollector>.fromOpaque(context).takeUnretainedValue().record(error)
    }
}
