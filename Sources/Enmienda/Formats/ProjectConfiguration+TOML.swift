import Foundation
internal import TOMLKit

/// Reading a configuration file's TOML (TOMLKit, over toml++). No TOMLKit type leaves
/// this file.
extension ProjectConfiguration {
    /// The keys of the file's top level, as messages list them.
    static let topLevelKeys = [
        "glossaries", "builtin", "disable", "disable-categories", "variety", "thousands-separator", "report",
    ]
    /// The keys of its `[report]` table.
    static let reportKeys = ["format", "notes"]

    /// Reads a configuration from the TOML `text` of the file at `path`. Relative glossary
    /// paths are resolved against the file's folder.
    ///
    /// - Throws: ``InputError`` located `path:line:column`: the parser's own for a syntax
    ///   error, the key's line for an unknown key or a value of the wrong type.
    public init(toml text: String, path: String) throws(InputError) {
        self.init(path: path)
        let start = SourceLocation(path: path, line: 1, column: 1)
        if let nul = text.utf8.firstIndex(of: 0) {
            let line = text.utf8[..<nul].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            throw InputError(SourceLocation(path: path, line: line, column: 1), "the configuration file has a NUL byte")
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw InputError(
                SourceLocation(
                    path: path, line: max(1, error.source.begin.line), column: max(1, error.source.begin.column)),
                "invalid TOML: \(error.description)")
        } catch {
            throw InputError(start, "invalid TOML: \(error)")
        }
        locations = Self.keyLocations(in: text, path: path)
        let folder = (path as NSString).deletingLastPathComponent

        for key in table.keys.sorted(by: { location(of: $0).line < location(of: $1).line }) {
            guard let value = table[key] else { continue }
            switch key {
            case "glossaries":
                glossaries = try strings(value, key: key).map { file in
                    file.hasPrefix("/") || folder.isEmpty ? file : (folder as NSString).appendingPathComponent(file)
                }
            case "builtin":
                builtin = try boolean(value, key: key)
            case "disable":
                disabledEntries = try strings(value, key: key)
            case "disable-categories":
                disabledCategories = try strings(value, key: key).map { (name) throws(InputError) in
                    guard let category = IssueCategory(rawValue: name) else {
                        throw InputError(
                            location(of: key),
                            "disable-categories: unknown category '\(name)'; the categories are "
                                + IssueCategory.allCases.map(\.rawValue).joined(separator: ", "))
                    }
                    return category
                }
            case "variety":
                let tag = try string(value, key: key)
                guard let variety = SpanishVariety(tag: tag) else {
                    throw InputError(
                        location(of: key),
                        "variety: unknown variety '\(tag)'; the varieties are \(SpanishVariety.tags.joined(separator: ", "))"
                    )
                }
                self.variety = variety
            case "thousands-separator":
                let name = try string(value, key: key)
                guard let separator = ThousandsSeparator(rawValue: name) else {
                    throw InputError(
                        location(of: key),
                        "thousands-separator: unknown separator '\(name)'; the separators are "
                            + ThousandsSeparator.allCases.map(\.rawValue).joined(separator: ", "))
                }
                thousandsSeparator = separator
            case "report":
                guard let report = value.table else { throw wrongType(key, "a table ([report])") }
                try readReport(report)
            default:
                throw unknownKey(key, known: Self.topLevelKeys)
            }
        }
    }

    private mutating func readReport(_ report: TOMLTable) throws(InputError) {
        for key in report.keys {
            guard let value = report[key] else { continue }
            let name = "report." + key
            switch key {
            case "format":
                let format = try string(value, key: name)
                guard Self.reportFormats.contains(format) else {
                    throw InputError(
                        location(of: name),
                        "report.format: unknown format '\(format)'; the formats are "
                            + Self.reportFormats.joined(separator: ", "))
                }
                reportFormat = format
            case "notes":
                notes = try boolean(value, key: name)
            default:
                throw unknownKey(name, known: Self.reportKeys.map { "report." + $0 })
            }
        }
    }

    private func unknownKey(_ key: String, known: [String]) -> InputError {
        InputError(location(of: key), "unknown key '\(key)'; the known keys are \(known.joined(separator: ", "))")
    }

    private func wrongType(_ key: String, _ expected: String) -> InputError {
        InputError(location(of: key), "\(key) must be \(expected)")
    }

    private func string(_ value: any TOMLValueConvertible, key: String) throws(InputError) -> String {
        guard let text = value.string else { throw wrongType(key, "a string") }
        return text
    }

    private func boolean(_ value: any TOMLValueConvertible, key: String) throws(InputError) -> Bool {
        guard let flag = value.bool else { throw wrongType(key, "true or false") }
        return flag
    }

    private func strings(_ value: any TOMLValueConvertible, key: String) throws(InputError) -> [String] {
        guard let array = value.array else { throw wrongType(key, "an array of strings") }
        var texts: [String] = []
        for element in array {
            guard let text = element.string, !text.isEmpty else {
                throw wrongType(key, "an array of non-empty strings")
            }
            texts.append(text)
        }
        return texts
    }

    /// Where each key is set: the line of `key =` (or `[table]`), by dotted name. TOMLKit
    /// locates syntax errors only, so a key's place is found in the text.
    static func keyLocations(in text: String, path: String) -> [String: SourceLocation] {
        var table = ""
        var locations: [String: SourceLocation] = [:]
        // "\r\n" is one Character: split on it too, or a CRLF file is one line.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
            let here = SourceLocation(path: path, line: index + 1, column: line.count - trimmed.count + 1)
            if trimmed.hasPrefix("[") {
                table = trimmed.dropFirst().prefix { $0 != "]" }.trimmingCharacters(in: .whitespaces)
                if locations[table] == nil { locations[table] = here }
                continue
            }
            guard !trimmed.hasPrefix("#"), let equals = trimmed.firstIndex(of: "=") else { continue }
            let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces).trimmingCharacters(
                in: CharacterSet(charactersIn: "\"'"))
            guard !key.isEmpty else { continue }
            let name = table.isEmpty ? key : table + "." + key
            if locations[name] == nil { locations[name] = here }
        }
        return locations
    }
}
