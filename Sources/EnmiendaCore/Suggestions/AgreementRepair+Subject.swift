/// The verb and the predicate of a phrase that is a subject, and the manual check where
/// they are beyond reach.
extension AgreementRepair {
    /// The verb after a subject and the predicative words after a copula; `false` if no
    /// verb of the subject stands right after it.
    func repairPredicate(
        after end: Int, old: AgreementFeatures, new: AgreementFeatures, _ repair: inout Repair
    ) -> Bool {
        var index = end + 1
        var skipped = 0
        while index < sentence.upperBound, skipped < 3, let text = word(index),
            Self.beforeVerb.contains(text.lowercased())
        {
            index += 1
            skipped += 1
        }
        guard index < sentence.upperBound, let verb = word(index), agreement.isFiniteVerb(verb) else { return false }
        if let from = old.number, let to = new.number {
            guard
                agreement.verbNumber(of: verb) == from
                    || agreement.reinflectVerb(verb, from: from, to: to) != .unrelated
            else { return false }
        }
        repairVerb(at: index, old, new, &repair)
        var copula = agreement.isCopula(verb)
        // Compound tenses and periphrases: "ha sido", "puede ser", "va a ser".
        var next = index + 1
        for _ in 0..<3 {
            guard next < sentence.upperBound, let text = word(next) else { break }
            let lower = text.lowercased()
            if lower == "a" || lower == "que" || Self.isAdverb(lower) {
                next += 1
                continue
            }
            guard agreement.isCopula(text), !agreement.isFiniteVerb(text) else { break }
            copula = true
            next += 1
        }
        guard copula else {
            // A predicative adjective after another verb ("aplaudió emocionada").
            if next < sentence.upperBound, let text = word(next), agreement.isAdjectiveOnly(text) {
                let outcome = agreement.reinflect(text, at: .afterNoun, from: old, to: new)
                if outcome != .unrelated && outcome != .agrees(text) {
                    repair.flag(text, "may have to agree with the suggestion")
                }
            }
            return true
        }
        if walkAdjectives(from: next, old: old, oldLast: nil, to: new, &repair) == nil {
            // The predicate is further on (*es, según el juez, clara*): name it for a check.
            // It ends where another clause begins: at a finite verb or a subordinating word.
            for index in next..<min(sentence.upperBound, next + Self.scanWindow) {
                guard let text = word(index) else { continue }
                if agreement.isFiniteVerb(text) || Self.subordinators.contains(text.lowercased()) { break }
                guard agreement.isAdjectiveOnly(text) else { continue }
                let outcome = agreement.reinflect(text, at: .afterNoun, from: old, to: new)
                if outcome != .unrelated && outcome != .agrees(text) {
                    repair.flag(text, "may be the predicate of the suggestion: check that it agrees")
                    break
                }
            }
        }
        return true
    }

    /// The verbs coordinated with the subject's verb, and their predicates: a verb right
    /// after *y*, *e*, *o*, *u* or *ni* (past clitics and *no*) shares the subject that
    /// its clause leaves out (*Los proyectiles fueron enviados la semana pasada y estaban
    /// almacenados*; *Unos 3.500 soldados cruzaron la frontera y fueron rodeados*). The
    /// search ends at a subordinating word, at a finite verb that no coordinator brings
    /// (another clause, with a subject of its own: *y los soldados estaban cansados*), or
    /// after ``scanWindow`` tokens.
    func repairCoordinatedPredicates(
        after end: Int, old: AgreementFeatures, new: AgreementFeatures, _ repair: inout Repair
    ) {
        let limit = min(sentence.upperBound, end + 1 + Self.scanWindow)
        // Past the subject's own verb, which ``repairPredicate(after:old:new:_:)`` agreed.
        var index = end + 1
        while index < limit, let text = word(index), Self.beforeVerb.contains(text.lowercased()) { index += 1 }
        index += 1
        var afterCoordinator = false
        while index < limit {
            guard let text = word(index) else {
                afterCoordinator = false
                index += 1
                continue
            }
            let lower = text.lowercased()
            if Self.coordinators.contains(lower) {
                var verb = index + 1
                while verb < limit, let next = word(verb), Self.beforeVerb.contains(next.lowercased()) { verb += 1 }
                if verb < limit, let next = word(verb), agreement.isFiniteVerb(next) {
                    guard repairPredicate(after: index, old: old, new: new, &repair) else { return }
                    index = verb + 1
                    afterCoordinator = true
                    continue
                }
            } else if Self.subordinators.contains(lower) || (!afterCoordinator && agreement.isVerbOnly(text)) {
                return
            }
            afterCoordinator = false
            index += 1
        }
    }

    /// The finite verb at `index` in the new number, when the number changes.
    func repairVerb(at index: Int, _ old: AgreementFeatures, _ new: AgreementFeatures, _ repair: inout Repair) {
        guard let from = old.number, let to = new.number, from != to, let verb = word(index) else { return }
        let outcome = agreement.reinflectVerb(verb, from: from, to: to)
        if outcome == .unsure { repair.flag(verb, "may have to agree in number with the suggestion") }
        record(outcome, verb, at: index, &repair)
    }

    /// Where the subject's verb is not right after it (a relative clause between them,
    /// say), the verbs in the old number and the predicative words in the old agreement
    /// after a copula further on in the sentence may be its own: they ask for a manual
    /// check, and are named in it.
    func scanRest(after end: Int, old: AgreementFeatures, new: AgreementFeatures, _ repair: inout Repair) {
        var suspects: [String] = []
        var afterCopula = false
        // A window of words, not the whole sentence: many findings in one long sentence
        // would otherwise cost the square of its length.
        for index in (end + 1)..<max(end + 1, min(sentence.upperBound, end + 1 + Self.scanWindow)) {
            guard let text = word(index) else {
                afterCopula = false
                continue
            }
            let isAdverb = Self.isAdverb(text.lowercased())
            if let from = old.number, let to = new.number, from != to, agreement.verbNumber(of: text) == from,
                agreement.isVerbOnly(text)
            {
                suspects.append(text)
            } else if afterCopula, !isAdverb {
                let outcome = agreement.reinflect(text, at: .afterNoun, from: old, to: new)
                if outcome != .unrelated && outcome != .agrees(text) { suspects.append(text) }
            }
            if !isAdverb { afterCopula = agreement.isCopula(text) }
        }
        guard !suspects.isEmpty, repair.manualCheck == nil else { return }
        let named = suspects.map { "“\($0)”" }
        let list =
            named.count == 1 ? named[0] : named.dropLast().joined(separator: ", ") + " and " + named[named.count - 1]
        repair.manualCheck =
            "the subject’s verb is not next to it: check that \(list) \(named.count == 1 ? "agrees" : "agree") with the suggestion"
    }
}
