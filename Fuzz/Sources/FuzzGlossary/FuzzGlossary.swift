import Enmienda

/// Any bytes as a glossary: must load or throw an `InputError`, never crash or hang; a
/// glossary that loads must compile and check a sentence. The same bytes as TBX: must
/// import or throw; entries that import and make a glossary must come back the same from
/// a TBX export of either version.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGlossary(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let glossary = try? Glossary(xml: bytes, path: "fuzz.xml") {
        let alignment = Aligner(glossary: glossary).align(TextDocument("Son no talleres y 12,000 tropas."))
        precondition(alignment.findings.allSatisfy { $0.byteRange.upperBound <= alignment.document.bytes.count })
        roundTrip(glossary)
    }
    _ = GlossaryTBX.isTBX(bytes)
    if let imported = try? GlossaryTBX.entries(from: bytes, path: "fuzz.tbx"),
        let glossary = try? Glossary(entries: imported.entries, title: imported.title)
    {
        roundTrip(glossary)
    }
    return 0
}

/// Small glossaries only: the shipped ones in the seed corpus would take most of the run.
private func roundTrip(_ glossary: Glossary) {
    guard !glossary.entries.isEmpty, glossary.entries.count <= 16 else { return }
    let writer = GlossaryXMLWriter()
    for version in GlossaryTBX.Version.allCases {
        let text = GlossaryTBX.text(of: glossary, version: version)
        guard let back = try? GlossaryTBX.entries(from: Array(text.utf8), path: "again.tbx") else {
            preconditionFailure("an exported TBX file does not import:\n\(text)")
        }
        precondition(
            back.entries.map { writer.xml(for: $0) } == glossary.entries.map { writer.xml(for: $0) },
            "TBX export → import changed the entries:\n\(text)")
        precondition(back.title == glossary.title, "TBX export → import changed the title")
    }
}
