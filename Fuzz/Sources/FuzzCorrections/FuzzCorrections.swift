import Enmienda
import FuzzSupport

/// The first byte chooses a glossary entry's wrong form; the rest is text containing it at
/// random places. Applying the corrections must change only the findings' edits (the
/// suggestion, with the match's line breaks kept) and never the number of lines, and
/// aligning with no glossary entry matching must reproduce the input byte for byte.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCorrections(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let document = try? TextDocument(bytes: bytes, path: "fuzz.txt") else { return 0 }
    let entry = GlossaryEntry(
        id: "e", sources: ["x"], wrongForms: ["no talleres", "{number} tropas"],
        suggestions: ["inviables"], category: .mistranslation, severity: .major)
    guard let glossary = try? Glossary(entries: [entry]) else { return 0 }
    let alignment = Aligner(glossary: glossary).align(document)
    if alignment.findings.isEmpty {
        precondition(alignment.correctedBytes == bytes, "no correction must reproduce the input")
    }
    checkCorrections(alignment, bytes)
    for (finding, edit) in zip(alignment.findings, alignment.edits) {
        guard let edit else { continue }
        // A match of printable ASCII words parted by single spaces is replaced by the
        // suggestion as written.
        let match = bytes[finding.byteRange]
        let plain =
            !match.contains { $0 < 0x20 || $0 >= 0x7F }
            && !zip(match, match.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
        if plain {
            precondition(
                edit.byteRange == finding.byteRange && edit.replacement.elementsEqual(finding.topSuggestion.utf8),
                "the correction is not the suggestion")
        }
    }
    return 0
}
