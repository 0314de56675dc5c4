extension Finding {
    /// A stable identity for the finding across runs: a hash of the entry id, the matched
    /// text and its sentence, both folded (case, accents and spacing do not count). It does
    /// not change when lines are added above the sentence or when the file moves, so
    /// baselines and code-scanning tools can follow a finding.
    public var fingerprint: String {
        var key = Array(entryID.utf8)
        key.append(0x1F)
        PhrasePattern.appendFolded(matchedText, to: &key)
        key.append(0x1F)
        key.append(contentsOf: FoldedSentences.recent.folded(sentence))
        let hash = Tokenizer.hash(key, from: 0)
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
