/// Where the stress of a Spanish word falls and where it is written, after the general
/// rules of accentuation of the RAE's *Ortografía* (2010, §1.4): a word stressed on the
/// last syllable takes a written accent when it ends in a vowel, *n* or *s*, one stressed
/// on the one before when it does not, and one stressed further back always; an
/// unstressed-vowel pair is one syllable unless the weak vowel bears the stress
/// (*reír*, *leído*).
///
/// Works on lower-case words; other scalars pass through.
enum SpanishStress {
    private static let strong: Set<Unicode.Scalar> = ["a", "e", "o", "á", "é", "ó"]
    private static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "á", "é", "í", "ó", "ú", "ü"]
    private static let accented: [Unicode.Scalar: Unicode.Scalar] = [
        "á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u",
    ]
    private static let accenting: [Unicode.Scalar: Unicode.Scalar] = [
        "a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú",
    ]

    /// The scalar ranges of the syllable nuclei of `scalars`, first to last. The *u* of
    /// *que*, *qui*, *gue*, *gui* is silent and belongs to no nucleus.
    static func nuclei(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let silentU =
                scalar == "u" && index > 0 && (scalars[index - 1] == "q" || scalars[index - 1] == "g")
                && index + 1 < scalars.count && "eiéí".unicodeScalars.contains(scalars[index + 1])
            guard vowels.contains(scalar), !silentU else {
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, vowels.contains(scalars[end]) {
                let previous = scalars[end - 1]
                let current = scalars[end]
                let hiatus =
                    (strong.contains(previous) && strong.contains(current)) || previous == "í" || previous == "ú"
                    || current == "í" || current == "ú"
                if hiatus { break }
                end += 1
            }
            result.append(index..<end)
            index = end
        }
        return result
    }

    /// The index (from the first) of the stressed nucleus of a written word: the one with
    /// a written accent, else the last but one for words ending in a vowel, *n* or *s*,
    /// else the last.
    static func stressedNucleus(_ scalars: [Unicode.Scalar], nuclei: [Range<Int>]) -> Int {
        if let written = nuclei.firstIndex(where: { $0.contains { accented[scalars[$0]] != nil } }) { return written }
        guard let last = scalars.last, nuclei.count > 1 else { return max(0, nuclei.count - 1) }
        return vowels.contains(last) || last == "n" || last == "s" ? nuclei.count - 2 : nuclei.count - 1
    }

    /// `base` with the enclitic pronouns `clitics` attached (*tomando* + *lo* →
    /// *tomándolo*, *da* + *me* + *lo* → *dámelo*, *dé* + *le* → *dele*), keeping the stress
    /// where it was and writing the accent the general rules then ask for.
    ///
    /// - Parameter stress: The stressed nucleus of `base` when its spelling no longer shows
    ///   it (*celebra*, from *celebrad* before *os*); by default, read from `base`.
    static func attaching(_ clitics: [String], to base: String, stress: Int? = nil) -> String {
        let scalars = Array(base.unicodeScalars)
        let nuclei = nuclei(scalars)
        guard !nuclei.isEmpty, !clitics.isEmpty else { return base + clitics.joined() }
        let stressed = min(stress ?? stressedNucleus(scalars, nuclei: nuclei), nuclei.count - 1)
        let range = nuclei[stressed]
        // An accent that marks a hiatus (reír, oído) stays whatever the word's shape.
        let hiatusAccent =
            range.contains { scalars[$0] == "í" || scalars[$0] == "ú" }
            && (range.lowerBound > 0 && vowels.contains(scalars[range.lowerBound - 1])
                || range.upperBound < scalars.count && vowels.contains(scalars[range.upperBound]))
        if hiatusAccent { return base + clitics.joined() }
        var plain = scalars.map { accented[$0] ?? $0 }
        let syllablesAfter = nuclei.count - 1 - stressed + clitics.count
        if syllablesAfter >= 2 {
            // The vowel that carries the accent: the strong one of a diphthong, else the second.
            let position = range.first { strong.contains(plain[$0]) } ?? range.upperBound - 1
            plain[position] = accenting[plain[position]] ?? plain[position]
        }
        return String(String.UnicodeScalarView(plain)) + clitics.joined()
    }
}
