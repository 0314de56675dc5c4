import Foundation
import Synchronization

/// The folded bytes of the sentences fingerprinted last (see ``Finding/fingerprint``),
/// so that the findings of one sentence fold it once: where findings are dense, a
/// sentence holds several, and folding it again for each was a quarter of a JSON report.
///
/// A few slots, chosen by the sentence's length in bytes, each remember one sentence and
/// its folded bytes; a sentence is found again only when its bytes are equal (not merely
/// canonically equivalent: `é` and `e` + U+0301 fold alike, but the memo does not rely on
/// that). Safe from any thread.
final class FoldedSentences: Sendable {
    /// The memo that ``Finding/fingerprint`` uses.
    static let recent = FoldedSentences()

    private struct Slot {
        var sentence: String
        var folded: [UInt8]
    }

    private static let slotCount = 8
    private let slots = Mutex([Slot?](repeating: nil, count: FoldedSentences.slotCount))

    /// `sentence` folded as ``PhrasePattern/foldedBytes(_:)`` folds it.
    func folded(_ sentence: String) -> [UInt8] {
        let slot = sentence.utf8.count & (Self.slotCount - 1)
        let known = slots.withLock { slots -> [UInt8]? in
            guard let remembered = slots[slot], Self.sameBytes(remembered.sentence, sentence) else { return nil }
            return remembered.folded
        }
        if let known { return known }
        let folded = PhrasePattern.foldedBytes(sentence)
        slots.withLock { $0[slot] = Slot(sentence: sentence, folded: folded) }
        return folded
    }

    /// Whether `first` and `second` have the same UTF-8 bytes.
    private static func sameBytes(_ first: String, _ second: String) -> Bool {
        let count = first.utf8.count
        guard count == second.utf8.count else { return false }
        var first = first
        var second = second
        return first.withUTF8 { one in
            second.withUTF8 { other in
                guard let one = one.baseAddress, let other = other.baseAddress else { return true }
                return memcmp(one, other, count) == 0
            }
        }
    }
}
