import EnmiendaCore
import Foundation

/// The suppressions file: one rejected finding per line, `fingerprint⇥entry⇥matched text⇥path`.
extension Suppressions {
    /// Reads `path`; a file that does not exist is an empty list.
    ///
    /// - Parameter maximumSize: The largest file read, in bytes (see ``InputLimits``).
    /// - Throws: ``InputError`` if the file exists but cannot be read, is larger than
    ///   `maximumSize`, or a line does not start with a 16-digit hex fingerprint.
    public init(contentsOfFile path: String, maximumSize: Int = InputLimits.defaultMaximumFileSize) throws(InputError) {
        self.init()
        guard FileManager.default.fileExists(atPath: path) else { return }
        let text = String(
            decoding: try FileInput.readBytes(atPath: path, maximumSize: maximumSize), as: UTF8.self)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let fingerprint = String(trimmed.prefix { $0 != "\t" && $0 != " " })
            guard fingerprint.count == 16, fingerprint.allSatisfy(\.isHexDigit) else {
                throw InputError(
                    SourceLocation(path: path, line: number + 1, column: 1),
                    "a suppression line starts with a 16-digit fingerprint")
            }
            lines[fingerprint] = String(line)
        }
    }

    /// Adds the rejected findings of `review`; returns how many were new.
    @discardableResult
    public mutating func add(rejectedIn review: Review) -> Int {
        var added = 0
        for document in review.documents {
            for item in document.items where item.decision == .rejected {
                guard let fingerprint = item.fingerprint, lines[fingerprint] == nil else { continue }
                let matched = item.matchedText.replacingOccurrences(of: "\t", with: " ")
                    .replacingOccurrences(of: "\n", with: " ")
                lines[fingerprint] = "\(fingerprint)\t\(item.entryID ?? "")\t\(matched)\t\(document.path)"
                added += 1
            }
        }
        return added
    }

    /// The file's text, sorted by fingerprint.
    public var text: String {
        "# Findings rejected in review (enmienda apply); delete a line to see its finding again.\n"
            + lines.keys.sorted().compactMap { lines[$0] }.map { $0 + "\n" }.joined()
    }
}
