import Testing

@testable import Enmienda

/// ``SARIFReporter/lineHashes(of:)`` gives the `primaryLocationLineHash` that GitHub's
/// CodeQL action computes (`src/fingerprints.ts`). The expected values were computed by a
/// port of that function run in Node.js on the same texts.
@Suite struct SARIFLineHashTests {
    @Test func mixedLineEndsAndCharactersOutsideTheBMP() {
        let text = "hello world\n\nhello world\r\nÑandú 🙂 «dijo»: son no talleres.\rfin"
        #expect(
            SARIFReporter.lineHashes(of: text) == [
                "ba66830a6bf5d4b6:1", "116a5891edf40798:1", "8c3ea7116524868e:1", "9caa6bde54c4c010:1",
                "c8160fce93d974:1",
            ])
    }

    @Test func linesWithTheSameFirstHundredCharactersAreNumbered() {
        let text = String(repeating: String(repeating: "y", count: 120) + "\n", count: 3)
        #expect(
            SARIFReporter.lineHashes(of: text) == [
                "cadd4b5b9d92c51c:1", "cadd4b5b9d92c51c:2", "cadd4b5b9d92c51c:3", "c129715d7a2bc9a3:1",
            ])
    }

    @Test func aByteOrderMarkCountsAndTabsAndSpacesDoNot() {
        let text = "\u{FEFF}Son no talleres.\r\n\tY el esfuerzo de guerra"
        #expect(SARIFReporter.lineHashes(of: text) == ["da9dc11406f34f27:1", "5faecee9f7a8b6cf:1"])
        let indented = "\u{FEFF}Son no talleres.\r\n    Y el esfuerzo de guerra"
        #expect(SARIFReporter.lineHashes(of: indented) == SARIFReporter.lineHashes(of: text))
    }
}
