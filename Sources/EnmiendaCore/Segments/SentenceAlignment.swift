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
    ///   a band of *b* ≤ 801 cells around the diagonal is computed.
    public static func align(target: [String], source: [String]) -> [Bead] {
        let n = target.count
        let m = source.count
        guard n > 0 || m > 0 else { return [] }
        let targetLengths = target.map { Double($0.utf8.count) }
        let sourceLengths = source.map { Double($0.utf8.count) }
        let targetAnchors = target.map(Anchors.init)
        let sourceAnchors = source.map(Anchors.init)
        // Spanish runs about 15 % longer than English.
        let ratio = (targetLengths.reduce(0, +) + 1) / (sourceLengths.reduce(0, +) + 1)
        let band = min(400, abs(n - m) + 50)
        // Only a band around the diagonal is computed: row i holds columns lows[i]...
        var lows = [Int](repeating: 0, count: n + 1)
        var costs = [[Double]](repeating: [], count: n + 1)
        var steps = [[UInt8]](repeating: [], count: n + 1)
        func cost(_ i: Int, _ j: Int) -> Double {
            let column = j - lows[i]
            return column >= 0 && column < costs[i].count ? costs[i][column] : .infinity
        }
        let moves: [(Int, Int, Double)] = [
            (1, 1, 0.89), (1, 0, 0.0099), (0, 1, 0.0099), (2, 1, 0.089), (1, 2, 0.089), (2, 2, 0.011),
        ]
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
                    let lengthTarget = (i - di..<i).reduce(0) { $0 + targetLengths[$1] }
                    let lengthSource = (j - dj..<j).reduce(0) { $0 + sourceLengths[$1] }
                    var total = previous - log(prior) + lengthCost(lengthTarget, lengthSource, ratio: ratio)
                    if di > 0 && dj > 0 {
                        total += Anchors(merging: targetAnchors[(i - di)..<i]).cost(
                            against: Anchors(merging: sourceAnchors[(j - dj)..<j]))
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

    /// The numbers and capitalized words (not first in the sentence) of a sentence.
    struct Anchors {
        var numbers: Set<String> = []
        var names: Set<String> = []

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
                    numbers.insert(String(word))
                } else if index > 0, word.first?.isUppercase == true, word.count > 1 {
                    names.insert(String(word))
                }
            }
        }

        init(merging anchors: ArraySlice<Anchors>) {
            for anchor in anchors {
                numbers.formUnion(anchor.numbers)
                names.formUnion(anchor.names)
            }
        }

        /// A bonus for numbers and names both sides write, a cost for numbers only one does.
        func cost(against other: Anchors) -> Double {
            let sharedNumbers = numbers.intersection(other.numbers).count
            let lonelyNumbers = numbers.symmetricDifference(other.numbers).count
            let sharedNames = names.intersection(other.names).count
            return -1.5 * Double(sharedNumbers) + 1.0 * Double(lonelyNumbers) - 0.75 * Double(sharedNames)
        }
    }
}
