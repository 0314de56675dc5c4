/// The gender and number that a noun phrase's head imposes on the words that agree with
/// it: its determiners and quantifiers, its adjectives, a predicative adjective or
/// participle and, for number, the verb it is the subject of.
///
/// Either is `nil` when it is not known or does not apply (*inviables* has no gender:
/// Apertium's `mf`; *crisis* no number: `sp`).
public struct AgreementFeatures: Hashable, Sendable, CustomStringConvertible {
    /// The gender, when known.
    public var gender: GrammaticalGender?
    /// The number, when known.
    public var number: GrammaticalNumber?

    /// Creates features.
    public init(gender: GrammaticalGender?, number: GrammaticalNumber?) {
        self.gender = gender
        self.number = number
    }

    /// Whether a word in `gender` and `number` (`nil`: either) can agree with these
    /// features: each known value is equal or unknown on one side.
    public func admits(gender: GrammaticalGender?, number: GrammaticalNumber?) -> Bool {
        (gender == nil || self.gender == nil || gender == self.gender)
            && (number == nil || self.number == nil || number == self.number)
    }

    /// `f.pl`, `m.sg`, `?.pl`: for messages and tests.
    public var description: String {
        let gender = self.gender.map { $0 == .masculine ? "m" : "f" } ?? "?"
        let number = self.number.map { $0 == .singular ? "sg" : "pl" } ?? "?"
        return gender + "." + number
    }
}
