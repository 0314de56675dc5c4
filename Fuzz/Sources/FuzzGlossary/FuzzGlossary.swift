import Enmienda

/// Any bytes as a glossary: must load or throw an `InputError`, never crash or hang; a
/// glossary that loads must compile and check a sentence.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGlossary(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let glossary = try? Glossary(xml: bytes, path: "fuzz.xml") else { return 0 }
    let alignment = Aligner(glossary: glossary).align(TextDocument("Son no talleres y 12,000 tropas."))
    precondition(alignment.findings.allSatisfy { $0.byteRange.upperBound <= alignment.document.bytes.count })
    return 0
}
