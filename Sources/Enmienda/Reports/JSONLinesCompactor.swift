/// Turns the pretty-printed JSON the JSON reports write into the same JSON without
/// whitespace outside strings, piece by piece: ``JSONLinesReporter`` reuses
/// ``JSONReporter``'s writers and puts their output on one line.
///
/// The pieces must be consecutive parts of one JSON text; a string may be cut between
/// pieces. Whitespace inside strings is kept; the JSON reports escape every control
/// character in strings, so no line break is left.
struct JSONLinesCompactor {
    private var inString = false
    private var escaped = false

    /// Appends `pretty` to `output` without the whitespace between tokens.
    ///
    /// - Complexity: O(*n*) in the bytes of `pretty`.
    mutating func append(_ pretty: [UInt8], to output: inout OutputBuffer) {
        var compact: [UInt8] = []
        compact.reserveCapacity(pretty.count)
        for byte in pretty {
            if inString {
                compact.append(byte)
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else {
                switch byte {
                case 0x20, 0x0A, 0x0D, 0x09: continue
                case UInt8(ascii: "\""):
                    inString = true
                    compact.append(byte)
                default: compact.append(byte)
                }
            }
        }
        output.append(contentsOf: compact)
    }
}
