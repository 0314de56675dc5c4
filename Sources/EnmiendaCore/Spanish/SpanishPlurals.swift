/// Regular Spanish plural and singular formation, on lower-case words.
enum SpanishPlurals {
    private static let stressedVowels: [Character: Character] = ["á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u"]
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "á", "é", "í", "ó", "ú", "ü"]

    /// *ronda* → *rondas*, *taller* → *talleres*, *luz* → *luces*, *munición* →
    /// *municiones*, *joven* → *jóvenes*, *crisis* → *crisis*.
    static func plural(of word: String) -> String {
        guard let last = word.last else { return word }
        if vowels.contains(last) {
            return last == "í" || last == "ú" ? word + "es" : word + "s"
        }
        switch last {
        case "z": return word.dropLast() + "ces"
        case "s", "x":
            // Unstressed final -s/-x does not change (crisis, lunes, tórax); stressed adds -es.
            return hasAccent(word) && isAccentOnLastSyllable(word)
                ? removingAccent(word) + "es" : (syllableCount(word) == 1 ? word + "es" : word)
        case "y": return word + "es"
        case "l", "r", "n", "d", "j":
            // After another consonant the word ends in a cluster, foreign to Spanish:
            // -s (récords, shells; RAE, Ortografía §3.3.1.2).
            if let before = word.dropLast().last, !vowels.contains(before), before.isLetter { return word + "s" }
        default:
            // Other final consonants, and clusters, take -s (RAE, Ortografía §3.3.1.2:
            // robots, cómics, chefs, pódcasts), except -ch (sándwiches).
            if !word.hasSuffix("ch") { return word + "s" }
        }
        switch last {
        case "z", "s", "x", "y": return word
        default:
            if hasAccent(word) && isAccentOnLastSyllable(word) { return removingAccent(word) + "es" }
            if last == "n" && !hasAccent(word) && syllableCount(word) >= 2 {
                return addingAccentToPenultimate(word) + "es"
            }
            return word + "es"
        }
    }

    /// The inverse of ``plural(of:)``, choosing the regular reading where the plural is
    /// ambiguous (*clases* → *clase*, *ingleses* → *inglés*).
    static func singular(of word: String) -> String {
        let scalars = word.count
        guard scalars > 2, word.hasSuffix("s") else { return word }
        if word.hasSuffix("ces") { return word.dropLast(3) + "z" }
        guard word.hasSuffix("es") else { return String(word.dropLast()) }
        let stem = String(word.dropLast(2))
        guard let before = stem.last else { return String(word.dropLast()) }
        switch before {
        case "n", "s":
            if stem.hasSuffix("ns") || (before == "s" && !stem.hasSuffix("es") && !stem.hasSuffix("us")) {
                return String(word.dropLast())
            }
            if hasAccent(stem) { return removingAccent(stem) }  // jóvenes → joven, imágenes → imagen
            return syllableCount(stem) >= 2 ? addingAccentToLast(stem) : stem  // municiones → munición
        case "l", "r", "d", "j", "y":
            let cluster = stem.dropLast().last
            if before == "l", cluster == "l" { return String(word.dropLast()) }  // calles
            if let cluster, !vowels.contains(cluster) { return String(word.dropLast()) }  // padres, grandes
            if before == "j" || (before == "d" && !["a", "u", "e"].contains(cluster)) {
                return String(word.dropLast())
            }
            return stem
        default:
            if stressedVowels[before] != nil && (before == "í" || before == "ú") { return stem }  // jabalíes
            return String(word.dropLast())
        }
    }

    static func hasAccent(_ word: String) -> Bool {
        word.contains { stressedVowels[$0] != nil }
    }

    static func removingAccent(_ word: String) -> String {
        String(word.map { stressedVowels[$0] ?? $0 })
    }

    /// Whether the written accent falls on the last syllable.
    static func isAccentOnLastSyllable(_ word: String) -> Bool {
        guard let accent = word.lastIndex(where: { stressedVowels[$0] != nil }) else { return false }
        return !word[word.index(after: accent)...].contains { vowels.contains($0) }
    }

    /// The number of vowel groups, a close enough count of syllables for stress rules.
    static func syllableCount(_ word: String) -> Int {
        var count = 0
        var previousWasVowel = false
        for character in word {
            let isVowel = vowels.contains(character)
            if isVowel && !previousWasVowel { count += 1 }
            previousWasVowel = isVowel
        }
        return count
    }

    /// *joven* → *jóven* (then *jóvenes*): the stressed vowel of the penultimate syllable.
    private static func addingAccentToPenultimate(_ word: String) -> String {
        accenting(word, group: syllableCount(word) - 2)
    }

    /// *municion* → *munición*.
    private static func addingAccentToLast(_ word: String) -> String {
        accenting(word, group: syllableCount(word) - 1)
    }

    /// Accents the strong vowel of the vowel group at `group` (0-based).
    private static func accenting(_ word: String, group target: Int) -> String {
        guard target >= 0 else { return word }
        let accented: [Character: Character] = ["a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"]
        var characters = Array(word)
        var group = -1
        var previousWasVowel = false
        var start = -1
        for (index, character) in characters.enumerated() {
            let isVowel = vowels.contains(character)
            if isVowel && !previousWasVowel {
                group += 1
                if group == target { start = index }
            }
            previousWasVowel = isVowel
        }
        guard start >= 0 else { return word }
        var end = start
        while end + 1 < characters.count && vowels.contains(characters[end + 1]) { end += 1 }
        // In a diphthong the strong vowel (a, e, o) carries the accent; otherwise the last.
        let strong = (start...end).first { "aeo".contains(characters[$0]) } ?? end
        if let replacement = accented[characters[strong]] { characters[strong] = replacement }
        return String(characters)
    }
}
