import Enmienda
import Foundation
import Testing

@Suite struct CheckRequestTests {
    private func request(_ encoded: String) throws -> CheckRequest {
        try CheckRequest(parameters: try FormParameters(urlEncoded: Array(encoded.utf8)))
    }

    private func error(_ encoded: String) -> ServiceError? {
        do {
            _ = try request(encoded)
            return nil
        } catch let error as ServiceError {
            return error
        } catch {
            return nil
        }
    }

    @Test func readsTextLanguageAndRules() throws {
        let request = try request(
            "text=Hola&language=es-MX&disabledRules=a,b&enabledCategories=style&level=picky&motherTongue=en-US")
        #expect(request.text.checkedText == "Hola")
        #expect(request.language.longCode == "es-MX")
        #expect(request.language.name == "Spanish (Mexico)")
        #expect(!request.detectsLanguage)
        #expect(request.rules.disabledRules == ["a", "b"])
        #expect(request.rules.enabledCategories == ["STYLE"])
    }

    @Test func dataWinsOverText() throws {
        let data = #"{"annotation":[{"markup":"<i>"},{"text":"Hola"}]}"#
        let request = try request("text=otro&language=es&data=" + data.addingPercentEncodingForForm())
        #expect(request.text.originalText == "<i>Hola")
    }

    @Test func autoIsAnsweredAsSpanish() throws {
        let request = try request("text=Hola&language=auto")
        #expect(request.detectsLanguage)
        #expect(request.language.longCode == "es")
    }

    @Test func refusesWhatLanguageToolRefuses() {
        #expect(error("language=es") == .missingText)
        #expect(error("text=Hola") == .missingLanguage)
        #expect(error("text=Hello&language=en-US") == .unknownLanguage("en-US"))
        #expect(error("text=Hello&language=en-US")?.description.contains("not a language code known") == true)
        #expect(error("text=Hola&language=es&level=extreme")?.status == 400)
        #expect(error("text=Hola&language=es&enabledOnly=true")?.status == 400)
    }
}

extension String {
    /// The string percent-encoded for a form value.
    func addingPercentEncodingForForm() -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        return addingPercentEncoding(withAllowedCharacters: allowed) ?? self
    }
}
