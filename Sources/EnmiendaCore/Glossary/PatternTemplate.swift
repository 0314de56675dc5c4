/// A `<wrong>` or `<suggestion>` text split into literal text and typed slots.
///
/// `más de {number} tropas` is the literal `más de `, a number slot, and ` tropas`.
/// Braces that do not name a known slot are literal text.
struct PatternTemplate: Hashable, Sendable {
    enum Part: Hashable, Sendable {
        case literal(String)
        /// A slot, with an optional transform for suggestions (`plural`, `preterite`).
        case slot(SlotKind, transform: String?)
    }

    var parts: [Part]

    init(parts: [Part]) {
        self.parts = parts
    }

    /// Parses `text`.
    init(_ text: String) {
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let inside = rest[rest.index(after: open)..<close]
            let pieces = inside.split(separator: ":", maxSplits: 1).map(String.init)
            if let name = pieces.first, let kind = SlotKind(rawValue: name) {
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                parts.append(.slot(kind, transform: pieces.count > 1 ? pieces[1] : nil))
            } else {
                literal += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
    }

    /// The template as a glossary writes it: literal text, and slots as `{kind}` or
    /// `{kind:transform}`.
    var text: String {
        parts.map { part in
            switch part {
            case .literal(let text): text
            case .slot(let kind, let transform): "{\(kind.rawValue)\(transform.map { ":" + $0 } ?? "")}"
            }
        }.joined()
    }

    /// The slots, in order.
    var slots: [SlotKind] {
        parts.compactMap { if case .slot(let kind, _) = $0 { kind } else { nil } }
    }

    /// The most `{word?}` slots a wrong form may have: each doubles the variants that
    /// are compiled for it (4 give 16).
    static let maximumOptionalWords = 4

    /// The most slots of any kind a wrong form may have.
    static let maximumSlots = 8

    /// Whether the template has no slot.
    var isLiteral: Bool { slots.isEmpty }

    /// The two templates an optional word stands for: with the word, and without it.
    func expandingOptionalWords() -> [PatternTemplate] {
        guard let index = parts.firstIndex(of: .slot(.optionalWord, transform: nil)) else { return [self] }
        var with = parts
        with[index] = .slot(.word, transform: nil)
        var without = parts
        without.remove(at: index)
        return PatternTemplate(parts: with).expandingOptionalWords()
            + PatternTemplate(parts: without).expandingOptionalWords()
    }
}
