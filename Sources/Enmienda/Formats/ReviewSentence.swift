/// A finding's sentence as a review file gives it, for verifying that an article that
/// changed since the review (or whose review has no content hash) still reads, around a
/// finding's bytes, what was reviewed: the sentence, the matched text where the sentence
/// has it (see `ReviewAnchoring`).
///
/// XML reads every line break as a line feed, so a line feed in the sentence stands for
/// one in the article, a CRLF or a lone CR.
struct ReviewSentence {
    private let bytes: [UInt8]

    /// How many bytes the places where the sentence may have the matched text can cost at
    /// most (each costs the sentence's length): a sentence that repeats the match's first
    /// byte over and over is not verified, so that the work stays bounded.
    static let comparisonBudget = 16_000_000

    init(_ sentence: String) {
        bytes = Array(sentence.utf8)
    }

    /// Whether `article` reads the sentence around `item`'s bytes.
    func surrounds(_ item: Review.Item, in article: [UInt8]) -> Bool {
        let matched = Array(item.matchedText.utf8)
        guard let first = matched.first, bytes.count >= matched.count else { return false }
        var budget = Self.comparisonBudget
        var place = 0
        while place + matched.count <= bytes.count {
            if bytes[place] == first {
                budget -= bytes.count
                guard budget >= 0 else { return false }
                if bytes[place..<place + matched.count].elementsEqual(matched),
                    readsBackward(to: place, endingAt: item.byteRange.lowerBound, in: article),
                    readsForward(from: place + matched.count, startingAt: item.byteRange.upperBound, in: article)
                {
                    return true
                }
            }
            place += 1
        }
        return false
    }

    /// Whether the sentence's bytes before `end` are the article's before `articleEnd`.
    private func readsBackward(to end: Int, endingAt articleEnd: Int, in article: [UInt8]) -> Bool {
        var index = end - 1
        var cursor = articleEnd - 1
        while index >= 0 {
            guard cursor >= 0 else { return false }
            let byte = bytes[index]
            if byte == 0x0A, article[cursor] == 0x0A || article[cursor] == 0x0D {
                if article[cursor] == 0x0A, cursor > 0, article[cursor - 1] == 0x0D { cursor -= 1 }
            } else if byte != article[cursor] {
                return false
            }
            index -= 1
            cursor -= 1
        }
        return true
    }

    /// Whether the sentence's bytes from `start` are the article's from `articleStart`.
    private func readsForward(from start: Int, startingAt articleStart: Int, in article: [UInt8]) -> Bool {
        var index = start
        var cursor = articleStart
        while index < bytes.count {
            guard cursor < article.count else { return false }
            let byte = bytes[index]
            if byte == 0x0A, article[cursor] == 0x0A || article[cursor] == 0x0D {
                if article[cursor] == 0x0D, cursor + 1 < article.count, article[cursor + 1] == 0x0A { cursor += 1 }
            } else if byte != article[cursor] {
                return false
            }
            index += 1
            cursor += 1
        }
        return true
    }
}
