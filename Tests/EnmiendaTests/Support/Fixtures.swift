import EnmiendaTestSupport
import Foundation

@testable import Enmienda
@testable import EnmiendaCore

/// Paths and glossary files for the library tests (the entries built in code are in the
/// EnmiendaTestSupport target).
extension Fixtures {
    /// The package's root directory.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String {
        packageRoot.appendingPathComponent(relative).path
    }

    /// A glossary document with `entries` (XML) inside the root element.
    static func glossaryXML(_ entries: String, root: String = #"<glossary xmlns="urn:enmienda:glossary" version="1">"#)
        -> [UInt8]
    {
        Array(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            \(root)
            \(entries)
            </glossary>

            """.utf8)
    }

    /// A valid entry with the given id and wrong form.
    static func entryXML(id: String, wrong: String = "no talleres", suggestion: String = "inviables") -> String {
        """
          <entry id="\(id)" category="mistranslation" severity="major">
            <source>non-starters</source>
            <wrong>\(wrong)</wrong>
            <suggestion>\(suggestion)</suggestion>
          </entry>
        """
    }

    /// The error loading `bytes` as a glossary throws, or `nil` if it loads.
    static func loadError(_ bytes: [UInt8], path: String = "g.xml") -> InputError? {
        do {
            _ = try Glossary(xml: bytes, path: path)
            return nil
        } catch {
            return error
        }
    }
}
