import Testing

@testable import EnmiendaCore

@Suite struct SentenceSegmenterTests {
    private func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let tokenized = Tokenizer.tokenize(bytes, in: 0..<bytes.count)
        return SentenceSegmenter.sentences(in: tokenized, bytes: bytes).map { range in
            let start = tokenized.tokens[range.lowerBound].start
            let end = tokenized.tokens[range.upperBound - 1].end
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
    }

    @Test func splitsAtTerminalPunctuationBeforeACapital() {
        #expect(sentences("Llegó ayer. Se fue hoy! ¿Vuelve? Sí.") == ["Llegó ayer.", "Se fue hoy!", "¿Vuelve?", "Sí."])
    }

    @Test(arguments: [
        "El Sr. López llegó a EE. UU. con 12.000 dólares.",
        "Lo firmó J. R. Martín el 3,5 % del tiempo.",
        "Enviaron más de 12,000 tropas. ",
        "Véase la pág. 12 del informe.",
    ])
    func doesNotBreakInsideAbbreviationsInitialsOrNumbers(_ text: String) {
        #expect(sentences(text).count == 1)
    }

    @Test func closingQuoteStaysWithItsSentence() {
        #expect(
            sentences("Dijo: “Estamos listos.” Luego se fue.") == ["Dijo: “Estamos listos.”", "Luego se fue."])
    }

    @Test func periodInsideQuotationFollowedByLowercaseContinues() {
        #expect(sentences("“Kim reafirmó el apoyo”, informó KCNA.").count == 1)
    }

    @Test func lineBreaksEndParagraphsAndHeadlines() {
        #expect(
            sentences("Con cables de publicación\nLas dos naciones firmaron.\r\nOtra línea") == [
                "Con cables de publicación", "Las dos naciones firmaron.", "Otra línea",
            ])
    }

    @Test func wrappedLineContinuingInLowercaseStaysOneSentence() {
        #expect(sentences("Las dos naciones\npromocionaron su alianza.").count == 1)
    }
}
