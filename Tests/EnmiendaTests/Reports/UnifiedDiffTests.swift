import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// ``UnifiedDiff`` writes the hunks `diff -u` writes for the edits of a file: three
/// lines of context, merged hunks, CRLF lines as they are, a missing final newline marked.
@Suite struct UnifiedDiffTests {
    /// The diff of `text` with each `(old, new)` replacing the first `old` after the previous one.
    private func diff(_ text: String, _ replacements: [(String, String)], context: Int = 3) -> String {
        let bytes = Array(text.utf8)
        var edits: [TextEdit?] = []
        var from = text.startIndex
        for (old, new) in replacements {
            guard let range = text.range(of: old, range: from..<text.endIndex) else { continue }
            let lower = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
            edits.append(TextEdit(byteRange: lower..<(lower + old.utf8.count), replacement: Array(new.utf8)))
            from = range.upperBound
        }
        return String(
            decoding: UnifiedDiff(context: context).diff(path: "./a.txt", bytes: bytes, edits: edits), as: UTF8.self)
    }

    private static let lines = (1...12).map { "línea \($0)\n" }.joined()

    @Test func oneChangeHasThreeLinesOfContextEachSide() {
        #expect(
            diff(Self.lines, [("línea 6", "LÍNEA 6")]) == """
                --- a/a.txt
                +++ b/a.txt
                @@ -3,7 +3,7 @@
                 línea 3
                 línea 4
                 línea 5
                -línea 6
                +LÍNEA 6
                 línea 7
                 línea 8
                 línea 9

                """)
    }

    @Test func changesSixLinesApartShareAHunkAndSevenApartDoNot() {
        let shared = diff(Self.lines, [("línea 2", "L2"), ("línea 9", "L9")])
        #expect(shared.components(separatedBy: "@@ -").count == 2)
        #expect(shared.contains("@@ -1,12 +1,12 @@\n"))
        let apart = diff(Self.lines, [("línea 2", "L2"), ("línea 10", "L10")])
        #expect(apart.contains("@@ -1,5 +1,5 @@\n") && apart.contains("@@ -7,6 +7,6 @@\n"))
    }

    @Test func aLastLineWithoutNewlineIsMarked() {
        #expect(
            diff("uno\ndos", [("dos", "tres")]) == """
                --- a/a.txt
                +++ b/a.txt
                @@ -1,2 +1,2 @@
                 uno
                -dos
                \\ No newline at end of file
                +tres
                \\ No newline at end of file

                """)
    }

    @Test func crlfLinesKeepTheirCarriageReturns() {
        #expect(
            diff("uno\r\ndos\r\n", [("uno", "UNO")])
                == "--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1,2 @@\n-uno\r\n+UNO\r\n dos\r\n")
    }

    @Test func anEditAcrossALineBreakChangesBothLines() {
        let text = "a\nson no\ntalleres hoy\nb\n"
        #expect(
            diff(text, [("no\ntalleres", "inviables")], context: 0)
                == "--- a/a.txt\n+++ b/a.txt\n@@ -2,2 +2 @@\n-son no\n-talleres hoy\n+son inviables hoy\n")
    }

    @Test func changesOnConsecutiveLinesAreOneBlockAsDiffPrintsThem() {
        #expect(
            diff("uno\ndos\ntres\n", [("uno", "UNO"), ("dos", "DOS")], context: 0)
                == "--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1,2 @@\n-uno\n-dos\n+UNO\n+DOS\n")
    }

    @Test func noEditOrAnEditThatChangesNothingGivesNoDiff() {
        #expect(diff(Self.lines, []).isEmpty)
        #expect(diff(Self.lines, [("línea 3", "línea 3")]).isEmpty)
    }

    /// A file name with a line break or a quote is quoted as git quotes it, so that it
    /// can never forge a header line.
    @Test func oddFileNamesAreQuotedAsGitQuotesThem() {
        #expect(UnifiedDiff.quoted("a/plain name.txt") == "a/plain name.txt")
        #expect(UnifiedDiff.quoted("a/new\nline.txt") == #""a/new\nline.txt""#)
        #expect(UnifiedDiff.quoted("a/\u{1B}[31m\"q\".txt") == #""a/\033[31m\"q\".txt""#)
        let diff = String(
            decoding: UnifiedDiff().diff(
                path: "new\nline.txt", bytes: Array("uno\n".utf8),
                edits: [TextEdit(byteRange: 0..<3, replacement: Array("dos".utf8))]), as: UTF8.self)
        #expect(diff.hasPrefix("--- \"a/new\\nline.txt\"\n+++ \"b/new\\nline.txt\"\n@@"))
    }
}
