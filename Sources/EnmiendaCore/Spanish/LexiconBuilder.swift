/// Compiles word analyses into the bytes of a ``LexiconImage``.
///
/// The input is a list of (form, lemma, tags) triples as Apertium writes them
/// (`asumió`, `asumir`, `<vblex><ifi><p3><sg>`), in any order and with duplicates;
/// triples whose tags name no known part of speech are dropped.
public struct LexiconBuilder: Sendable {
    private var forms: [String: Int] = [:]
    private var lemmas: [String: Int] = [:]
    private var tags: [String: Int] = [:]
    private var triples = Set<Triple>()

    private struct Triple: Hashable {
        var form: Int
        var lemma: Int
        var tag: Int
    }

    /// An empty builder.
    public init() {}

    /// The number of distinct analyses added so far.
    public var count: Int { triples.count }

    /// Adds one analysis of `form`.
    public mutating func add(form: String, lemma: String, tags tagText: String) {
        guard !form.isEmpty, !lemma.isEmpty, WordFeatures(apertiumTags: tagText) != nil else { return }
        let triple = Triple(
            form: Self.intern(form, in: &forms), lemma: Self.intern(lemma, in: &lemmas),
            tag: Self.intern(tagText, in: &tags))
        triples.insert(triple)
    }

    private static func intern(_ text: String, in table: inout [String: Int]) -> Int {
        if let id = table[text] { return id }
        table[text] = table.count
        return table.count - 1
    }

    /// The image bytes; `source` says where the analyses came from (package and
    /// version), for `enmienda lexicon info`.
    public func build(source: String) -> [UInt8] {
        // Sorted ids: strings ordered by their UTF-8 bytes.
        func sorted(_ table: [String: Int]) -> (strings: [String], rank: [Int]) {
            let strings = table.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            var rank = [Int](repeating: 0, count: table.count)
            for (position, string) in strings.enumerated() { rank[table[string] ?? 0] = position }
            return (strings, rank)
        }
        let (formStrings, formRank) = sorted(forms)
        let (lemmaStrings, lemmaRank) = sorted(lemmas)
        let (tagStrings, tagRank) = sorted(tags)
        let ranked = triples.map { (form: formRank[$0.form], lemma: lemmaRank[$0.lemma], tag: tagRank[$0.tag]) }
        let byForm = ranked.sorted { ($0.form, $0.lemma, $0.tag) < ($1.form, $1.lemma, $1.tag) }
        let byLemma = ranked.sorted { ($0.lemma, $0.tag, $0.form) < ($1.lemma, $1.tag, $1.form) }

        var output = LexiconImage.magic
        let headerStart = output.count
        output += [UInt8](repeating: 0, count: LexiconImage.headerFields * 4)
        var header = [formStrings.count, lemmaStrings.count, tagStrings.count, byForm.count]
        func append(_ value: Int) {
            withUnsafeBytes(of: UInt32(value).littleEndian) { output += $0 }
        }
        func table(_ body: () -> Void) {
            while output.count % 4 != 0 { output.append(0) }
            header.append(output.count)
            body()
        }
        func strings(_ list: [String]) {
            var offset = 0
            table {
                append(0)
                for string in list {
                    offset += string.utf8.count
                    append(offset)
                }
            }
            table { for string in list { output += string.utf8 } }
        }
        func firsts(_ keys: [Int], count: Int) {
            table {
                var index = 0
                for key in 0...count {
                    while index < keys.count && keys[index] < key { index += 1 }
                    append(index)
                }
            }
        }
        strings(tagStrings)
        strings(formStrings)
        firsts(byForm.map(\.form), count: formStrings.count)
        table {
            for triple in byForm {
                append(triple.lemma)
                append(triple.tag)
            }
        }
        strings(lemmaStrings)
        firsts(byLemma.map(\.lemma), count: lemmaStrings.count)
        table {
            for triple in byLemma {
                append(triple.form)
                append(triple.tag)
            }
        }
        table { output += source.utf8 }
        header.append(output.count)
        precondition(header.count == LexiconImage.headerFields + 1)
        for (index, value) in header.dropLast().enumerated() {
            withUnsafeBytes(of: UInt32(value).littleEndian) {
                output.replaceSubrange(headerStart + index * 4..<headerStart + index * 4 + 4, with: $0)
            }
        }
        // The end of the source text is the end of the file.
        return output
    }
}
