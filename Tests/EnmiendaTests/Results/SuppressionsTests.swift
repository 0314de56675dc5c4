import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// ``Suppressions``: a file of rejected findings, one per line by fingerprint, that later
/// runs leave out.
@Suite struct SuppressionsTests {
    private static let message = "a suppression line starts with a 16-digit fingerprint"

    /// The error reading `text` as a suppressions file throws, or `nil`.
    private func error(reading text: String, in directory: TemporaryDirectory) throws -> InputError? {
        let path = try directory.write(text, to: "suppressions.txt")
        do {
            _ = try Suppressions(contentsOfFile: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsOneSuppressionPerLineSkippingCommentsAndBlankLines() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write(
            """
            # Findings rejected in review (enmienda apply); delete a line to see its finding again.
            0123456789abcdef\tnon-starters\tno talleres\tnotas/b.txt

               \t
              # an indented comment
            fedcba9876543210
              00000000deadbeef  war-effort
            #0000000000000000\tcommented out

            """, to: "suppressions.txt")
        let suppressions = try Suppressions(contentsOfFile: path)
        #expect(
            suppressions.lines == [
                "0123456789abcdef": "0123456789abcdef\tnon-starters\tno talleres\tnotas/b.txt",
                "fedcba9876543210": "fedcba9876543210",
                "00000000deadbeef": "  00000000deadbeef  war-effort",
            ])
    }

    @Test func aFileThatDoesNotExistSuppressesNothing() throws {
        let directory = try TemporaryDirectory()
        let suppressions = try Suppressions(contentsOfFile: directory.url.appendingPathComponent("none.txt").path)
        #expect(suppressions.lines.isEmpty)
        #expect(suppressions == Suppressions())
    }

    @Test(arguments: [
        "0123456789abcde\tfifteen digits",
        "0123456789abcdef0\tseventeen digits",
        "0123456789abcdeg\tnot hex",
        "non-starters\tno talleres\tnotas/b.txt",
        "0123456789abcdef,non-starters",
    ])
    func aMalformedLineIsLocated(_ line: String) throws {
        let directory = try TemporaryDirectory()
        let text = "# comment\n0123456789abcdef\tnon-starters\n\n\(line)\nfedcba9876543210\n"
        let error = try #require(try error(reading: text, in: directory))
        let path = directory.url.appendingPathComponent("suppressions.txt").path
        #expect(error.diagnostics.count == 1)
        #expect(error.description == "\(path):4:1: error: \(Self.message)")
    }

    @Test func aSuppressedFindingIsLeftOut() throws {
        let directory = try TemporaryDirectory()
        let alignments = try ReportCases.tricky()
        let rejected = try #require(alignments[1].findings.first)
        let path = try directory.write("\(rejected.fingerprint)\tnon-starters\tno talleres\tnotas/b.txt\n", to: "s.txt")
        let (shown, suppressed) = try Suppressions(contentsOfFile: path).filter(alignments)
        #expect(suppressed == 1)
        #expect(shown.map(\.findings.count) == [5, 0])
        #expect(shown[0] == alignments[0])
    }

    @Test func aFindingNotSuppressedStays() throws {
        let directory = try TemporaryDirectory()
        let alignments = try ReportCases.tricky()
        let fingerprints = Set(alignments.flatMap(\.findings).map(\.fingerprint))
        #expect(!fingerprints.contains("0123456789abcdef"))
        let path = try directory.write("0123456789abcdef\tnon-starters\tno talleres\tnotas/b.txt\n", to: "s.txt")
        let (shown, suppressed) = try Suppressions(contentsOfFile: path).filter(alignments)
        #expect(suppressed == 0)
        #expect(shown == alignments)
    }

    @Test func rejectedFindingsOfAReviewAreAddedOnceAndReadBack() throws {
        let directory = try TemporaryDirectory()
        let alignments = try ReportCases.tricky()
        // Reject the second document's finding, as the HTML review page would.
        let xml = CorrectionsXMLReporter().report(alignments)
        let fingerprint = try #require(alignments[1].findings.first?.fingerprint)
        let rejected = xml.replacingOccurrences(
            of: "fingerprint=\"\(fingerprint)\"", with: "fingerprint=\"\(fingerprint)\" decision=\"rejected\"")
        #expect(rejected != xml)
        let review = try Review(xml: Array(rejected.utf8), path: "review.xml")

        var suppressions = Suppressions()
        #expect(suppressions.add(rejectedIn: review) == 1)
        #expect(suppressions.add(rejectedIn: review) == 0)
        #expect(
            suppressions.text
                == "# Findings rejected in review (enmienda apply); delete a line to see its finding again.\n"
                + "\(fingerprint)\tnon-starters\tno talleres\tnotas/b.txt\n")
        let path = try directory.write(suppressions.text, to: "suppressions.txt")
        let read = try Suppressions(contentsOfFile: path)
        #expect(read == suppressions)
        #expect(read.filter(alignments).suppressed == 1)
    }

    /// A file saved by an editor with CRLF line ends reads like one with LF: every line,
    /// the comment header skipped, no CR kept.
    @Test func aCRLFFileReadsLikeAnLFFile() throws {
        let directory = try TemporaryDirectory()
        let lf = "# header\n0123456789abcdef\tnon-starters\tno talleres\ta.txt\nfedcba9876543210\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let fromLF = try Suppressions(contentsOfFile: try directory.write(lf, to: "lf.txt"))
        let fromCRLF = try Suppressions(contentsOfFile: try directory.write(crlf, to: "crlf.txt"))
        #expect(fromLF.lines.count == 2)
        #expect(fromCRLF == fromLF)
    }

    /// A fingerprint typed in capitals suppresses the finding whose fingerprint it is
    /// (fingerprints are written in lower case); full-width digits are not hex digits.
    @Test func aFingerprintInCapitalsStillSuppresses() throws {
        let directory = try TemporaryDirectory()
        let alignments = try ReportCases.tricky()
        let rejected = try #require(alignments[1].findings.first)
        let path = try directory.write(rejected.fingerprint.uppercased() + "\n", to: "s.txt")
        #expect(try Suppressions(contentsOfFile: path).filter(alignments).suppressed == 1)
        let fullWidth = try directory.write("０１２３４５６７８９abcdef\n", to: "w.txt")
        #expect(throws: InputError.self) { try Suppressions(contentsOfFile: fullWidth) }
    }

    /// An indented malformed line is located where its fingerprint should start.
    @Test func anIndentedMalformedLineIsLocatedAtItsText() throws {
        let directory = try TemporaryDirectory()
        let error = try #require(try error(reading: "0123456789abcdef\n  \tnot-a-fingerprint\n", in: directory))
        #expect(error.diagnostics.map(\.location.line) == [2])
        #expect(error.diagnostics.map(\.location.column) == [4])
    }

    /// A rejected match wrapped over CRLF (or holding a tab) is written as one line of four
    /// tab-separated fields, and reads back the same.
    @Test func aRejectedMatchOverALineBreakStaysOneLine() throws {
        let directory = try TemporaryDirectory()
        let alignments = try ReportCases.tricky()
        let xml = CorrectionsXMLReporter().report(alignments)
        let wrapped = try #require(alignments.flatMap(\.findings).first { $0.matchedText.contains("\r\n") })
        let rejected = xml.replacingOccurrences(
            of: "fingerprint=\"\(wrapped.fingerprint)\"",
            with: "fingerprint=\"\(wrapped.fingerprint)\" decision=\"rejected\"")
        var suppressions = Suppressions()
        #expect(suppressions.add(rejectedIn: try Review(xml: Array(rejected.utf8), path: "review.xml")) == 1)
        let line = try #require(suppressions.lines[wrapped.fingerprint])
        #expect(!line.contains("\r") && !line.contains("\n"))
        #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 4)
        let path = try directory.write(suppressions.text, to: "suppressions.txt")
        #expect(try Suppressions(contentsOfFile: path) == suppressions)
    }

    /// A line of no-break or ideographic spaces is blank, and such spaces may indent a
    /// fingerprint, as tabs and spaces may (a word processor leaves them).
    @Test func unicodeSpacesBlankOrIndentALine() throws {
        let directory = try TemporaryDirectory()
        let text = "0123456789abcdef\n\u{A0}\n\u{3000}\u{A0}fedcba9876543210\tx\n"
        let suppressions = try Suppressions(contentsOfFile: try directory.write(text, to: "s.txt"))
        #expect(Set(suppressions.lines.keys) == ["0123456789abcdef", "fedcba9876543210"])
        let error = try #require(try error(reading: "\u{A0}\u{A0}nope\n", in: directory))
        #expect(error.diagnostics.map(\.location.column) == [3])
    }
}
