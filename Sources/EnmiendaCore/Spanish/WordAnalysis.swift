/// One reading of a word form: the lemma it is a form of and its features
/// (*asumió* → *asumir*, verb, preterite, 3rd person singular).
public struct WordAnalysis: Hashable, Sendable, CustomStringConvertible {
    /// The dictionary form: the infinitive of a verb, the masculine singular of an
    /// adjective, the singular of a noun.
    public var lemma: String
    /// The grammatical features of this reading.
    public var features: WordFeatures

    /// Creates an analysis.
    public init(lemma: String, features: WordFeatures) {
        self.lemma = lemma
        self.features = features
    }

    /// `lemma<tags>`, as Apertium writes an analysis.
    public var description: String { lemma + features.tags }
}
