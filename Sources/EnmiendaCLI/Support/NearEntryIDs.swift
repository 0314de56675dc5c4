import Enmienda

/// The ids of a glossary close to one that names no entry, for a "did you mean" after a
/// typo (`--disable stakeholder-untranslated`, `glossary show tropa`).
enum NearEntryIDs {
    /// At most five ids of `glossary` that contain `id`, that `id` contains, or that are
    /// within two edits of it (Levenshtein distance, in characters), closest first.
    static func near(_ id: String, in glossary: Glossary) -> [String] {
        let wanted = Array(id.lowercased())
        var ranked: [(distance: Int, id: String)] = []
        for candidate in glossary.entries.map(\.id) {
            let lower = candidate.lowercased()
            if lower.contains(String(wanted)) || String(wanted).contains(lower) {
                ranked.append((0, candidate))
            } else if abs(lower.count - wanted.count) <= 2, let distance = distance(Array(lower), wanted, atMost: 2) {
                ranked.append((distance, candidate))
            }
        }
        return ranked.sorted { ($0.distance, $0.id) < ($1.distance, $1.id) }.prefix(5).map(\.id)
    }

    /// `"; did you mean a, b?"` for the ids near `id`, or the empty string.
    static func hint(for id: String, in glossary: Glossary) -> String {
        let near = near(id, in: glossary)
        return near.isEmpty ? "" : "; did you mean \(near.joined(separator: ", "))?"
    }

    /// The edit distance of `a` and `b` if it is at most `limit`, else `nil`.
    private static func distance(_ a: [Character], _ b: [Character], atMost limit: Int) -> Int? {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + [Int](repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j] + (x == y ? 0 : 1), previous[j + 1] + 1, current[j] + 1)
            }
            guard current.min() ?? 0 <= limit else { return nil }
            previous = current
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
