/// A condition on the words around a match: the match counts only if one of the
/// phrases occurs (``Kind/require``) or none of them occurs (``Kind/forbid``) within a
/// number of tokens before or after it, in the same sentence.
///
/// ```xml
/// <require before="2">ingenieros y</require>
/// <forbid after="1">de|del</forbid>
/// ```
public struct ContextRule: Hashable, Sendable {
    /// Whether the phrases must or must not be there.
    public enum Kind: String, Hashable, Sendable {
        /// One of the phrases must occur.
        case require
        /// None of the phrases may occur.
        case forbid
    }

    /// Whether one of the phrases must be there or must not.
    public var kind: Kind
    /// How many tokens before the match to look at (0: none).
    public var before: Int
    /// How many tokens after the match to look at (0: none).
    public var after: Int
    /// The alternatives, each a phrase matched like a wrong form (it may be a slot such
    /// as `{number}`).
    public var phrases: [String]

    /// The most alternatives a rule may list, and the most exceptions an entry may have:
    /// each is looked for around every match, so loading refuses more.
    public static let maximumPhrases = 1000

    /// Creates a rule.
    public init(kind: Kind, before: Int = 0, after: Int = 0, phrases: [String]) {
        self.kind = kind
        self.before = before
        self.after = after
        self.phrases = phrases
    }
}
