import Enmienda

/// The first byte chooses a glossary entry's wrong form; the rest is text containing it at
/// random places. Applying the corrections must change only the findings' spans, and
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
    var position = 0
    var output = alignment.correctedBytes[...]
    for finding in alignment.findings {
        let before = bytes[position..<finding.byteRange.lowerBound]
        precondition(output.starts(with: before), "bytes outside a correction changed")
        output = output.dropFirst(before.count)
        precondition(output.starts(with: finding.topSuggestion.utf8), "the correction is not the suggestion")
        output = output.dropFirst(finding.topSuggestion.utf8.count)
        position = finding.byteRange.upperBound
    }
    precondition(output.elementsEqual(bytes[position...]), "the tail changed")
    return 0
}
