/// A compiled Spanish lexicon: every form of every word it knows, with its analyses
/// (lemma and features), and the way back from a lemma to its forms.
///
/// The data comes from a maintained lexical resource (Apertium's Spanish dictionary,
/// read by the `Enmienda` module's lexicon cache) and lives in a ``LexiconImage``: a
/// lookup is a binary search over the mapped bytes, so opening costs nothing beyond a
/// check of the tables' bounds, whatever the lexicon's size.
///
/// ```swift
/// let lexicon = try SpanishLexicon(image: image)
/// lexicon.analyses(of: "asumió")   // [asumir<vblex><ifi><p3><sg>]
/// lexicon.paradigm(of: "suponer")  // 56 (form, features) pairs
/// ```
///
/// Forms are looked up exactly as written (bytes): callers lower-case words first
/// unless they mean a proper noun.
public struct SpanishLexicon: Sendable {
    /// Why an image cannot be read as a lexicon.
    public struct FormatError: Error, Hashable, Sendable, CustomStringConvertible {
        /// What is wrong, in words.
        public var reason: String
        /// The reason.
        public var description: String { reason }
    }

    private let image: LexiconImage
    private let tagFeatures: [WordFeatures]
    private let tables: [Int]
    /// The number of distinct forms.
    public let formCount: Int
    /// The number of distinct lemmas.
    public let lemmaCount: Int
    /// The number of (form, lemma, tags) analyses.
    public let analysisCount: Int
    /// Where the data came from (package and version), as the builder was told.
    public let source: String

    /// Opens `image`, checking that every table and index lies inside it.
    ///
    /// - Complexity: O(size of the index tables): a few milliseconds for 350,000 forms.
    /// - Throws: ``FormatError`` for an image of another format or version, or one whose
    ///   tables are cut or inconsistent (a damaged cache file).
    public init(image: LexiconImage) throws(FormatError) {
        let bytes = image.bytes
        let magic = LexiconImage.magic
        let headerEnd = magic.count + LexiconImage.headerFields * 4
        guard bytes.count >= headerEnd, bytes.prefix(magic.count).elementsEqual(magic) else {
            throw FormatError(reason: "not an Enmienda lexicon of format \(String(decoding: magic, as: UTF8.self))")
        }
        let fields = (0..<LexiconImage.headerFields).map { image.word(at: magic.count + $0 * 4) }
        let (formCount, lemmaCount, tagCount, analysisCount) = (fields[0], fields[1], fields[2], fields[3])
        var tables = Array(fields[4...])
        tables.append(bytes.count)
        // Each table starts where it should, after the previous one, inside the file.
        for index in tables.indices.dropLast() where !(tables[index] <= tables[index + 1]) || tables[0] < headerEnd {
            throw FormatError(reason: "table \(index) lies outside the file")
        }
        func size(_ table: Int) -> Int { tables[table + 1] - tables[table] }
        let counts = [formCount, lemmaCount, tagCount, analysisCount]
        guard counts.allSatisfy({ $0 < 1 << 28 }),
            size(0) >= (tagCount + 1) * 4, size(2) >= (formCount + 1) * 4, size(4) >= (formCount + 1) * 4,
            size(5) >= analysisCount * 8, size(6) >= (lemmaCount + 1) * 4, size(8) >= (lemmaCount + 1) * 4,
            size(9) >= analysisCount * 8
        else { throw FormatError(reason: "a table is shorter than its count") }
        // Offsets into the string blobs and the analyses grow and stay in bounds.
        func checkMonotonic(_ table: Int, count: Int, limit: Int, what: String) throws(FormatError) {
            var previous = 0
            for index in 0...count {
                let value = image.word(at: tables[table] + index * 4)
                guard value >= previous, value <= limit, index > 0 || value == 0 else {
                    throw FormatError(reason: "the \(what) index is damaged")
                }
                previous = value
            }
        }
        try checkMonotonic(0, count: tagCount, limit: size(1), what: "tag")
        try checkMonotonic(2, count: formCount, limit: size(3), what: "form")
        try checkMonotonic(4, count: formCount, limit: analysisCount, what: "analysis")
        guard image.word(at: tables[4] + formCount * 4) == analysisCount else {
            throw FormatError(reason: "the analysis index is damaged")
        }
        try checkMonotonic(6, count: lemmaCount, limit: size(7), what: "lemma")
        try checkMonotonic(8, count: lemmaCount, limit: analysisCount, what: "generation")
        for index in 0..<analysisCount {
            guard image.word(at: tables[5] + index * 8) < lemmaCount,
                image.word(at: tables[5] + index * 8 + 4) < tagCount,
                image.word(at: tables[9] + index * 8) < formCount, image.word(at: tables[9] + index * 8 + 4) < tagCount
            else { throw FormatError(reason: "an analysis points outside the tables") }
        }
        var features: [WordFeatures] = []
        features.reserveCapacity(tagCount)
        for index in 0..<tagCount {
            let start = tables[1] + image.word(at: tables[0] + index * 4)
            let end = tables[1] + image.word(at: tables[0] + index * 4 + 4)
            let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            guard let value = WordFeatures(apertiumTags: text) else {
                throw FormatError(reason: "unknown tags \(text)")
            }
            features.append(value)
        }
        self.image = image
        self.tables = tables
        self.tagFeatures = features
        self.formCount = formCount
        self.lemmaCount = lemmaCount
        self.analysisCount = analysisCount
        self.source = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[tables[10]..<tables[11]]), as: UTF8.self)
    }

    // MARK: Lookup

    /// Whether `form` (exact bytes) is a known form.
    public func contains(_ form: String) -> Bool { formIndex(of: form) != nil }

    /// Every analysis of `form` (exact bytes), or none when the lexicon does not know it.
    public func analyses(of form: String) -> [WordAnalysis] {
        guard let index = formIndex(of: form) else { return [] }
        return analyses(ofFormAt: index).map { WordAnalysis(lemma: lemma(at: $0.lemma), features: tagFeatures[$0.tag]) }
    }

    /// Calls `body` with every distinct form the lexicon knows, in byte order.
    ///
    /// - Complexity: O(number of forms).
    public func forEachForm(_ body: (String) -> Void) {
        for index in 0..<formCount { body(form(at: index)) }
    }

    /// Every form of `lemma` with its features, in the lexicon's order (by tags).
    public func paradigm(of lemma: String) -> [(form: String, features: WordFeatures)] {
        guard let index = lemmaIndex(of: lemma) else { return [] }
        let first = image.word(at: tables[8] + index * 4)
        let end = image.word(at: tables[8] + index * 4 + 4)
        return (first..<end).map { row in
            let offset = tables[9] + row * 8
            return (form(at: image.word(at: offset)), tagFeatures[image.word(at: offset + 4)])
        }
    }

    /// The forms of `lemma` with `features`' inflection (see
    /// ``WordFeatures/hasSameInflection(as:)``), in the lexicon's order.
    public func forms(of lemma: String, like features: WordFeatures) -> [String] {
        var result: [String] = []
        for (form, candidate) in paradigm(of: lemma) where candidate.hasSameInflection(as: features) {
            if !result.contains(form) { result.append(form) }
        }
        return result
    }

    private func analyses(ofFormAt index: Int) -> [(lemma: Int, tag: Int)] {
        let first = image.word(at: tables[4] + index * 4)
        let end = image.word(at: tables[4] + index * 4 + 4)
        return (first..<end).map { row in
            (image.word(at: tables[5] + row * 8), image.word(at: tables[5] + row * 8 + 4))
        }
    }

    private func form(at index: Int) -> String { string(at: index, offsets: tables[2], blob: tables[3]) }
    private func lemma(at index: Int) -> String { string(at: index, offsets: tables[6], blob: tables[7]) }

    private func string(at index: Int, offsets: Int, blob: Int) -> String {
        let start = blob + image.word(at: offsets + index * 4)
        let end = blob + image.word(at: offsets + index * 4 + 4)
        return String(decoding: UnsafeRawBufferPointer(rebasing: image.bytes[start..<end]), as: UTF8.self)
    }

    private func formIndex(of form: String) -> Int? {
        search(form, count: formCount, offsets: tables[2], blob: tables[3])
    }
    private func lemmaIndex(of lemma: String) -> Int? {
        search(lemma, count: lemmaCount, offsets: tables[6], blob: tables[7])
    }

    /// Binary search of the sorted strings for `key`'s bytes.
    private func search(_ key: String, count: Int, offsets: Int, blob: Int) -> Int? {
        var key = key
        return key.withUTF8 { keyBytes -> Int? in
            var low = 0
            var high = count
            while low < high {
                let middle = (low + high) / 2
                let start = blob + image.word(at: offsets + middle * 4)
                let end = blob + image.word(at: offsets + middle * 4 + 4)
                let order = Self.compare(UnsafeRawBufferPointer(rebasing: image.bytes[start..<end]), keyBytes)
                if order == 0 { return middle }
                if order < 0 { low = middle + 1 } else { high = middle }
            }
            return nil
        }
    }

    private static func compare(_ left: UnsafeRawBufferPointer, _ right: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(left.count, right.count)
        for index in 0..<common where left[index] != right[index] {
            return Int(left[index]) - Int(right[index])
        }
        return left.count - right.count
    }
}
