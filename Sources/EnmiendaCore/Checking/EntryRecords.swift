/// The entries' words and the string table kept from a compiled glossary's image, which a
/// glossary read back decodes an entry from, or its heading alone (see
/// ``DeferredEntries``). Every entry was checked when the image was read: decoding one
/// cannot fail.
struct EntryRecords: Sendable {
    let bytes: [UInt8]
    let layout: BinaryImageReader.Layout
    /// Where each entry starts, in words of the whole image.
    let offsets: [Int32]
    /// Where the first entry starts, in words of the whole image.
    let start: Int
    let memo: EnumerationMemo

    /// The entry at `index`, decoded whole.
    func entry(at index: Int) -> GlossaryEntry {
        decoding(index) { (reader, memo) throws(BinaryImageReader.Error) in try reader.entry(memo: &memo) }
    }

    /// The heading of the entry at `index`, the rest of the entry left unread.
    func heading(at index: Int) -> EntryHeading {
        decoding(index) { (reader, memo) throws(BinaryImageReader.Error) in try reader.heading(memo: &memo) }
    }

    /// What `body` reads from the start of the entry at `index`.
    private func decoding<Value>(
        _ index: Int,
        _ body: (inout BinaryImageReader, inout EnumerationMemo) throws(BinaryImageReader.Error) -> Value
    ) -> Value {
        bytes.withUnsafeBytes { raw in
            var reader = BinaryImageReader(image: raw, layout: layout)
            var memo = memo
            do throws(BinaryImageReader.Error) {
                try reader.seek(to: Int(offsets[index]) - start)
                return try body(&reader, &memo)
            } catch {
                preconditionFailure("entry \(index) of a checked compiled glossary: \(error)")
            }
        }
    }
}
