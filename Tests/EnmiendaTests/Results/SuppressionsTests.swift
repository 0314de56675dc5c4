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
}
