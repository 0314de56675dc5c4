extension Finding {
    /// A stable identity for the finding across runs: a hash of the entry id, the matched
    /// text and its sentence, both folded (case, accents and spacing do not count). It does
    /// not change when lines are added above the sentence or when the file moves, so
    /// baselines and code-scanning tools can follow a finding.
    ///
    /// The hash is 64-bit FNV-1a over the id's UTF-8 bytes, a 0x1F, the folded match, a
    /// 0x1F and the folded sentence (``PhrasePattern/foldedBytes(_:)``), written as 16
    /// lowercase hex digits; the parts are hashed in turn, never joined. A finding from
    /// the engine brings its sentence and match already folded (``folded``).
    public var fingerprint: String {
        var hash = Tokenizer.fnvOffset
        @inline(__always) func add(_ bytes: UnsafeBufferPointer<UInt8>) {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* Tokenizer.fnvPrime }
        }
        var id = entryID
        id.withUTF8(add)
        hash = (hash ^ 0x1F) &* Tokenizer.fnvPrime
        if folded.isKnown {
            // Folded by the engine from the text's tokens: the same bytes.
            folded.sentence.withUnsafeBufferPointer { sentence in
                add(UnsafeBufferPointer(rebasing: sentence[folded.match]))
                hash = (hash ^ 0x1F) &* Tokenizer.fnvPrime
                add(UnsafeBufferPointer(rebasing: sentence[folded.carried]))
            }
        } else {
            PhrasePattern.foldedBytes(matchedText).withUnsafeBufferPointer(add)
            hash = (hash ^ 0x1F) &* Tokenizer.fnvPrime
            FoldedSentences.recent.folded(sentence).withUnsafeBufferPointer(add)
        }
        return String(unsafeUninitializedCapacity: 16) { digits in
            for index in 0..<16 {
                digits[index] = Self.hexDigits[Int(truncatingIfNeeded: (hash >> UInt64(60 - 4 * index)) & 0xF)]
            }
            return 16
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
