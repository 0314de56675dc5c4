import Enmienda
import Testing

@Suite struct AnnotatedTextTests {
    static let data = """
        {"annotation": [{"text": "Son "}, {"markup": "<b>"}, {"text": "no talleres"}, {"markup": "</b>"},
                        {"markup": "<p>", "interpretAs": "\\n\\n"}, {"text": "Año 🙂"}]}
        """

    @Test func checksTextAndInterpretAsButAnswersInTheWholeText() throws {
        let text = try AnnotatedText(json: Self.data)
        #expect(text.checkedText == "Son no talleres\n\nAño 🙂")
        #expect(text.originalText == "Son <b>no talleres</b><p>Año 🙂")
        #expect(!text.isPlain)
    }

    @Test func movesOffsetsInTextPartsByTheMarkupBefore() throws {
        let text = try AnnotatedText(json: Self.data)
        // "no talleres" starts at 4 in the checked text, at 7 in the whole.
        #expect(text.originalOffset(of: 4, in: .utf16, isEnd: false) == 7)
        #expect(text.originalOffset(of: 15, in: .utf16, isEnd: true) == 18)
        // "Año" starts after the interpreted "\n\n" (checked 17) and after "</b><p>" (whole 25).
        #expect(text.originalOffset(of: 17, in: .utf16, isEnd: false) == 25)
        #expect(text.originalOffset(of: 17, in: .bytes, isEnd: false) == 25)
        // 🙂 is two UTF-16 units, one scalar, four bytes; "ñ" two bytes.
        #expect(text.originalOffset(of: 21, in: .utf16, isEnd: false) == 29)
        #expect(text.originalOffset(of: 21, in: .scalars, isEnd: false) == 29)
        #expect(text.originalOffset(of: 22, in: .bytes, isEnd: false) == 30)
    }

    @Test func aSpanInsideInterpretAsCoversItsMarkup() throws {
        let text = try AnnotatedText(json: Self.data)
        #expect(text.originalOffset(of: 16, in: .utf16, isEnd: false) == 22)
        #expect(text.originalOffset(of: 16, in: .utf16, isEnd: true) == 25)
    }

    @Test func aPlainTextKeepsItsOffsets() {
        let text = AnnotatedText(plain: "Ñandú 🙂")
        #expect(text.isPlain)
        for offset in 0...8 { #expect(text.originalOffset(of: offset, in: .utf16, isEnd: offset > 0) == offset) }
    }

    @Test(arguments: [
        "not json", "[]", #"{"text": "x"}"#, #"{"annotation": [1]}"#, #"{"annotation": [{"other": "x"}]}"#,
        #"{"annotation": [{"markup": "<b>", "interpretAs": 3}]}"#,
        #"{"annotation": [{"text": "a", "markup": "<b>"}]}"#,
    ])
    func refusesDataOfAnotherShape(_ data: String) {
        #expect(throws: ServiceError.self) { try AnnotatedText(json: data) }
        do {
            _ = try AnnotatedText(json: data)
        } catch {
            #expect(error.status == 400)
        }
    }
}
