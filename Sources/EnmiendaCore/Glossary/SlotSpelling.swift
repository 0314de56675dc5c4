/// How the slots of an entry's patterns are written: how many a wrong form has, and
/// whether each `{…}` names a slot and a transform that exist.
///
/// Loading refuses a wrong form with more than ``PatternTemplate/maximumOptionalWords``
/// `{word?}` slots (each doubles the forms compiled) or more than
/// ``PatternTemplate/maximumSlots`` slots, and a known slot with a transform that does not
/// exist (`{adjective:plurall}`), and a suggestion with a slot that a wrong form it replaces
/// has nothing for (``unfilledSlots(in:)``). `glossary validate` also reports braces around a name
/// that is not a slot (`{nope}`), which loading takes as literal text: a software
/// string's placeholder (`{0}`, `{name}`) may be meant as written.
enum SlotSpelling {
    /// The transforms a suggestion's slot may take.
    static let transforms: Set<String> = ["plural", "singular", "masculine", "feminine", "preterite"]

    /// The slot names, as a glossary writes them.
    private static let slotNames = SlotKind.allCases.map { "{\($0.rawValue)}" }.joined(separator: ", ")

    /// The texts of `entry` that may hold slots, each with what it is.
    private static func patterns(of entry: GlossaryEntry) -> [(what: String, text: String)] {
        var texts = entry.wrongForms.map { ("wrong form", $0) } + entry.suggestions.map { ("suggestion", $0) }
        texts += entry.forms.flatMap {
            $0.wrongForms.map { ("wrong form", $0) } + $0.suggestions.map { ("suggestion", $0) }
        }
        texts += entry.approvedRenderings.map { ("approved rendering", $0) }
        texts += entry.context.flatMap { rule in rule.phrases.map { ("context phrase", $0) } }
        return texts
    }

    /// The `{…}` groups of `text`, with the name and the transform inside them.
    private static func braces(in text: String) -> [(written: Substring, name: Substring, transform: Substring?)] {
        var found: [(written: Substring, name: Substring, transform: Substring?)] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let inside = rest[rest.index(after: open)..<close]
            let pieces = inside.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            found.append((rest[open...close], pieces[0], pieces.count > 1 ? pieces[1] : nil))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    /// What loading refuses in `entry`'s patterns, located at the entry.
    static func problems(in entry: GlossaryEntry) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func problem(_ message: String) { problems.append(Diagnostic(location: entry.location, message: message)) }
        for wrong in entry.wrongForms + entry.forms.flatMap(\.wrongForms) {
            let slots = PatternTemplate(wrong).slots
            let optional = slots.count { $0 == .optionalWord }
            if optional > PatternTemplate.maximumOptionalWords {
                problem(
                    "wrong form '\(wrong)' of entry '\(entry.id)' has \(optional) {word?} slots; at most \(PatternTemplate.maximumOptionalWords) are allowed (each doubles the forms compiled)"
                )
            } else if slots.count > PatternTemplate.maximumSlots {
                problem(
                    "wrong form '\(wrong)' of entry '\(entry.id)' has \(slots.count) slots; at most \(PatternTemplate.maximumSlots) are allowed"
                )
            }
        }
        problems += unfilledSlots(in: entry)
        for (what, text) in patterns(of: entry) {
            for brace in braces(in: text) {
                guard SlotKind(rawValue: String(brace.name)) != nil, let transform = brace.transform,
                    !transforms.contains(String(transform))
                else { continue }
                problem(
                    "\(what) '\(text)' of entry '\(entry.id)' has '\(brace.written)', whose transform '\(transform)' does not exist; the transforms are \(transforms.sorted().joined(separator: ", "))"
                )
            }
        }
        return problems
    }

    /// Suggestions with a slot that a wrong form they replace has nothing for: the n-th
    /// `{kind}` of a suggestion takes what the n-th slot of that kind matched in the wrong
    /// form (``SuggestionRenderer``), so `lanzar {word} producto` → `presentar {number}
    /// producto` would write `presentar producto`. An entry's suggestions replace its own
    /// wrong forms, a `<form>`'s suggestions that form's; `{word?}` counts as a `{word}`.
    private static func unfilledSlots(in entry: GlossaryEntry) -> [Diagnostic] {
        let groups =
            [(wrong: entry.wrongForms, suggestions: entry.suggestions)]
            + entry.forms.map { (wrong: $0.wrongForms, suggestions: $0.suggestions) }
        var problems: [Diagnostic] = []
        for group in groups {
            let wrongCounts = group.wrong.map { (text: $0, counts: referenceCounts(of: $0)) }
            for suggestion in group.suggestions {
                let needed = referenceCounts(of: suggestion)
                guard !needed.isEmpty else { continue }
                for wrong in wrongCounts {
                    guard
                        let missing = needed.keys.sorted(by: { $0.rawValue < $1.rawValue }).first(where: {
                            needed[$0, default: 0] > wrong.counts[$0, default: 0]
                        })
                    else { continue }
                    let has = wrong.counts[missing, default: 0]
                    let count = needed[missing, default: 0]
                    // A misspelt slot in the wrong form is the likely cause: name it.
                    let misspelt =
                        braces(in: wrong.text).filter { SlotKind(rawValue: String($0.name)) == nil }.map {
                            "'\($0.written)' is not a slot"
                        } + (unclosedBrace(in: wrong.text).map { ["no '}' closes '\($0)'"] } ?? [])
                    let hint = misspelt.isEmpty ? "" : " (in the wrong form, \(misspelt.joined(separator: "; ")))"
                    problems.append(
                        Diagnostic(
                            location: entry.location,
                            message:
                                "suggestion '\(suggestion)' of entry '\(entry.id)' has \(count) {\(missing.rawValue)} slot\(count == 1 ? "" : "s") but its wrong form '\(wrong.text)' has \(has == 0 ? "none" : String(has))\(hint): a suggestion's n-th {\(missing.rawValue)} writes what the wrong form's n-th matched, so the corrected text would lose a word"
                        ))
                }
            }
        }
        return problems
    }

    /// How many slots of each reference kind `text` has.
    private static func referenceCounts(of text: String) -> [SlotKind: Int] {
        PatternTemplate(text).slots.reduce(into: [:]) { $0[$1.referenceKind, default: 0] += 1 }
    }

    /// Braces in `entry`'s patterns around a name that is not a slot, which match as
    /// written, located at the entry.
    static func unknownSlots(in entry: GlossaryEntry) -> [Diagnostic] {
        patterns(of: entry).flatMap { what, text in
            var problems = braces(in: text).filter { SlotKind(rawValue: String($0.name)) == nil }.map { brace in
                Diagnostic(
                    location: entry.location,
                    message:
                        "\(what) '\(text)' of entry '\(entry.id)' has '\(brace.written)', which is not a slot and is matched as written; the slots are \(slotNames)"
                )
            }
            if let opening = unclosedBrace(in: text) {
                problems.append(
                    Diagnostic(
                        location: entry.location,
                        message:
                            "\(what) '\(text)' of entry '\(entry.id)' has '\(opening)' with no '}' after it, so it is no slot and is matched as written; the slots are \(slotNames)"
                    ))
            }
            return problems
        }
    }

    /// The text from the last `{` of `text` that no `}` follows to the next space (`{word`
    /// in `tomar {word lugar`), if there is one.
    private static func unclosedBrace(in text: String) -> Substring? {
        guard let open = text.lastIndex(of: "{"), !text[open...].contains("}") else { return nil }
        return text[open...].prefix { $0 != " " }
    }
}
