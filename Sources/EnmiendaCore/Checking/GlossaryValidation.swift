/// What `enmienda glossary validate` checks beyond loading: problems that only show when
/// the entries are seen together or run.
///
/// Loading already guarantees the schema and each entry's own consistency (an id used
/// once, a wrong form listed once, no suggestion that its own entry flags). This adds:
/// - a suggestion that **another** entry flags, so that applying one correction would
///   raise a new finding (*tener sentido* suggested by one entry and flagged by another),
///   in any form the entry offers it (*guardó*, the preterite of a suggested *guardar*),
///   or a form of a suggestion that its own entry flags (*tuvo lugar*, generated from
///   *tener lugar*, when the entry also lists *tuvo lugar* as a wrong form);
/// - a form that two entries generate alike (a verb form of one that another lists, say),
///   where neither has conditions to tell them apart (see ``Aligner/formCollisions()``);
/// - a `require` phrase that is a form of the entry's own wrong words, which would let
///   one occurrence of the mistake license the next (such a phrase never licenses; an
///   occurrence that the other words license licenses its neighbours);
/// - braces around a name that is not a slot (`{nope}`), which match as written (see
///   ``SlotSpelling``);
/// - examples that do not behave as documented (see ``ExampleCheck``).
///
/// ```swift
/// for problem in GlossaryValidation.problems(in: try Glossary(contentsOfFile: "mine.xml")) {
///     print(problem)
/// }
/// ```
public enum GlossaryValidation {
    /// Every problem, as `path:line:column` diagnostics, in entry order; a glossary that
    /// compiles to more forms than ``FormBudget`` allows has that problem alone.
    public static func problems(in glossary: Glossary, options: AlignmentOptions = AlignmentOptions()) -> [Diagnostic] {
        let aligner: Aligner
        do {
            aligner = try Aligner(compiling: glossary, options: options)
        } catch {
            return error.diagnostics
        }
        var problems: [Diagnostic] = []
        // Every suggestion an entry can offer: as written, listed, and in every form the
        // entry was compiled into (a verb's conjugated suggestions: guardó for salvó).
        var generated = [[String]](repeating: [], count: glossary.entries.count)
        for variant in aligner.compiledVariants {
            for suggestion in variant.suggestions where suggestion.isLiteral {
                generated[variant.entryIndex].append(suggestion.text)
            }
        }
        // The entries without their context rules, to test an entry's generated forms
        // against its own wrong forms: the words that let it correct a sentence are still
        // around its correction (*pizza* after *pide*, the correction of *ordena*).
        let contextFree: Aligner? =
            glossary.entries.contains { !$0.context.isEmpty }
            ? try? Aligner(
                compiling: Glossary(
                    entries: glossary.entries.map { entry in
                        var entry = entry
                        entry.context = []
                        return entry
                    }, title: glossary.title),
                options: options)
            : nil
        for (index, entry) in glossary.entries.enumerated() {
            var seen = Set<String>()
            let suggestions = (entry.suggestions + entry.forms.flatMap(\.suggestions) + generated[index]).filter {
                seen.insert($0).inserted
            }
            var reported: Set<String> = []
            // Loading refuses a suggestion, as written, that its own entry flags; one of
            // its generated forms can still be another of the entry's wrong forms (*tomó
            // lugar* → *tuvo lugar*, which the entry's `<form>` *tuvo lugar* flags), and
            // `fix` run twice would then correct its own correction.
            let written = Set(entry.suggestions + entry.forms.flatMap(\.suggestions))
            for suggestion in suggestions where PatternTemplate(suggestion).isLiteral {
                let whole = 0..<suggestion.utf8.count
                var others = aligner.align(TextDocument(suggestion)).findings.filter {
                    $0.entryID != entry.id && $0.byteRange == whole
                }
                if !written.contains(suggestion) {
                    others += (contextFree ?? aligner).align(TextDocument(suggestion)).findings.filter {
                        $0.entryID == entry.id && $0.byteRange == whole
                    }
                }
                for other in others where reported.insert("\(suggestion)|\(other.entryID)").inserted {
                    problems.append(
                        Diagnostic(
                            location: entry.location,
                            message: other.entryID == entry.id
                                ? "suggestion '\(suggestion)', a form entry '\(entry.id)' generates, is flagged by the entry itself: a second fix would correct the first one's correction; give that form's suggestion another wording"
                                : "suggestion '\(suggestion)' of entry '\(entry.id)' is flagged by entry '\(other.entryID)': a correction would raise a new finding"
                        ))
                }
            }
        }
        // The forms two entries share, said once per pair of entries: a verb phrase that
        // two entries list shares all its 54 forms.
        var shared: [(ids: [String], forms: [String])] = []
        var pairIndex: [[String]: Int] = [:]
        for (form, ids) in aligner.formCollisions() {
            let pair = Array(ids.prefix(2))
            if let known = pairIndex[pair] {
                shared[known].forms.append(form)
            } else {
                pairIndex[pair] = shared.count
                shared.append((pair, [form]))
            }
        }
        for (ids, forms) in shared {
            guard let later = glossary.entry(withID: ids[1]) else { continue }
            let listed = forms.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
            let named =
                forms.count == 1
                ? "form \(listed) of entry '\(ids[1])' is also a form of entry '\(ids[0])'"
                : "\(forms.count) forms of entry '\(ids[1])' (\(listed)\(forms.count > 3 ? ", …" : "")) are also forms of entry '\(ids[0])'"
            problems.append(
                Diagnostic(
                    location: later.location,
                    message:
                        "\(named), which comes first and wins: list \(forms.count == 1 ? "it" : "them") in one entry only, or add a context rule"
                ))
        }
        for (index, phrases) in aligner.selfLicensingPhrases.sorted(by: { $0.key < $1.key }) {
            let entry = glossary.entries[index]
            let quoted = phrases.map { "'\($0)'" }.joined(separator: ", ")
            problems.append(
                Diagnostic(
                    location: entry.location,
                    message:
                        "entry '\(entry.id)' requires \(quoted) nearby, a form of its own wrong words: it never licenses, or one occurrence of the mistake would license the next (an occurrence that the other words license already licenses its neighbours); remove it"
                ))
        }
        problems += glossary.entries.flatMap(SlotSpelling.unknownSlots(in:))
        problems += ExampleCheck.failures(in: glossary, options: options).map { failure in
            var message = "example of '\(failure.entryID)' \(failure.message)"
            // On one line, as every diagnostic (`glossary test` shows them as a diff).
            if let expected = failure.expected, let actual = failure.actual {
                message += ": expected “\(expected.collapsingWhitespace())”, got “\(actual.collapsingWhitespace())”"
            }
            return Diagnostic(location: failure.example.location, message: message)
        }
        return problems
    }
}
