/// The spelling rules that join a suggestion to the words around it: the contractions
/// *al* and *del* (RAE, *Ortografía* §4.1.1.2 and DPD, *a* and *de*: *a el* → *al*, but not
/// before a capitalized *El* of a proper name, *a El Salvador*), and the masculine form of
/// the article before a feminine noun that begins with a stressed *a* (DPD, *el*: *el
/// alza*, *un arma*, *algún aula*).
enum SpanishArticles {
    /// The feminine singular determiners and the form they take before a stressed *a*.
    private static let beforeStressedA: [String: String] = [
        "la": "el", "una": "un", "alguna": "algún", "ninguna": "ningún",
    ]

    /// `phrase` (words separated by single spaces) with *a el* and *de el* contracted
    /// where *el* is lower case.
    static func contracting(_ phrase: String) -> String {
        var words = phrase.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index + 1 < words.count {
            let preposition = words[index].lowercased()
            if (preposition == "a" || preposition == "de"), words[index + 1] == "el" {
                words[index] = SpanishRules.matchCase(preposition + "l", like: words[index])
                words.remove(at: index + 1)
            }
            index += 1
        }
        return words.joined(separator: " ")
    }

    /// Whether `noun` is a feminine singular noun that begins with a stressed *a* or
    /// *ha* (*alza*, *arma*, *hacha*, *águila*), which takes *el* and *un*.
    static func beginsWithStressedA(_ noun: String, morphology: any Morphology) -> Bool {
        let lower = noun.lowercased()
        guard ["a", "á", "ha", "há"].contains(where: lower.hasPrefix) else { return false }
        let scalars = Array(lower.unicodeScalars)
        let nuclei = SpanishStress.nuclei(scalars)
        guard let opening = nuclei.first, SpanishStress.stressedNucleus(scalars, nuclei: nuclei) == 0,
            opening.contains(where: { "aá".unicodeScalars.contains(scalars[$0]) })
        else { return false }
        return morphology.gender(of: lower) == .feminine && morphology.number(of: lower) != .plural
    }

    /// Whether a word of `phrase` other than its last is one of the determiners that
    /// ``determiner(_:before:morphology:)`` may change (*la*, *una*, *alguna*, *ninguna*,
    /// in any case): when it is not, the phrase keeps its articles whatever follows. Reads
    /// the UTF-8 bytes only.
    static func mayChangeDeterminers(in phrase: String) -> Bool {
        let answer = phrase.utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            for index in bytes.indices where bytes[index] == 0x20 {
                if isChangingDeterminer(bytes[start..<index]) { return true }
                start = index + 1
            }
            return false
        }
        return answer
            ?? phrase.split(separator: " ", omittingEmptySubsequences: false).dropLast().contains {
                beforeStressedA[$0.lowercased()] != nil
            }
    }

    private static let changingDeterminers: [[UInt8]] = beforeStressedA.keys.map { Array($0.utf8) }

    /// Whether `word` is one of ``beforeStressedA``'s keys but for ASCII case.
    private static func isChangingDeterminer(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard word.count >= 2, word.count <= 7 else { return false }
        return changingDeterminers.contains { key in
            key.count == word.count && zip(key, word).allSatisfy { $0 == ($1 &- 0x41 < 26 ? $1 | 0x20 : $1) }
        }
    }

    /// The determiner to write before `noun`: `determiner` itself, or its masculine form
    /// (*la* → *el*, *una* → *un*) before a feminine noun with a stressed *a*.
    static func determiner(_ determiner: String, before noun: String, morphology: any Morphology) -> String {
        guard let masculine = beforeStressedA[determiner.lowercased()],
            beginsWithStressedA(noun, morphology: morphology)
        else { return determiner }
        return SpanishRules.matchCase(masculine, like: determiner)
    }
}
