import EnmiendaCore
import Foundation

/// The suppressions file: one rejected finding per line, `fingerprint⇥entry⇥matched text⇥path`.
extension Suppressions {
    /// Reads `path`; a file that does not exist is an empty list.
    ///
    /// Lines may end in LF or CRLF; blank lines (only spaces of any kind) and lines
    /// starting with `#` are skipped; spaces may come before the fingerprint. The 16 hex digits of a fingerprint
    /// are read in either case (they are written in lower case).
    ///
    /// - Parameter maximumSize: The largest file read, in bytes (see ``InputLimits``).
    /// - Throws: ``InputError`` if the file exists but cannot be read, is larger than
    ///   `maximumSize`, or a line does not start with a 16-digit hex fingerprint (located
    ///   at the line and the column where the fingerprint should start).
    public init(contentsOfFile path: String, maximumSize: Int = InputLimits.defaultMaximumFileSize) throws(InputError) {
        self.init()
        guard FileManager.default.fileExists(atPath: path) else { return }
        let bytes = try FileInput.readBytes(atPath: path, maximumSize: maximumSize)
        for (number, var line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if line.last == 0x0D { line = line.dropLast() }
            // Any Unicode space indents or blanks a line (a no-break space a word processor
            // left, an ideographic space); the column counts code points.
            let scalars = String(decoding: line, as: UTF8.self).unicodeScalars
            let indent = scalars.prefix { CharacterSet.whitespaces.contains($0) }.count
            let content = scalars.dropFirst(indent)
            guard content.contains(where: { !CharacterSet.whitespaces.contains($0) }), content.first != "#" else {
                continue
            }
            let digits = content.prefix { $0 != "\t" && $0 != " " }
            guard digits.count == 16, digits.allSatisfy(Self.isASCIIHexDigit) else {
                throw InputError(
                    SourceLocation(path: path, line: number + 1, column: indent + 1),
                    "a suppression line starts with a 16-digit fingerprint")
            }
            lines[String(String.UnicodeScalarView(digits)).lowercased()] = String(decoding: line, as: UTF8.self)
        }
    }

    private static func isASCIIHexDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("A"..."F").contains(scalar) || ("a"..."f").contains(scalar)
    }

    /// Adds the rejected findings of `review`; returns how many were new. Tabs and line
    /// breaks in the matched text or the path become spaces, so that each finding stays
    /// one line of four tab-separated fields.
    @discardableResult
    public mutating func add(rejectedIn review: Review) -> Int {
        var added = 0
        for document in review.documents {
            for item in document.items where item.decision == .rejected {
                guard let fingerprint = item.fingerprint?.lowercased(), lines[fingerprint] == nil else { continue }
                let fields = [fingerprint, item.entryID ?? "", item.matchedText, document.path].map(Self.oneLine)
                lines[fingerprint] = fields.joined(separator: "\t")
                added += 1
            }
        }
        return added
    }

    /// `field` with every tab and line break (LF, CR, VT, FF, NEL, LS, PS) made a space.
    private static func oneLine(_ field: String) -> String {
        String(
            String.UnicodeScalarView(
                field.unicodeScalars.map {
                    [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029].contains($0.value) ? " " : $0
                }))
    }

    /// The file's text, sorted by fingerprint.
    public var text: String {
        "# Findings rejected in review (enmienda apply); delete a line to see its finding again.\n"
            + lines.keys.sorted().compactMap { lines[$0] }.map { $0 + "\n" }.joined()
    }
}
