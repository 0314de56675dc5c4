extension SARIFReporter {
    /// GitHub code scanning's `primaryLocationLineHash` of every line of a text, as the
    /// CodeQL action's upload step computes it when a SARIF result has none
    /// (`src/fingerprints.ts` in github/codeql-action): a rolling hash (base 37, wrapping
    /// 64-bit arithmetic) of the first 100 UTF-16 code units from the start of each line,
    /// spaces and tabs skipped, CR and CRLF read as LF, the text followed by the code unit
    /// 65535 and zeros; written as unsigned hexadecimal, then `:` and the number of
    /// earlier lines with the same hash plus one.
    ///
    /// Writing it ourselves lets GitHub track an alert across commits however the SARIF
    /// file is uploaded, and gives the same value the action would, so the two never
    /// disagree.
    ///
    /// - Parameter text: the file's text (its bytes decoded as UTF-8).
    /// - Returns: the hash of each line, index 0 for line 1; lines as the action counts
    ///   them (LF, CR and CRLF each end one).
    /// - Complexity: O(*n*) in the length of `text`.
    static func lineHashes(of text: String) -> [String] {
        let blockSize = 100
        let base: Int64 = 37
        var firstMod: Int64 = 1
        for _ in 0..<blockSize { firstMod = firstMod &* base }
        var window = [Int64](repeating: 0, count: blockSize)
        var lineNumbers = [Int](repeating: -1, count: blockSize)
        var hash: Int64 = 0
        var index = 0
        var lineNumber = 0
        var lineStart = true
        var previousCR = false
        var counts: [String: Int] = [:]
        var hashes: [String] = []

        func output() {
            let value = String(UInt64(bitPattern: hash), radix: 16)
            let count = counts[value, default: 0] + 1
            counts[value] = count
            let line = lineNumbers[index]
            if hashes.count < line { hashes.append(contentsOf: repeatElement("", count: line - hashes.count)) }
            hashes[line - 1] = "\(value):\(count)"
            lineNumbers[index] = -1
        }

        func update(_ current: Int64) {
            let begin = window[index]
            window[index] = current
            hash = base &* hash &+ current &- firstMod &* begin
            index = (index + 1) % blockSize
        }

        func process(_ unit: UInt16) {
            var current = Int64(unit)
            if unit == 0x20 || unit == 0x09 || (previousCR && unit == 0x0A) {
                previousCR = false
                return
            }
            if unit == 0x0D {
                current = 0x0A
                previousCR = true
            } else {
                previousCR = false
            }
            if lineNumbers[index] != -1 { output() }
            if lineStart {
                lineStart = false
                lineNumber += 1
                lineNumbers[index] = lineNumber
            }
            if current == 0x0A { lineStart = true }
            update(current)
        }

        for unit in text.utf16 { process(unit) }
        process(0xFFFF)
        for _ in 0..<blockSize {
            if lineNumbers[index] != -1 { output() }
            update(0)
        }
        return hashes
    }
}
