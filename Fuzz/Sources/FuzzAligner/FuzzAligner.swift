import Enmienda
import FuzzSupport

let aligner = Aligner(glossary: (try? Glossary.builtIn) ?? Glossary.empty)

/// Any bytes as an article, through the tokenizer, the sentence splitter and the aligner
/// with the built-in glossary. Checks the invariants: every finding points at its text in
/// the original bytes, findings do not overlap, and the corrected article keeps every
/// byte outside the findings' edits and every line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAligner(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let document = try? TextDocument(bytes: bytes, path: "fuzz.txt") else { return 0 }
    let alignment = aligner.align(document)
    var end = 0
    for finding in alignment.findings {
        precondition(finding.byteRange.lowerBound >= end, "overlapping findings")
        precondition(
            bytes[finding.byteRange].elementsEqual(finding.matchedText.utf8), "offset does not point at the match")
        end = finding.byteRange.upperBound
    }
    checkCorrections(alignment, bytes)
    return 0
}
