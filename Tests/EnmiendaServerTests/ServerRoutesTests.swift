import Enmienda
import EnmiendaServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct ServerRoutesTests {
    private func json(_ buffer: ByteBuffer) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView))
    }

    @Test func checkAnswersLanguageToolsResponse() async throws {
        let fixture = try ServerFixture()
        try await fixture.server().application().test(.router) { client in
            try await client.execute(
                uri: "/v2/check", method: .post, headers: .form,
                body: .form([("text", "Una casa mala 🙂."), ("language", "es-ES")])
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json")
                let body = try #require(try json(response.body) as? [String: Any])
                let matches = try #require(body["matches"] as? [[String: Any]])
                #expect(matches.count == 1)
                #expect(matches.first?["offset"] as? Int == 4)
                #expect(matches.first?["length"] as? Int == 9)
                #expect((matches.first?["rule"] as? [String: Any])?["id"] as? String == "casa-mala")
                let replacement = (matches.first?["replacements"] as? [[String: Any]])?.first?["value"] as? String
                #expect(replacement == "casa buena")
                #expect((body["language"] as? [String: Any])?["code"] as? String == "es-ES")
            }
        }
    }

    @Test func checkTakesTheQueryStringOfAGet() async throws {
        let fixture = try ServerFixture()
        try await fixture.server().application().test(.router) { client in
            try await client.execute(uri: "/v2/check?language=auto&text=casa%20mala", method: .get) { response in
                #expect(response.status == .ok)
                let body = try #require(try json(response.body) as? [String: Any])
                #expect((body["matches"] as? [Any])?.count == 1)
            }
        }
    }

    @Test func refusesAsLanguageToolRefuses() async throws {
        let fixture = try ServerFixture()
        let limits = ServerLimits(maximumRequestBytes: 200, maximumTextLength: 20)
        try await fixture.server(limits: limits).application().test(.router) { client in
            let cases: [([(String, String)], HTTPResponse.Status, String)] = [
                ([("language", "es")], .badRequest, "Error: Missing 'text' or 'data' parameter"),
                ([("text", "Hello"), ("language", "en-US")], .badRequest, "Error: 'en-US' is not a language code"),
                (
                    [("text", String(repeating: "a", count: 21)), ("language", "es")], .contentTooLarge,
                    "Error: Your text exceeds the limit of 20 characters (it's 21 characters)"
                ),
                (
                    [("text", String(repeating: "a", count: 300)), ("language", "es")], .contentTooLarge,
                    "Error: Your request exceeds the limit of 200 bytes"
                ),
                ([("data", "{"), ("language", "es")], .badRequest, "Error: Could not parse JSON"),
            ]
            for (form, status, message) in cases {
                try await client.execute(uri: "/v2/check", method: .post, headers: .form, body: .form(form)) {
                    response in
                    #expect(response.status == status, "\(form)")
                    #expect(String(buffer: response.body).hasPrefix(message), "\(String(buffer: response.body))")
                    #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
                }
            }
        }
    }

    @Test func languagesListSpanishAndItsVarieties() async throws {
        let fixture = try ServerFixture()
        try await fixture.server().application().test(.router) { client in
            try await client.execute(uri: "/v2/languages", method: .get) { response in
                let list = try #require(try json(response.body) as? [[String: String]])
                #expect(list.first == ["name": "Spanish", "code": "es", "longCode": "es"])
                #expect(list.contains { $0["longCode"] == "es-MX" })
            }
        }
    }

    @Test func fixAnswersTheCorrectedText() async throws {
        let fixture = try ServerFixture()
        try await fixture.server().application().test(.router) { client in
            try await client.execute(
                uri: "/enmienda/fix", method: .post, headers: .form, body: .form([("text", "Una casa mala.\r\n")])
            ) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == "Una casa buena.\r\n")
            }
        }
    }

    @Test func reviewFormHealthAndMetrics() async throws {
        let fixture = try ServerFixture()
        try await fixture.server().application().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(String(buffer: response.body).contains("<form method=\"post\" action=\"/\""))
            }
            try await client.execute(uri: "/", method: .post, headers: .form, body: .form([("text", "casa mala")])) {
                response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("casa buena"))
            }
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(String(buffer: response.body) == "{\"status\":\"ok\",\"entries\":1}\n")
            }
            try await client.execute(
                uri: "/v2/check", method: .post, headers: .form,
                body: .form([("text", "casa mala"), ("language", "es")]))
            try await client.execute(uri: "/metrics", method: .get) { response in
                let text = String(buffer: response.body)
                #expect(text.contains(#"enmienda_http_requests_total{path="/v2/check",status="200"} 1"#))
                #expect(text.contains("enmienda_checked_characters_total 9"))
                #expect(text.contains("enmienda_findings_total 1"))
                #expect(text.contains("enmienda_glossary_entries 1"))
                #expect(text.contains("enmienda_check_duration_seconds_count 1"))
            }
        }
    }

    @Test func aCheckOverItsTimeLimitIsAnswered503() async throws {
        let fixture = try ServerFixture()
        let limits = ServerLimits(timeLimit: .nanoseconds(1), concurrentChecks: 1, queuedChecks: 0)
        let text = String(repeating: "Una casa mala en la calle. ", count: 4000)
        try await fixture.server(limits: limits).application().test(.router) { client in
            try await client.execute(
                uri: "/v2/check", method: .post, headers: .form, body: .form([("text", text), ("language", "es")])
            ) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(
                    String(buffer: response.body).hasPrefix("Error: Text checking took longer than allowed maximum"))
            }
        }
    }
}
