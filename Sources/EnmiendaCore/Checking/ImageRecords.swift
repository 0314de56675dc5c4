/// The entries' and forms' words and the string table kept from a compiled glossary's
/// image (or the whole image), which a glossary read back decodes an entry from, or its heading alone (see
/// ``DeferredEntries``), and a form (see ``VariantTable``). Every entry and form was
/// checked when the image was read: decoding one cannot fail.
struct ImageRecords: Sendable {
    let bytes: [UInt8]
    let layout: BinaryImageReader.Layout
    /// Where each entry starts, in words of the whole image.
    let entryOffsets: [Int32]
    /// Where each form starts, in words of the whole image.
    let variantOffsets: [Int32]
    /// Where the kept words start, in words of the whole image: at the first entry for a
    /// copy of the entries and forms, 0 when the whole image is kept.
    let start: Int
    let memo: EnumerationMemo

    /// The entry at `index`, decoded whole.
    func entry(at index: Int) -> GlossaryEntry {
        decoding(at: entryOffsets[index]) { (reader, memo) throws(BinaryImageReader.Error) in
            try reader.entry(memo: &memo)
        }
    }

    /// The heading of the entry at `index`, the rest of the entry left unread.
    func heading(at index: Int) -> EntryHeading {
        decoding(at: entryOffsets[index]) { (reader, memo) throws(BinaryImageReader.Error) in
            try reader.heading(memo: &memo)
        }
    }

    /// The form at `index`, decoded whole.
    func variant(at index: Int) -> PatternVariant {
        decoding(at: variantOffsets[index]) { (reader, memo) throws(BinaryImageReader.Error) in
            try reader.variant(entryCount: entryOffsets.count, memo: &memo)
        }
    }

    /// What `body` reads from `offset` (in words of the whole image).
    private func decoding<Value>(
        at offset: Int32,
        _ body: (inout BinaryImageReader, inout EnumerationMemo) throws(BinaryImageReader.Error) -> Value
    ) -> Value {
        bytes.withUnsafeBytes { raw in
            var reader = BinaryImageReader(image: raw, layout: layout)
            var memo = memo
            do throws(BinaryImageReader.Error) {
                try reader.seek(to: Int(offset) - start)
                return try body(&reader, &memo)
            } catch {
                preconditionFailure("a record at word \(offset) of a checked compiled glossary: \(error)")
            }
        }
    }
}
