import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// An article edited after its review was exported keeps the review: each finding is
/// found again by its words inside the sentence reviewed (what its fingerprint is made of),
/// and a finding whose words or sentence changed is skipped, never written over.
@Suite struct ReviewAnchoringTests {
    private let original = "Son no talleres, dijo.\nEran un rol clave aquí.\n"

    /// A review of `article` (its content hash recorded unless `hash` is false) with one
    /// accepted finding per `(matched, sentence)`, each at its first place in its sentence.
    private func review(
        of article: String, findings: [(matched: String, sentence: String)], hash: Bool = true
    ) throws -> Review.Document {
        let bytes = Array(article.utf8)
        var xml = ""
        for (matched, sentence) in findings {
            let sentenceStart = try #require(article.range(of: sentence)).lowerBound
            let start = try #require(article.range(of: matched, range: sentenceStart..<article.endIndex)).lowerBound
            let offset = article.utf8.distance(from: article.startIndex, to: start)
            xml += """
                <finding entry="e" category="mistranslation" severity="major" line="1" column="1" \
                byte-offset="\(offset)" byte-length="\(matched.utf8.count)" char-offset="\(offset)" \
                char-length="\(matched.count)" decision="accepted"><matched>\(matched)</matched><message>m</message>\
                <source>s</source><suggestion>BIEN</suggestion><sentence>\(sentence)</sentence>\
                <corrected-sentence>c</corrected-sentence></finding>
                """
        }
        let contentHash = try TextDocument(bytes: bytes, path: "a.txt").contentHash
        let file = """
            <corrections xmlns="urn:enmienda:corrections" version="2">
              <document path="a.txt" words="1" findings="\(findings.count)"\(hash ? " content-hash=\"\(contentHash)\"" : "")>\(xml)</document>
            </corrections>
            """
        return try #require(try Review(xml: Array(file.utf8), path: "r.xml").documents.first)
    }

    private func outcome(_ review: Review.Document, on article: String) throws -> Review.Outcome {
        try review.outcome(of: TextDocument(bytes: Array(article.utf8), path: "a.txt"))
    }

    private let both = [("no talleres", "Son no talleres, dijo."), ("rol clave", "Eran un rol clave aquí.")]

    @Test(arguments: [true, false])
    func findingsMovedByLinesAddedAboveAreFoundAgain(hashed: Bool) throws {
        let review = try review(of: original, findings: both, hash: hashed)
        let result = try outcome(review, on: "Título nuevo\n\n" + original)
        #expect(
            String(decoding: result.bytes, as: UTF8.self) == "Título nuevo\n\nSon BIEN, dijo.\nEran un BIEN aquí.\n")
        #expect(result.moved == 2)
        #expect(result.skipped.isEmpty)
    }

    @Test func aFindingWhoseWordsWereEditedAwayIsSkippedNotMisapplied() throws {
        let review = try review(of: original, findings: both)
        let edited = "Arriba.\nSon no talleres, dijo.\nEran un papel clave aquí.\n"
        let result = try outcome(review, on: edited)
        #expect(
            String(decoding: result.bytes, as: UTF8.self) == "Arriba.\nSon BIEN, dijo.\nEran un papel clave aquí.\n")
        #expect(result.skipped.map(\.matchedText) == ["rol clave"])
        #expect(result.skipped.first?.line == 1)  // where the review found it
    }

    @Test func aFindingWhoseSentenceChangedAroundItsWordsIsSkipped() throws {
        let review = try review(of: original, findings: both)
        // The same words, at the same bytes, in a sentence that is no longer the one reviewed.
        let edited = "Son no talleres, dijo.\nEran un rol clave allí.\n"
        let result = try outcome(review, on: edited)
        #expect(String(decoding: result.bytes, as: UTF8.self) == "Son BIEN, dijo.\nEran un rol clave allí.\n")
        #expect(result.skipped.map(\.matchedText) == ["rol clave"])
    }

    @Test func aSentenceNowRepeatedIsAmbiguousAndSkipped() throws {
        let review = try review(of: original, findings: both)
        let edited = "Eran un rol clave aquí.\n" + original
        let result = try outcome(review, on: edited)
        #expect(result.skipped.map(\.matchedText) == ["rol clave"])
        #expect(
            String(decoding: result.bytes, as: UTF8.self)
                == "Eran un rol clave aquí.\nSon BIEN, dijo.\nEran un rol clave aquí.\n")
    }

    @Test func repeatedSentencesTakeTheirPlacesInOrder() throws {
        let twice = "Son no talleres.\nSon no talleres.\n"
        let document = try review(of: twice, findings: [("no talleres", "Son no talleres.")])
        // Two findings with the same words and sentence: the second at the second sentence.
        var items = document.items
        var second = items[0]
        second.byteRange = 21..<32
        items.append(second)
        var review = document
        review.items = items
        let result = try outcome(review, on: "Antes.\n" + twice)
        #expect(String(decoding: result.bytes, as: UTF8.self) == "Antes.\nSon BIEN.\nSon BIEN.\n")
        #expect(result.moved == 2)
        // One of the two sentences removed: which one the reviewer meant is not known.
        let fewer = try outcome(review, on: "Antes.\nSon no talleres.\nDespués.\n")
        #expect(fewer.skipped.count == 2)
        #expect(String(decoding: fewer.bytes, as: UTF8.self) == "Antes.\nSon no talleres.\nDespués.\n")
    }

    /// A line that is all match ("rol clave" alone) reads at every occurrence of the words;
    /// the finding in the longer sentence takes its own first, and the line gets the other.
    @Test func aSentenceThatIsAllMatchLeavesThePlacesOthersTake() throws {
        let article = "rol clave\nEran un rol clave aquí.\n"
        let review = try review(
            of: article, findings: [("rol clave", "rol clave"), ("rol clave", "Eran un rol clave aquí.")])
        let result = try outcome(review, on: "Arriba.\n" + article)
        #expect(String(decoding: result.bytes, as: UTF8.self) == "Arriba.\nBIEN\nEran un BIEN aquí.\n")
        #expect(result.skipped.isEmpty)
    }

    @Test func aSearchCutShortByItsBudgetFindsNothing() throws {
        let twice = "Son no talleres.\nSon no talleres.\n"
        let item = try #require(try review(of: twice, findings: [("no talleres", "Son no talleres.")]).items.first)
        var enough = ReviewAnchoring()
        #expect(enough.places(of: item, in: Array(twice.utf8)) == [4..<15, 21..<32])
        var short = ReviewAnchoring(budget: 30)
        #expect(short.places(of: item, in: Array(twice.utf8)).isEmpty)
    }

    @Test func anArticleWithNothingReviewedInItIsRefused() throws {
        let review = try review(of: original, findings: both)
        let failure = try #require(throws: InputError.self) {
            try outcome(review, on: "Otro artículo, sin nada de aquello.\n")
        }
        #expect(failure.description.hasPrefix("a.txt:1:1: error: the article changed since the review was exported"))
        #expect(failure.description.contains("no finding of the review reads as reviewed"))
    }

    @Test func anUnchangedArticleIsAppliedInPlace() throws {
        let result = try outcome(try review(of: original, findings: both), on: original)
        #expect(String(decoding: result.bytes, as: UTF8.self) == "Son BIEN, dijo.\nEran un BIEN aquí.\n")
        #expect(result.moved == 0 && result.skipped.isEmpty && result.unapplied.isEmpty)
    }
}

/// The same in a bilingual file: a finding is found again in the segment with its id.
@Suite struct SegmentReviewAnchoringTests {
    private func xliff(_ a: String, _ b: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="es" datatype="plaintext" original="n"><body>
        <trans-unit id="a"><source>x</source><target>\(a)</target></trans-unit>
        <trans-unit id="b"><source>y</source><target>\(b)</target></trans-unit>
        </body></file></xliff>

        """
    }

    private func finding(unit: String, offset: Int, matched: String, sentence: String, fileOffset: Int) -> String {
        """
        <finding entry="e" category="mistranslation" severity="major" line="3" column="1" \
        byte-offset="\(fileOffset)" byte-length="\(matched.utf8.count)" char-offset="0" char-length="1" \
        decision="accepted"><matched>\(matched)</matched><message>m</message><source>s</source>\
        <suggestion>BIEN</suggestion><sentence>\(sentence)</sentence><corrected-sentence>c</corrected-sentence>\
        <segment id="\(unit)" byte-offset="\(offset)" byte-length="\(matched.utf8.count)"/></finding>
        """
    }

    @Test func aSegmentEditedAroundItsFindingKeepsItAndOneEditedAwayIsSkipped() throws {
        let original = xliff("Son no talleres, dijo.", "Eran un rol clave aquí.")
        let hash = try TextDocument(bytes: Array(original.utf8), path: "n.xlf").contentHash
        let xml = """
            <corrections xmlns="urn:enmienda:corrections" version="2">
              <document path="n.xlf" words="1" findings="2" content-hash="\(hash)">\
            \(finding(unit: "a", offset: 4, matched: "no talleres", sentence: "Son no talleres, dijo.", fileOffset: 100))\
            \(finding(unit: "b", offset: 8, matched: "rol clave", sentence: "Eran un rol clave aquí.", fileOffset: 200))\
            </document>
            </corrections>
            """
        let review = try #require(try Review(xml: Array(xml.utf8), path: "r.xml").documents.first)
        let edited = xliff("Ayer. Son no talleres, dijo.", "Eran un papel clave aquí.")
        let article = try Article(document: TextDocument(bytes: Array(edited.utf8), path: "n.xlf"))
        let result = try review.outcome(of: article)
        #expect(
            String(decoding: result.bytes, as: UTF8.self)
                == xliff("Ayer. Son BIEN, dijo.", "Eran un papel clave aquí."))
        #expect(result.moved == 1)
        #expect(result.skipped.map(\.matchedText) == ["rol clave"])
    }
}
