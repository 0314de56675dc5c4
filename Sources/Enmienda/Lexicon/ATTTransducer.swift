/// The main section of a transducer printed in AT&T text by `lt-print`, and the
/// enumeration of its paths into (surface form, lemma, tags) analyses.
///
/// `lt-print` writes one section per line of sections `--`; an arc is a line
/// `source⇥target⇥input⇥output⇥weight`, a final state a line with the state alone (and
/// its weight); `ε` is the empty symbol, and symbols of several characters (`<vblex>`)
/// are tags. The dictionary proper is the section with the most arcs; the others
/// (punctuation, a regular expression for numbers and addresses) are ignored.
///
/// A path's input side is the surface form and its output side the analysis,
/// `lemma<tag><tag>…`. Paths are left out when they cross a `+` (an enclitic or a
/// contraction: `eliminarlo` = `eliminar<vblex><inf>+lo<prn>…`), a `#` or a space on
/// either side (a lemma of several words), or an arc that reads a digit; an arc back to a
/// state already on the path is cut, so that the enumeration ends.
public struct ATTTransducer: Sendable {
    /// One analysis of a surface form, as the transducer gives it.
    public struct Analysis: Hashable, Sendable {
        /// The surface form (`asumió`).
        public var form: String
        /// The lemma (`asumir`).
        public var lemma: String
        /// The tags, as Apertium writes them (`<vblex><ifi><p3><sg>`).
        public var tags: String
    }

    /// The symbols, as UTF-8 bytes; the empty symbol (`ε`) is empty.
    private var symbols: [[UInt8]] = []
    /// Whether a path may cross an arc with the symbol on its output side.
    private var allowedOutput: [Bool] = []
    /// Whether a path may cross an arc with the symbol on its input side.
    private var allowedInput: [Bool] = []
    /// The arcs of state `s` are `arcStart[s]..<arcStart[s + 1]` in the arc arrays.
    private var arcStart: [Int32] = []
    private var arcTarget: [Int32] = []
    private var arcInput: [Int32] = []
    private var arcOutput: [Int32] = []
    private var isFinal: [Bool] = []

    /// The number of arcs of the main section.
    public var arcCount: Int { arcTarget.count }

    /// The number of states of the main section.
    public var stateCount: Int { isFinal.count }

    /// Reads the AT&T text that `lt-print` writes, keeping the section with the most
    /// arcs. Lines that are neither an arc nor a final state are ignored; text with no
    /// arc gives an empty transducer.
    public init(text: some Collection<UInt8>) {
        let bytes = Array(text)
        // The sections, as ranges of lines.
        var best: (start: Int, end: Int, arcs: Int) = (0, 0, -1)
        var sectionStart = 0
        var arcs = 0
        var position = 0
        while position < bytes.count {
            let end = Self.lineEnd(bytes, from: position)
            if Self.isSeparator(bytes, position, end) {
                if arcs > best.arcs { best = (sectionStart, position, arcs) }
                sectionStart = end + 1
                arcs = 0
            } else if Self.fields(bytes, position, end).count >= 4 {
                arcs += 1
            }
            position = end + 1
        }
        if arcs > best.arcs { best = (sectionStart, bytes.count, arcs) }
        load(bytes, from: best.start, to: best.end)
    }

    /// Calls `body` with each path's analysis, depth first and without recursion, in the
    /// order of the arcs. The same analysis can come twice, from two paths.
    public func forEachAnalysis(_ body: (Analysis) -> Void) {
        guard !isFinal.isEmpty else { return }
        var onPath = [Bool](repeating: false, count: isFinal.count)
        var input: [UInt8] = []
        var output: [UInt8] = []
        // Each frame: its state, its next arc, and the buffers' lengths before the arc
        // that led to it.
        var stack: [(state: Int32, next: Int32, input: Int32, output: Int32)] = []
        func enter(_ state: Int32, input inputLength: Int, output outputLength: Int) {
            onPath[Int(state)] = true
            stack.append((state, arcStart[Int(state)], Int32(inputLength), Int32(outputLength)))
            if isFinal[Int(state)], let analysis = Self.analysis(input, output) { body(analysis) }
        }
        enter(0, input: 0, output: 0)
        while let top = stack.last {
            let state = Int(top.state)
            let arc = Int(top.next)
            guard arc < Int(arcStart[state + 1]) else {
                stack.removeLast()
                onPath[state] = false
                input.removeSubrange(Int(top.input)...)
                output.removeSubrange(Int(top.output)...)
                continue
            }
            stack[stack.count - 1].next += 1
            let target = arcTarget[arc]
            let inSymbol = Int(arcInput[arc])
            let outSymbol = Int(arcOutput[arc])
            guard allowedInput[inSymbol], allowedOutput[outSymbol], !onPath[Int(target)] else { continue }
            let inputLength = input.count
            let outputLength = output.count
            input += symbols[inSymbol]
            output += symbols[outSymbol]
            enter(target, input: inputLength, output: outputLength)
        }
    }

    /// Every analysis of every path, once each, in the order of ``forEachAnalysis(_:)``.
    public func analyses() -> [Analysis] {
        var seen = Set<Analysis>()
        var result: [Analysis] = []
        forEachAnalysis { if seen.insert($0).inserted { result.append($0) } }
        return result
    }

    // MARK: Reading

    private static let tab = UInt8(ascii: "\t")
    private static let newline = UInt8(ascii: "\n")
    private static let epsilon: [UInt8] = Array("ε".utf8)

    private static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var end = start
        while end < bytes.count, bytes[end] != newline { end += 1 }
        return end
    }

    private static func isSeparator(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var last = end
        if last > start, bytes[last - 1] == UInt8(ascii: "\r") { last -= 1 }
        return last - start == 2 && bytes[start] == UInt8(ascii: "-") && bytes[start + 1] == UInt8(ascii: "-")
    }

    /// The tab-separated fields of a line, a trailing empty field (after a final tab)
    /// dropped.
    private static func fields(_ bytes: [UInt8], _ start: Int, _ end: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var fieldStart = start
        for index in start..<end where bytes[index] == tab {
            result.append(fieldStart..<index)
            fieldStart = index + 1
        }
        var last = end
        if last > fieldStart, bytes[last - 1] == UInt8(ascii: "\r") { last -= 1 }
        if last > fieldStart { result.append(fieldStart..<last) }
        return result
    }

    private static func number(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count < 10 else { return nil }
        var value = 0
        for index in range {
            let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
            guard (0...9).contains(digit) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    private mutating func load(_ bytes: [UInt8], from start: Int, to end: Int) {
        var symbolIDs: [[UInt8]: Int32] = [:]
        func symbol(_ range: Range<Int>) -> Int32 {
            var text = Array(bytes[range])
            if text == Self.epsilon { text = [] }
            if let id = symbolIDs[text] { return id }
            let id = Int32(symbols.count)
            symbolIDs[text] = id
            symbols.append(text)
            let crossesWords = text == [UInt8(ascii: "+")] || text == [UInt8(ascii: "#")] || text == [UInt8(ascii: " ")]
            allowedOutput.append(!crossesWords)
            allowedInput.append(
                !crossesWords && !(text.count == 1 && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(text[0])))
            return id
        }
        var sources: [Int32] = []
        var targets: [Int32] = []
        var inputs: [Int32] = []
        var outputs: [Int32] = []
        var finals: [Int] = []
        var stateCount = 1
        var position = start
        while position < end {
            let lineEnd = Self.lineEnd(bytes, from: position)
            let parts = Self.fields(bytes, position, lineEnd)
            if parts.count >= 4, let source = Self.number(bytes, parts[0]), let target = Self.number(bytes, parts[1]) {
                sources.append(Int32(source))
                targets.append(Int32(target))
                inputs.append(symbol(parts[2]))
                outputs.append(symbol(parts[3]))
                stateCount = max(stateCount, source + 1, target + 1)
            } else if (1...2).contains(parts.count), let state = Self.number(bytes, parts[0]) {
                finals.append(state)
                stateCount = max(stateCount, state + 1)
            }
            position = lineEnd + 1
        }
        // Arcs grouped by source state, in the order they were printed.
        var starts = [Int32](repeating: 0, count: stateCount + 1)
        for source in sources { starts[Int(source) + 1] += 1 }
        for state in 0..<stateCount { starts[state + 1] += starts[state] }
        var fill = starts
        arcTarget = [Int32](repeating: 0, count: sources.count)
        arcInput = arcTarget
        arcOutput = arcTarget
        for (index, source) in sources.enumerated() {
            let slot = Int(fill[Int(source)])
            fill[Int(source)] += 1
            arcTarget[slot] = targets[index]
            arcInput[slot] = inputs[index]
            arcOutput[slot] = outputs[index]
        }
        arcStart = starts
        isFinal = [Bool](repeating: false, count: stateCount)
        for state in finals { isFinal[state] = true }
    }

    /// The analysis a path spells, or `nil` when its output has no tags, no lemma, or
    /// text after its tags, or its input is empty.
    private static func analysis(_ input: [UInt8], _ output: [UInt8]) -> Analysis? {
        guard !input.isEmpty, let tagStart = output.firstIndex(of: UInt8(ascii: "<")), tagStart > 0,
            output.last == UInt8(ascii: ">")
        else { return nil }
        return Analysis(
            form: String(decoding: input, as: UTF8.self),
            lemma: String(decoding: output[..<tagStart], as: UTF8.self),
            tags: String(decoding: output[tagStart...], as: UTF8.self))
    }
}
