import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// No Debian or PyPI package ships the XLIFF 2 schema: the structural rules of XLIFF 2.x
/// core (OASIS XLIFF 2.1, §4) that a corrected file must keep are checked here instead,
/// on a file `fix` corrected, and every element outside the targets' text must be as it
/// was (issue 17).
@Suite struct XLIFF2StructureTests {
    private static let original = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en-US" trgLang="es-ES">
         <file id="f1" original="news.html">
          <notes><note id="n1">Son no talleres.</note></notes>
          <unit id="u1" name="lead">
           <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data></originalData>
           <segment id="s1" state="translated">
            <source>The demands are <pc id="1" dataRefStart="d1" dataRefEnd="d2">non-starters</pc>.</source>
            <target>Las demandas son no <pc id="1" dataRefStart="d1" dataRefEnd="d2">talleres</pc>.</target>
           </segment>
           <ignorable><source> </source><target> </target></ignorable>
           <segment id="s2">
            <source>The launch will take place<ph id="2"/> soon.</source>
            <target>El lanzamiento tomará lugar<ph id="2"/> pronto.</target>
           </segment>
          </unit>
          <group id="g1">
           <unit id="u2"><segment><source>Rounds of ammunition.</source><target>Rondas de municiones.</target></segment></unit>
          </group>
         </file>
        </xliff>

        """

    /// The XLIFF 2 core rules this reader and writer rely on; the problems found.
    private func violations(_ root: ParsedElement) -> [String] {
        var problems: [String] = []
        if root.localName != "xliff" || !(root.attributes["version"] ?? "").hasPrefix("2.") {
            problems.append("the root is not <xliff version=\"2.x\">")
        }
        if root.attributes["srcLang"] == nil { problems.append("<xliff> has no srcLang") }
        var fileIDs: Set<String> = []
        for file in root.elements where file.localName == "file" {
            guard let id = file.attributes["id"], fileIDs.insert(id).inserted else {
                problems.append("a <file> has no id or a repeated one")
                continue
            }
            var unitIDs: Set<String> = []
            func units(_ element: ParsedElement) -> [ParsedElement] {
                element.elements.flatMap { $0.localName == "unit" ? [$0] : $0.localName == "group" ? units($0) : [] }
            }
            for unit in units(file) {
                guard let id = unit.attributes["id"], unitIDs.insert(id).inserted else {
                    problems.append("a <unit> has no id or a repeated one")
                    continue
                }
                for part in unit.elements where part.localName == "segment" || part.localName == "ignorable" {
                    let names = part.elements.map(\.localName)
                    if names.first != "source" || names.filter({ $0 == "source" }).count != 1
                        || names.filter({ $0 == "target" }).count > 1
                    {
                        problems.append(
                            "\(id): a \(part.localName) must have one <source> first and at most one <target>")
                    }
                    if let source = part.child("source"), let target = part.child("target"),
                        codes(source).sorted() != codes(target).sorted()
                    {
                        problems.append("\(id): the target's inline codes are not the source's")
                    }
                }
            }
        }
        return problems
    }

    /// The inline codes of an element: `name#id` of each `ph`, `pc`, `sc`, `ec`.
    private func codes(_ element: ParsedElement) -> [String] {
        element.elements.flatMap { child in
            (["ph", "pc", "sc", "ec"].contains(child.localName)
                ? ["\(child.localName)#\(child.attributes["id"] ?? "")"] : [])
                + codes(child)
        }
    }

    /// The element with the text of every `target` left out: what must not change.
    private func skeleton(_ element: ParsedElement, inTarget: Bool = false) -> String {
        let inside = inTarget || element.localName == "target"
        let attributes = element.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let children = element.children.map { child -> String in
            switch child {
            case .element(let nested): skeleton(nested, inTarget: inside)
            case .text(let text): inside ? "" : text
            }
        }
        return "<\(element.localName) \(attributes.joined(separator: " "))>\(children.joined())</\(element.localName)>"
    }

    @Test func aCorrectedFileKeepsTheStructure() throws {
        let article = try Article(document: TextDocument(Self.original, path: "news.xlf"))
        let alignment = Aligner(glossary: try Glossary.builtIn).align(article)
        #expect(alignment.findings.map(\.segment?.id) == ["u1/s1", "u1/s2", "u2"])
        let corrected = alignment.correctedBytes
        let before = try SecureXMLReader.read(Array(Self.original.utf8), path: "before.xlf", keepsBlanks: true)
        let after = try SecureXMLReader.read(corrected, path: "after.xlf", keepsBlanks: true)
        #expect(violations(before) == [])
        #expect(violations(after) == [])
        #expect(skeleton(after) == skeleton(before))
        let text = String(decoding: corrected, as: UTF8.self)
        #expect(
            text.contains(
                "<target>Las demandas son <pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\">inviables</pc>.</target>"))
        #expect(text.contains("<target>El lanzamiento tendrá lugar<ph id=\"2\"/> pronto.</target>"))
        #expect(text.contains("<target>Proyectiles.</target>"))
        // The notes and the ignorable's text are not targets of segments: untouched.
        #expect(text.contains("<note id=\"n1\">Son no talleres.</note>"))
    }
}
