import CSV
import Foundation

/// Rows as spreadsheets and QA tools write them: the text decoded from UTF-8 or UTF-16,
/// the separator told from the first line, and the cells read by CSV.swift (RFC 4180:
/// quoted cells may hold separators, quotes written twice and line breaks).
extension GlossaryCSV {
    /// One row of cells, located.
    struct Row {
        var fields: [String]
        /// The column (in Unicode scalars) where each field starts.
        var columns: [Int]
        var line: Int
    }

    /// `bytes` as text: UTF-16 after its byte-order mark (Excel's “Unicode text”), else
    /// UTF-8 with or without its byte-order mark (Excel's “CSV UTF-8”).
    ///
    /// - Throws: ``InputError`` at the line and column (in Unicode scalars) of the first
    ///   byte that is not UTF-8, naming UTF-16 without a byte-order mark when the bytes
    ///   look like it; or at 1:1 for UTF-16 that does not decode.
    static func text(of bytes: [UInt8], path: String) throws(InputError) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard bytes.count % 2 == 0, let text = String(bytes: bytes[2...], encoding: encoding) else {
                throw InputError(
                    SourceLocation(path: path, line: 1, column: 1),
                    "the file starts with a UTF-16 byte-order mark but is not UTF-16 text")
            }
            return text
        }
        let body = Array(bytes.starts(with: UTF8.byteOrderMark) ? bytes[3...] : bytes[...])
        // Every other byte zero: UTF-16 saved without its byte-order mark.
        if body.count >= 4, body.prefix(64).enumerated().filter({ $0.element == 0 }).count >= min(body.count, 64) / 4 {
            throw InputError(
                SourceLocation(path: path, line: 1, column: 1),
                "the file looks like UTF-16 without a byte-order mark: save it as UTF-8, or as UTF-16 with one")
        }
        if let offset = UTF8Validation.firstInvalidOffset(in: body) {
            let position = LineIndex(body).position(of: offset, in: body)
            throw InputError(
                SourceLocation(path: path, line: position.line, column: position.column),
                "invalid UTF-8 (byte 0x\(String(body[offset], radix: 16, uppercase: true)))"
                    + ": CSV and TSV rows are read as UTF-8, or as UTF-16 after a byte-order mark")
        }
        return String(decoding: body, as: UTF8.self)
    }

    /// The separator of rows whose first line is `line`: a tab if it has one, else `;` if it
    /// has more of them than commas (Excel in comma-decimal locales, Lokalise), else `,`.
    static func separator(ofFirstLine line: Substring) -> Unicode.Scalar {
        if line.contains("\t") { return "\t" }
        let semicolons = line.unicodeScalars.count { $0 == ";" }
        let commas = line.unicodeScalars.count { $0 == "," }
        return semicolons > commas ? ";" : ","
    }

    /// The rows of `text`, cut at `separator`.
    ///
    /// - Throws: ``InputError`` at `path:line:column` for a control character in a cell,
    ///   or a quoted cell that the file ends in.
    static func rows(_ text: String, separator: Unicode.Scalar, path: String) throws(InputError) -> [Row] {
        // A last row without its line break ends like the others, so that an unclosed
        // quote shows as a cell that runs to the end of the file.
        let text = text.unicodeScalars.last == "\n" ? text : text + "\n"
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, delimiter: separator)
        } catch {
            throw InputError(SourceLocation(path: path, line: 1, column: 1), "the rows cannot be read: \(error)")
        }
        // The text as written, to locate each cell and to check that quoted cells end
        // where the reader says they do.
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        func written(_ line: Int, _ column: Int) -> Unicode.Scalar? {
            line - 1 < lines.count && column - 1 < lines[line - 1].count ? lines[line - 1][column - 1] : nil
        }
        var rows: [Row] = []
        var line = 1
        while let fields = reader.next() {
            var row = Row(fields: [], columns: [], line: line)
            var column = 1
            var lineInRow = line
            for field in fields {
                row.columns.append(column)
                let quoted = written(lineInRow, column) == "\""
                if quoted { column += 1 }
                for scalar in field.unicodeScalars {
                    if let name = GlossaryChecks.controlCharacterName(scalar) {
                        throw InputError(
                            SourceLocation(path: path, line: lineInRow, column: column),
                            "a cell holds the control character \(name): glossary text may hold no control characters")
                    }
                    if scalar == "\n" {
                        lineInRow += 1
                        column = 1
                    } else if quoted && scalar == "\"" {
                        // Inside quotes a quote is written twice; one followed by anything
                        // else ended the cell, and the reader took the rest as its text.
                        guard written(lineInRow, column + 1) == "\"" else {
                            throw InputError(
                                SourceLocation(path: path, line: lineInRow, column: column + 1),
                                "a quoted cell must end at a separator or the end of its line (a quote inside it is written twice)"
                            )
                        }
                        column += 2
                    } else {
                        column += 1
                    }
                }
                if quoted { column += 1 }
                column += 1
                row.fields.append(unprotected(field))
            }
            rows.append(row)
            line = lineInRow + 1
        }
        // An unclosed quote takes the rest of the file, its last line break included.
        let lastCharacter = text.unicodeScalars.reversed().first { $0 != "\n" && $0 != "\r" }
        if let last = rows.last, last.fields.last?.unicodeScalars.last == "\n", lastCharacter != "\"" {
            throw InputError(SourceLocation(path: path, line: last.line, column: 1), "a quoted field is not closed")
        }
        return rows
    }
}
