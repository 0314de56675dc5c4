import Enmienda
import Foundation
import Testing

@Suite struct CheckServiceTests {
    static let service = Result { CheckService(aligner: Aligner(glossary: try Glossary.builtIn)) }

    private func response(_ request: CheckRequest) throws -> [String: Any] {
        let service = try Self.service.get()
        let object = try JSONSerialization.jsonObject(with: Data(service.check(request).json))
        return try #require(object as? [String: Any])
    }

    private func matches(_ response: [String: Any]) throws -> [[String: Any]] {
        try #require(response["matches"] as? [[String: Any]])
    }

    @Test func answersJSONReportersMatchesForAPlainText() throws {
        let text = "Ñandú 🙂: son no talleres.\n"
        let service = try Self.service.get()
        let answer = try response(CheckRequest(text: text))
        let report = try JSONSerialization.jsonObject(
            with: Data(JSONReporter().report([service.alignment(of: text)]).utf8))
        let reported = try #require((report as? [String: Any])?["matches"] as? [[String: Any]])
        let answered = try matches(answer)
        #expect(answered.count == 1)
        #expect(answered.map { $0["offset"] as? Int } == reported.map { $0["offset"] as? Int })
        #expect(answered.map { $0["entryId"] as? String } == ["non-starters"])
        #expect(answered.first?["offset"] as? Int == 14)
        #expect((answer["enmienda"] as? [String: Any])?["path"] as? String == CheckService.documentPath)
        #expect((answer["software"] as? [String: Any])?["name"] as? String == "Enmienda")
    }

    /// Hundreds of markup parts, some of them line breaks, before astral characters: each
    /// match's offsets, line and column are those of the whole text, as a reader that
    /// counts from its start finds them.
    @Test func linesAndColumnsOfManyMatchesInAnnotatedText() throws {
        var parts: [[String: String]] = []
        for index in 0..<300 {
            parts.append(["text": index % 5 == 0 ? "Ñandú 🙂 dijo: no talleres. " : "no talleres. "])
            parts.append(["markup": index % 7 == 0 ? "<br/>\n" : "<b/>"])
        }
        let data = try JSONSerialization.data(withJSONObject: ["annotation": parts])
        let request = try CheckRequest(
            parameters: FormParameters([("data", String(decoding: data, as: UTF8.self)), ("language", "es")]))
        let original = Array(request.text.originalText.unicodeScalars)
        let found = try matches(response(request))
        #expect(found.count == 300)
        for match in found {
            let start = try #require(match["codePointOffset"] as? Int)
            let length = try #require(match["codePointLength"] as? Int)
            #expect(String(String.UnicodeScalarView(original[start..<start + length])) == "no talleres")
            let before = original[..<start]
            let line = before.count { $0 == "\n" } + 1
            let column = start - ((before.lastIndex { $0 == "\n" } ?? -1) + 1) + 1
            #expect(match["line"] as? Int == line)
            #expect(match["column"] as? Int == column)
        }
    }

    @Test func offsetsOfAnnotatedTextCountTheMarkup() throws {
        let data = """
            {"annotation":[{"markup":"<p class=\\"x\\">"},{"text":"Dijo que son "},{"markup":"<b>"},
            {"text":"no talleres"},{"markup":"</b>"},{"text":"."}]}
            """
        let request = try CheckRequest(
            parameters: FormParameters([("data", data), ("language", "es")]))
        let match = try #require(try matches(try response(request)).first)
        let original = request.text.originalText
        let offset = try #require(match["offset"] as? Int)
        let length = try #require(match["length"] as? Int)
        let utf16 = Array(original.utf16)
        #expect(String(decoding: utf16[offset..<offset + length], as: UTF16.self) == "no talleres")
        #expect(
            match["byteOffset"] as? Int == Array(original.utf8).firstRange(of: Array("no talleres".utf8))?.lowerBound)
    }

    @Test func interpretAsIsCheckedInPlaceOfItsMarkup() throws {
        let data = #"{"annotation":[{"text":"son no"},{"markup":"<br/>","interpretAs":" "},{"text":"talleres"}]}"#
        let request = try CheckRequest(parameters: FormParameters([("data", data), ("language", "es")]))
        let match = try #require(try matches(try response(request)).first)
        #expect(match["offset"] as? Int == 4)
        #expect(match["length"] as? Int == "no<br/>talleres".utf16.count)
        let without = #"{"annotation":[{"text":"son no"},{"markup":"<br/>"},{"text":"talleres"}]}"#
        let unread = try CheckRequest(parameters: FormParameters([("data", without), ("language", "es")]))
        #expect(try matches(try response(unread)).isEmpty)
    }

    @Test func rulesAndCategoriesLeaveFindingsOut() throws {
        let text = "Son no talleres."
        func count(_ parameters: [(String, String)]) throws -> Int {
            let form = FormParameters([("text", text), ("language", "es")] + parameters)
            return try matches(try response(try CheckRequest(parameters: form))).count
        }
        let rule = try #require(try matches(try response(CheckRequest(text: text))).first?["rule"] as? [String: Any])
        let category = try #require((rule["category"] as? [String: Any])?["id"] as? String)
        #expect(try count([]) == 1)
        #expect(try count([("disabledRules", "other,non-starters")]) == 0)
        #expect(try count([("disabledCategories", category.lowercased())]) == 0)
        #expect(try count([("enabledOnly", "true"), ("enabledRules", "other")]) == 0)
        #expect(try count([("enabledOnly", "true"), ("enabledRules", "non-starters")]) == 1)
        #expect(try count([("enabledOnly", "true"), ("enabledCategories", category)]) == 1)
    }

    @Test func autoAndVarietiesAreAnsweredAsSpanish() throws {
        let auto = try response(
            try CheckRequest(parameters: FormParameters([("text", "Hola"), ("language", "auto")])))
        let language = try #require(auto["language"] as? [String: Any])
        #expect(language["code"] as? String == "es")
        #expect((language["detectedLanguage"] as? [String: Any])?["name"] as? String == "Spanish")
        let mexico = try response(
            try CheckRequest(parameters: FormParameters([("text", "Hola"), ("language", "es-mx")])))
        #expect((mexico["language"] as? [String: Any])?["code"] as? String == "es-MX")
    }

    /// The answer is written match by match, on one line: every match is the report's,
    /// member for member.
    @Test func theAnswerIsOneLineWithTheReportsMatches() throws {
        let text = "Ñandú 🙂: son \"no talleres\".\r\nDispararon rondas de municiones y 12,000 tropas\tllegaron.\n"
        let service = try Self.service.get()
        let json = service.check(CheckRequest(text: text)).json
        #expect(json.last == 0x0A)
        #expect(json.dropLast().contains(0x0A) == false)
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? NSDictionary)
        let report = try JSONSerialization.jsonObject(
            with: Data(JSONReporter().report([service.alignment(of: text)]).utf8))
        let reported = try #require((report as? NSDictionary)?["matches"] as? [NSDictionary])
        let answered = try #require(answer["matches"] as? [NSDictionary])
        #expect(answered.count >= 3)
        #expect(answered == reported)
        let summary = ((report as? NSDictionary)?["enmienda"] as? NSDictionary)?["summary"] as? NSDictionary
        #expect((answer["enmienda"] as? NSDictionary)?["summary"] as? NSDictionary == summary)
    }

    /// An answer lists at most the matches asked for, the first ones, and says it is
    /// incomplete; its summary counts them all.
    @Test func anAnswerOverItsMatchLimitIsMarkedIncomplete() throws {
        let service = try Self.service.get()
        let text = "Son no talleres. Son no talleres. Son no talleres.\n"
        func answer(_ limit: Int) throws -> [String: Any] {
            try #require(
                try JSONSerialization.jsonObject(
                    with: Data(service.check(CheckRequest(text: text), maximumMatches: limit).json)) as? [String: Any])
        }
        let whole = try answer(.max)
        let cut = try answer(2)
        #expect(try matches(whole).count == 3)
        #expect(try matches(cut).count == 2)
        #expect(try matches(cut).map { $0["offset"] as? Int } == matches(whole).prefix(2).map { $0["offset"] as? Int })
        #expect((whole["warnings"] as? [String: Any])?["incompleteResults"] as? Bool == false)
        #expect((cut["warnings"] as? [String: Any])?["incompleteResults"] as? Bool == true)
        let summary = ((cut["enmienda"] as? [String: Any])?["summary"] as? [String: Any])?["findings"] as? Int
        #expect(summary == 3)
        #expect(service.check(CheckRequest(text: text), maximumMatches: 2).matches == 3)
    }

    /// `language=es-MX` checks Mexico's Spanish: its thousands separator in corrected
    /// numbers, for a check and a fix; `es` checks the service's variety (Spain's).
    @Test func aVarietyInLanguageIsTheOneChecked() throws {
        let service = try Self.service.get()
        func replacement(_ language: String) throws -> String? {
            let answer = try response(
                try CheckRequest(
                    parameters: FormParameters([("text", "Llegaron 12,000 tropas."), ("language", language)])))
            let match = try #require(try matches(answer).first)
            return (match["replacements"] as? [[String: Any]])?.first?["value"] as? String
        }
        #expect(try replacement("es") == "12.000 soldados")
        #expect(try replacement("es-MX") == "12,000 soldados")
        #expect(try replacement("es-ES") == "12.000 soldados")
        let fixed = service.fix("Llegaron 12,000 tropas.", variety: .mexico)
        #expect(String(decoding: fixed, as: UTF8.self) == "Llegaron 12,000 soldados.")
        #expect(String(decoding: service.fix("Llegaron 12,000 tropas."), as: UTF8.self) == "Llegaron 12.000 soldados.")
    }

    @Test func fixWritesWhatFixWrites() throws {
        let service = try Self.service.get()
        let text = "Apoya el esfuerzo y son no talleres.\r\nFin"
        #expect(String(decoding: service.fix(text), as: UTF8.self) == "Apoya el esfuerzo y son inviables.\r\nFin")
        let kept = service.fix(
            text, rules: try RuleSelection(parameters: FormParameters([("disabledRules", "non-starters")])))
        #expect(String(decoding: kept, as: UTF8.self) == text)
    }

    @Test func theReviewPageShowsTheFinding() throws {
        let page = try Self.service.get().reviewPage(for: "Son no talleres.")
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("inviables"))
    }

    @Test func listsSpanishAndItsVarieties() throws {
        let list = try #require(
            try JSONSerialization.jsonObject(with: Data(LanguageList.json.utf8)) as? [[String: String]])
        #expect(list.first == ["name": "Spanish", "code": "es", "longCode": "es"])
        #expect(list.count == SpanishVariety.allCases.count + 1)
        #expect(list.contains { $0["longCode"] == "es-AR" && $0["name"] == "Spanish (Argentina)" })
        #expect(LanguageList.language(forCode: "fr") == nil)
    }
}
