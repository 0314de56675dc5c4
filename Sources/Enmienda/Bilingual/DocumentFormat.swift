/// The formats Enmienda checks, told by a file's extension and content.
///
/// Plain text (`.txt`, `.md`, no extension, standard input) is checked as a whole; the
/// other formats are checked segment by segment, their markup and source text left as
/// they are (see ``Article``).
public enum DocumentFormat: String, CaseIterable, Hashable, Sendable {
    case text, xliff, tmx, po, srt, webvtt, html

    /// The format's name for messages.
    public var name: String {
        switch self {
        case .text: "plain text"
        case .xliff: "XLIFF"
        case .tmx: "TMX"
        case .po: "PO"
        case .srt: "SRT"
        case .webvtt: "WebVTT"
        case .html: "HTML"
        }
    }

    /// The format each extension names (lowercase, without the dot).
    public static let extensions: [String: DocumentFormat] = [
        "txt": .text, "text": .text, "md": .text, "markdown": .text,
        "xlf": .xliff, "xliff": .xliff, "sdlxliff": .xliff, "mqxliff": .xliff,
        "tmx": .tmx, "po": .po, "pot": .po, "srt": .srt, "vtt": .webvtt,
        "html": .html, "htm": .html, "xhtml": .html,
    ]

    /// The lowercase extension of the file `path` names, if it has one (a leading dot,
    /// as in `.profile`, does not start one).
    static func fileExtension(of path: String) -> String? {
        let file = path.split(separator: "/").last ?? ""
        guard let dot = file.lastIndex(of: "."), dot > file.startIndex else { return nil }
        return file[file.index(after: dot)...].lowercased()
    }

    /// Whether a directory search takes the file `name` (a supported extension).
    public static func isSupported(fileName name: String) -> Bool {
        fileExtension(of: name).map { extensions[$0] != nil } ?? false
    }

    /// The format of the file at `path` (`-`: standard input) whose bytes are `bytes`.
    ///
    /// A supported extension names the format; plain-text names (`.txt`, `.md`, no
    /// extension, standard input) are read as text unless their content is one of the
    /// other formats (an XML root `xliff` or `tmx`, a gettext catalogue, a `WEBVTT`
    /// header, SRT cues, an HTML document).
    ///
    /// - Throws: ``InputError`` at `path:1:1` for any other extension: reading a `.docx` or
    ///   a `.json` as text would check and rewrite its markup (`--as text` overrides).
    public static func of(path: String, bytes: [UInt8]) throws(InputError) -> DocumentFormat {
        let fileExtension = path == "-" ? nil : Self.fileExtension(of: path)
        if let fileExtension, let format = extensions[fileExtension], format != .text { return format }
        if let fileExtension, extensions[fileExtension] == nil {
            throw InputError(
                SourceLocation(path: path, line: 1, column: 1),
                "files ending in .\(fileExtension) are not checked: Enmienda reads plain text (.txt, .md), XLIFF, TMX, PO, SRT, WebVTT and HTML; give --as text to read this file as plain text"
            )
        }
        return sniff(bytes) ?? .text
    }

    /// The format `bytes` are in when it is not plain text, told by content alone.
    public static func sniff(_ bytes: [UInt8]) -> DocumentFormat? {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let head = String(decoding: bytes[start..<min(bytes.count, start + 4096)], as: UTF8.self)
        if XMLRootName.looksLikeXML(bytes), let root = XMLRootName.of(bytes) {
            switch (root.split(separator: ":").last.map(String.init) ?? root).lowercased() {
            case "xliff": return .xliff
            case "tmx": return .tmx
            case "html": return .html
            default: break
            }
        }
        let trimmed = head.drop { $0.isWhitespace }
        let lowered = trimmed.prefix(64).lowercased()
        if lowered.hasPrefix("<!doctype html") || lowered.hasPrefix("<html") { return .html }
        if SubtitleReader.looksLikeWebVTT(bytes) { return .webvtt }
        // Only the start tells: a long text is not split into lines to be told apart.
        let prefix = Array(bytes.prefix(start + 4096))
        if POReader.looksLikePO(prefix) { return .po }
        if SubtitleReader.looksLikeSRT(prefix) { return .srt }
        // A cue number over a line with an arrow is SRT even with a broken time code: read as
        // text, `fix` would rewrite its numbers; the reader says where it is broken.
        let lines = String(decoding: prefix[start...], as: UTF8.self)
            .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.drop { $0 == " " || $0 == "\t" } }
        if let first = lines.firstIndex(where: { !$0.isEmpty }), first + 1 < lines.count,
            !lines[first].isEmpty, lines[first].allSatisfy({ $0.isASCII && $0.isNumber }),
            lines[first + 1].contains("-->"), lines[first + 1].first?.isNumber == true
        {
            return .srt
        }
        return nil
    }
}
