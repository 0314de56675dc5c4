/// A linear pre-scan of untrusted XML that refuses, before libxml2 sees the document, the
/// constructs that would make parsing slow or large: libxml2 2.9 checks an element's
/// attributes for duplicates in time quadratic in their number, does not enforce its
/// own 10 MB limit on a text node, and every element and attribute costs memory well
/// beyond its bytes (3,000,000 empty elements, 18 MB, took 1.15 GB).
///
/// The scan reads the markup as bytes (UTF-16 and UTF-32 files, told by their byte-order
/// mark or by their first character other than a blank being `<`, one code unit at a
/// time), so its cost is one pass over the file whatever the document holds. It does not check well-formedness: whatever it lets
/// through, libxml2 still parses and reports.
enum MarkupLimits {
    /// The most attributes (namespace declarations included) one start tag may have.
    static let maximumAttributes = 1_000
    /// The most bytes of text (character data and CDATA sections, as written in the file)
    /// between two tags, and the most bytes of one attribute value, comment or processing
    /// instruction: libxml2's documented `XML_MAX_TEXT_LENGTH`.
    static let maximumTextLength = 10_000_000
    /// The deepest nesting of elements: libxml2's default `xmlParserMaxDepth`.
    static let maximumDepth = 256
    /// The most elements in one file: about twice what a 100,000-entry glossary exported as
    /// TBX has (1,300,007 for `Benchmarks/generate.py`'s, 68 MB), and 1.25 times what
    /// 100,000 entries as rich as the shipped ones have as glossary XML (about 2,000,000).
    /// Every element costs libxml2 and the conversion a few hundred bytes of memory.
    static let maximumElements = 2_500_000
    /// The most attributes (namespace declarations included) in one file: about twice what
    /// that TBX has (700,004).
    static let maximumTotalAttributes = 1_500_000

    /// Checks `bytes` against the limits.
    ///
    /// - Throws: ``InputError`` at the construct's `path:line:column` (columns in code units
    ///   for UTF-16 and UTF-32 files) naming the limit it exceeds.
    static func check(_ bytes: [UInt8], path: String) throws(InputError) {
        let units = narrowed(bytes)
        var scanner = Scanner(units: units)
        if let (offset, message) = scanner.firstViolation() {
            let position = LineIndex(units).position(of: offset, in: units)
            throw InputError(SourceLocation(path: path, line: position.line, column: position.column), message)
        }
    }

    /// The file's code units as bytes: ASCII units as they are, any other unit as 0x80, so
    /// that markup reads the same in every encoding. UTF-8 (and anything unrecognized) is
    /// returned unchanged.
    static func narrowed(_ bytes: [UInt8]) -> [UInt8] {
        guard let (width, bigEndian, _) = wideEncoding(of: bytes) else { return bytes }
        var units: [UInt8] = []
        units.reserveCapacity(bytes.count / width)
        var index = 0
        while index + width <= bytes.count {
            let value = unit(of: bytes, at: index, width: width, bigEndian: bigEndian)
            units.append(value < 0x80 ? UInt8(value) : 0x80)
            index += width
        }
        return units
    }

    /// The code unit of `width` bytes (2 or 4) at `index`, in the byte order given.
    private static func unit(of bytes: [UInt8], at index: Int, width: Int, bigEndian: Bool) -> UInt32 {
        var value: UInt32 = 0
        for byte in 0..<width {
            value |= UInt32(bytes[index + byte]) << (bigEndian ? (width - 1 - byte) * 8 : byte * 8)
        }
        return value
    }

    /// The code unit width (2 or 4) and byte order of a UTF-16 or UTF-32 file, told by its
    /// byte-order mark (`marked`) or, without one, by its first code unit that is not a
    /// blank (space, tab, line feed, carriage return) being `<`; `nil` for anything else.
    static func wideEncoding(of bytes: [UInt8]) -> (width: Int, bigEndian: Bool, marked: Bool)? {
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (4, true, true) }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return (4, false, true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (2, true, true) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (2, false, true) }
        for (width, bigEndian) in [(4, true), (4, false), (2, true), (2, false)] {
            var index = 0
            while index + width <= bytes.count {
                let value = unit(of: bytes, at: index, width: width, bigEndian: bigEndian)
                if value == UInt32(UInt8(ascii: "<")) { return (width, bigEndian, false) }
                guard value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D else { break }
                index += width
            }
        }
        return nil
    }

    private struct Scanner {
        let units: [UInt8]
        var index = 0
        var depth = 0
        var elements = 0
        var totalAttributes = 0
        /// Text bytes since the last tag, comment or processing instruction.
        var textRun = 0
        var textStart = 0

        init(units: [UInt8]) { self.units = units }

        private static let less = UInt8(ascii: "<")
        private static let greater = UInt8(ascii: ">")

        mutating func firstViolation() -> (Int, String)? {
            let count = units.count
            while index < count {
                if units[index] != Self.less {
                    let end = units[index...].firstIndex(of: Self.less) ?? count
                    if let violation = addText(end - index, at: index) { return violation }
                    index = end
                } else if units.hasMarkup("<!--", at: index) {
                    if let violation = skipConstruct(past: "-->", named: "a comment") { return violation }
                } else if units.hasMarkup("<![CDATA[", at: index) {
                    let start = index
                    let end = units.offset(past: "]]>", from: index)
                    if let violation = addText(end - start, at: start) { return violation }
                    index = end
                } else if units.hasMarkup("<?", at: index) {
                    if let violation = skipConstruct(past: "?>", named: "a processing instruction") { return violation }
                } else if units.hasMarkup("<!", at: index) {
                    skipDocumentType()
                } else if units.hasMarkup("</", at: index) {
                    index = units.offset(past: ">", from: index)
                    depth = max(0, depth - 1)
                    textRun = 0
                } else if let violation = scanStartTag() {
                    return violation
                }
            }
            return nil
        }

        private mutating func addText(_ length: Int, at offset: Int) -> (Int, String)? {
            if textRun == 0 { textStart = offset }
            textRun += length
            guard textRun > MarkupLimits.maximumTextLength else { return nil }
            return (textStart, "text too long: more than \(MarkupLimits.maximumTextLength) bytes between two tags")
        }

        private mutating func skipConstruct(past terminator: String, named name: String) -> (Int, String)? {
            let start = index
            index = units.offset(past: terminator, from: index)
            textRun = 0
            guard index - start > MarkupLimits.maximumTextLength else { return nil }
            return (start, "\(name) too long: more than \(MarkupLimits.maximumTextLength) bytes")
        }

        /// A document type, past its internal subset if it has one (the reader refuses it).
        private mutating func skipDocumentType() {
            while index < units.count, units[index] != Self.greater, units[index] != UInt8(ascii: "[") { index += 1 }
            if index < units.count, units[index] == UInt8(ascii: "[") { index = units.offset(past: "]", from: index) }
            index = units.offset(past: ">", from: index)
            textRun = 0
        }

        /// A start tag: its attributes are counted by their quoted values.
        private mutating func scanStartTag() -> (Int, String)? {
            let start = index
            var attributes = 0
            index += 1
            elements += 1
            if elements > MarkupLimits.maximumElements {
                return (
                    start,
                    "too many elements: the file has more than \(MarkupLimits.maximumElements) (the element limit)"
                )
            }
            while index < units.count {
                let unit = units[index]
                if unit == Self.greater {
                    index += 1
                    if units[index - 2] != UInt8(ascii: "/") { depth += 1 }
                    break
                } else if unit == UInt8(ascii: "\"") || unit == UInt8(ascii: "'") {
                    let valueStart = index + 1
                    let end = units[valueStart...].firstIndex(of: unit) ?? units.count
                    attributes += 1
                    totalAttributes += 1
                    if totalAttributes > MarkupLimits.maximumTotalAttributes {
                        return (
                            start,
                            "too many attributes: the file has more than \(MarkupLimits.maximumTotalAttributes) (the attribute limit)"
                        )
                    }
                    if attributes > MarkupLimits.maximumAttributes {
                        return (
                            start, "too many attributes: an element has more than \(MarkupLimits.maximumAttributes)"
                        )
                    }
                    if end - valueStart > MarkupLimits.maximumTextLength {
                        return (
                            valueStart - 1,
                            "an attribute value too long: more than \(MarkupLimits.maximumTextLength) bytes"
                        )
                    }
                    index = end + 1
                } else {
                    index += 1
                }
            }
            textRun = 0
            guard depth > MarkupLimits.maximumDepth else { return nil }
            return (start, "elements nested too deep: more than \(MarkupLimits.maximumDepth) levels (the depth limit)")
        }
    }
}
