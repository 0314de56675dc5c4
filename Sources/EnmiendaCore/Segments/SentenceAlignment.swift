import Foundation

/// Pairs the sentences of a translation with those of its source by length, as Gale and
/// Church's method does (*A Program for Aligning Sentences in Bilingual Corpora*,
/// Computational Linguistics 19(1), 1993), with numbers and names as anchors.
///
/// Sentences are paired one to one, one to two, two to one, two to two, or left unpaired
/// (one to none), by dynamic programming over the cost of each step: the improbability of
/// the two lengths (in bytes) being a translation of each other, the step's prior, and,
/// as anchors, whether the two sides write the same numbers and the same capitalized
/// names.
public enum SentenceAlignment {
    /// One step of an alignment: `target` sentences paired with `source` sentences
    /// (indices; either may be empty).
    public struct Bead: Hashable, Sendable {
        /// The target sentences of the bead.
        public var target: Range<Int>
        /// The source sentences of the bead.
        public var source: Range<Int>
    }

    /// The best alignment of `target` and `source` sentences (their texts), in order.
    ///
    /// - Complexity: O((*n* + *m*) × *b*) time and memory for *n* and *m* sentences: only
    ///   a band of *b* ≤ 601 cells around the diagonal is computed.
    public static func align(target: [String], source: [String]) -> [Bead] {
        let n = target.count
        let m = source.count
        guard n > 0 || m > 0 else { return [] }
        // Prefix sums of the lengths: the length of any run of sentences in O(1).
        var targetPrefix = [0.0]
        for sentence in target {
            targetPrefix.append(targetPrefix[targetPrefix.count - 1] + Double(sentence.utf8.count))
        }
        var sourcePrefix = [0.0]
        for sentence in source {
            sourcePrefix.append(sourcePrefix[sourcePrefix.count - 1] + Double(sentence.utf8.count))
        }
        let targetAnchors = target.map(Anchors.init)
        let sourceAnchors = source.map(Anchors.init)
        // The texts' own ratio (Spanish runs about 15 % longer than English).
        let ratio = (targetPrefix[n] + 1) / (sourcePrefix[m] + 1)
        // The diagonal is proportional, so the band need not cover the difference in counts
        // whole: only how far a stretch left out on one side moves the path off it.
        let band = min(300, 60 + abs(n - m) / 2)
        // Only a band around the diagonal is computed: row i holds columns lows[i]...
        var lows = [Int](repeating: 0, count: n + 1)
        var costs = [[Double]](repeating: [], count: n + 1)
        var steps = [[UInt8]](repeating: [], count: n + 1)
        func cost(_ i: Int, _ j: Int) -> Double {
            let column = j - lows[i]
            return column >= 0 && column < costs[i].count ? costs[i][column] : .infinity
        }
        // Each step: how many sentences it takes from each side, and −log of its prior.
        let moves: [(Int, Int, Double)] = [
            (1, 1, 0.89), (1, 0, 0.0099), (0, 1, 0.0099), (2, 1, 0.089), (1, 2, 0.089), (2, 2, 0.011),
        ].map { ($0.0, $0.1, -log($0.2)) }
        for i in 0...n {
            let expected = n == 0 ? m : Int(Double(i) * Double(m) / Double(n))
            let low = max(0, expected - band)
            let high = min(m, expected + band)
            lows[i] = low
            costs[i] = [Double](repeating: .infinity, count: max(0, high - low + 1))
            steps[i] = [UInt8](repeating: UInt8.max, count: max(0, high - low + 1))
            guard low <= high else { continue }
            for j in low...high {
                if i == 0 && j == 0 {
                    costs[0][0 - low] = 0
                    continue
                }
                var best = Double.infinity
                var bestMove = UInt8.max
                for (move, (di, dj, prior)) in moves.enumerated() where di <= i && dj <= j {
                    let previous = cost(i - di, j - dj)
                    guard previous.isFinite else { continue }
                    let lengthTarget = targetPrefix[i] - targetPrefix[i - di]
                    let lengthSource = sourcePrefix[j] - sourcePrefix[j - dj]
                    var total = previous + prior + lengthCost(lengthTarget, lengthSource, ratio: ratio)
                    if di > 0 && dj > 0 {
                        total += Anchors.cost(targetAnchors[(i - di)..<i], against: sourceAnchors[(j - dj)..<j])
                    }
                    if total < best {
                        best = total
                        bestMove = UInt8(move)
                    }
                }
                costs[i][j - low] = best
                steps[i][j - low] = bestMove
            }
        }
        var beads: [Bead] = []
        var i = n
        var j = m
        while i > 0 || j > 0 {
            let column = j - lows[i]
            guard column >= 0, column < steps[i].count, steps[i][column] != UInt8.max else { break }
            let (di, dj, _) = moves[Int(steps[i][column])]
            beads.append(Bead(target: (i - di)..<i, source: (j - dj)..<j))
            i -= di
            j -= dj
        }
        return beads.reversed()
    }

    /// −log of the probability that lengths `target` and `source` translate each other
    /// (Gale and Church's two-tailed normal test, variance 6.8 per byte).
    static func lengthCost(_ target: Double, _ source: Double, ratio: Double) -> Double {
        if target == 0 && source == 0 { return 0 }
        let mean = (source + target / ratio) / 2
        let z = abs(source * ratio - target) / (6.8 * max(mean, 1)).squareRoot()
        let probability = max(2 * (1 - normalCDF(z)), 1e-12)
        return -log(probability)
    }

    private static func normalCDF(_ z: Double) -> Double {
        0.5 * (1 + erf(z / 2.0.squareRoot()))
    }

    /// The numbers and capitalized words (not first in the sentence) of a sentence, as
    /// 64-bit hashes (FNV-1a of the word's UTF-8): compared in the alignment's inner loop
    /// without hashing strings again.
    struct Anchors {
        var numbers: [UInt64] = []
        var names: [UInt64] = []
        var isEmpty: Bool { numbers.isEmpty && names.isEmpty }

        init(_ sentence: String) {
            var words: [Substring] = []
            var current = ""
            for character in sentence {
                if character.isLetter || character.isNumber {
                    current.append(character)
                } else if !current.isEmpty {
                    words.append(Substring(current))
                    current = ""
                }
            }
            if !current.isEmpty { words.append(Substring(current)) }
            for (index, word) in words.enumerated() {
                if word.allSatisfy(\.isNumber) {
                    numbers.append(Self.hash(word))
                } else if index > 0, word.first?.isUppercase == true, word.count > 1 {
                    names.append(Self.hash(word))
                }
            }
        }

        private static func hash(_ word: Substring) -> UInt64 {
            var value: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in word.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return value
        }

        /// A bonus for the numbers and names both sides write, a cost for the numbers only
        /// one side writes (counted without building the union of either side).
        static func cost(_ target: ArraySlice<Anchors>, against source: ArraySlice<Anchors>) -> Double {
            if target.allSatisfy(\.isEmpty) && source.allSatisfy(\.isEmpty) { return 0 }
            var shared = 0.0
            var lonely = 0.0
            for sentence in target {
                for number in sentence.numbers {
                    if source.contains(where: { $0.numbers.contains(number) }) { shared += 1 } else { lonely += 1 }
                }
                for name in sentence.names where source.contains(where: { $0.names.contains(name) }) {
                    shared += 0.5
                }
            }
            for sentence in source {
                for number in sentence.numbers where !target.contains(where: { $0.numbers.contains(number) }) {
                    lonely += 1
                }
            }
            return -1.5 * shared + 1.0 * lonely
        }
    }
}
