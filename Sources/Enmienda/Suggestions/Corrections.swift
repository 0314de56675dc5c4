/// Applies replacements to bytes.
enum Corrections {
    /// `bytes` with each range replaced by its text. Ranges must not overlap; they may
    /// come in any order. Bytes outside the ranges are copied unchanged.
    ///
    /// - Complexity: O(n + r log r) for n bytes and r replacements.
    static func apply(_ replacements: [(Range<Int>, String)], to bytes: [UInt8]) -> [UInt8] {
        let ordered = replacements.sorted { $0.0.lowerBound < $1.0.lowerBound }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64 * ordered.count)
        var position = 0
        for (range, text) in ordered {
            precondition(range.lowerBound >= position && range.upperBound <= bytes.count, "overlapping corrections")
            output.append(contentsOf: bytes[position..<range.lowerBound])
            output.append(contentsOf: text.utf8)
            position = range.upperBound
        }
        output.append(contentsOf: bytes[position...])
        return output
    }
}
