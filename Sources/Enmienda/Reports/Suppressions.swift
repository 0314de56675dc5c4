import Foundation

/// Findings a reviewer rejected, remembered by ``Finding/fingerprint`` so that later runs
/// do not report them again.
///
/// Stored as text, one rejected finding per line (`fingerprint⇥entry⇥matched text⇥path`),
/// so that the file can be read, diffed and edited by hand (deleting a line brings the
/// finding back). `enmienda apply` adds the review's rejected findings; `enmienda check`
/// leaves them out unless asked to show them.
///
/// ```swift
/// var suppressions = try Suppressions(contentsOfFile: ".enmienda/suppressions.txt")
/// let (shown, hidden) = suppressions.filter(alignments)
/// ```
public struct Suppressions: Hashable, Sendable {
    /// The default place: `$ENMIENDA_SUPPRESSIONS` if set, else
    /// `.enmienda/suppressions.txt` in the current directory.
    public static var defaultPath: String {
        ProcessInfo.processInfo.environment["ENMIENDA_SUPPRESSIONS"].flatMap { $0.isEmpty ? nil : $0 }
            ?? builtInPath
    }

    /// The lines of the file, by fingerprint.
    public private(set) var lines: [String: String]

    /// No suppressions.
    public init() {
        lines = [:]
    }

    /// The place used when neither `--suppressions` nor `$ENMIENDA_SUPPRESSIONS` names one.
    public static let builtInPath = ".enmienda/suppressions.txt"

    /// Refuses `path` when it is the built-in place and `.enmienda` or the file is a
    /// symbolic link: a file the user did not name (a cloned repository's, say) must not
    /// send reads or writes elsewhere. A place the user named is followed like any path.
    ///
    /// - Throws: ``InputError`` located at the link.
    public static func refuseLinksInBuiltInPath(_ path: String) throws(InputError) {
        guard path == builtInPath else { return }
        for component in [".enmienda", builtInPath] {
            var status = stat()
            if lstat(component, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
                throw InputError(
                    SourceLocation(path: component, line: 1, column: 1),
                    "is a symbolic link, and the suppressions file is not followed through one unless named: give --suppressions PATH"
                )
            }
        }
    }

    /// Reads `path`; a file that does not exist is an empty list.
    ///
    /// - Parameter maximumSize: The largest file read, in bytes (see ``InputLimits``).
    /// - Throws: ``InputError`` if the file exists but cannot be read, is larger than
    ///   `maximumSize`, or a line does not start with a 16-digit hex fingerprint.
    public init(contentsOfFile path: String, maximumSize: Int = InputLimits.defaultMaximumFileSize) throws(InputError) {
        lines = [:]
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

    /// `alignments` without the suppressed findings, and how many were left out.
    public func filter(_ alignments: [Alignment]) -> (alignments: [Alignment], suppressed: Int) {
        guard !lines.isEmpty else { return (alignments, 0) }
        var suppressed = 0
        let filtered = alignments.map { alignment in
            var alignment = alignment
            alignment.findings = alignment.findings.filter { finding in
                guard lines[finding.fingerprint] != nil else { return true }
                suppressed += 1
                return false
            }
            return alignment
        }
        return (filtered, suppressed)
    }
}
