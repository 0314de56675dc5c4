/// The bytes of a compiled Spanish lexicon (see ``SpanishLexicon``), read-only and
/// shared: a memory-mapped cache file, or an array built in memory.
///
/// ## Layout (version 1, all integers unsigned 32-bit little-endian)
/// | offset | content |
/// |---|---|
/// | 0 | magic `ENMLEX` + 2 bytes of format version (`01`) |
/// | 8 | form, lemma, tag and analysis counts; then the byte offsets of the 11 tables |
/// | tables | tag string offsets and bytes; form string offsets and bytes; first analysis of each form; analyses (lemma, tag); lemma string offsets and bytes; first generation of each lemma; generations (form, tag); the source description |
///
/// Forms and lemmas are sorted by their UTF-8 bytes, so a lookup is a binary search.
public final class LexiconImage: @unchecked Sendable {
    /// The bytes; valid as long as the image lives.
    package let bytes: UnsafeRawBufferPointer
    private let release: @Sendable (UnsafeRawBufferPointer) -> Void

    /// Wraps memory the caller owns (a mapped file, say); `release` is called once,
    /// when the image is no longer used.
    public init(bytes: UnsafeRawBufferPointer, release: @escaping @Sendable (UnsafeRawBufferPointer) -> Void) {
        self.bytes = bytes
        self.release = release
    }

    /// Copies `bytes` into memory of its own.
    public convenience init(_ bytes: [UInt8]) {
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, bytes.count), alignment: 8)
        memory.copyBytes(from: bytes)
        self.init(bytes: UnsafeRawBufferPointer(rebasing: memory[0..<bytes.count])) { _ in }
        owned = memory
    }

    /// Memory this image allocated itself, freed with it.
    private var owned: UnsafeMutableRawBufferPointer?

    deinit {
        release(bytes)
        owned?.deallocate()
    }

    /// The magic number and format version at the start of every image.
    public static let magic: [UInt8] = Array("ENMLEX01".utf8)

    /// The number of 32-bit fields after the magic: 4 counts and 11 table offsets.
    static let headerFields = 15

    /// The little-endian 32-bit integer at `offset` bytes (the caller checks bounds).
    @inline(__always)
    func word(at offset: Int) -> Int {
        Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
    }
}
