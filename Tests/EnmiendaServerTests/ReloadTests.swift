import Enmienda
import EnmiendaServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite struct ReloadTests {
    private func matches(_ client: some TestClientProtocol, _ text: String) async throws -> [String] {
        try await client.execute(
            uri: "/v2/check", method: .post, headers: .form, body: .form([("text", text), ("language", "es")])
        ) { response in
            let body = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
            let matches = (body as? [String: Any])?["matches"] as? [[String: Any]] ?? []
            return matches.compactMap { ($0["rule"] as? [String: Any])?["id"] as? String }
        }
    }

    /// Waits up to five seconds for `condition`.
    private func eventually(_ condition: () async throws -> Bool) async throws -> Bool {
        for _ in 0..<100 {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }

    @Test func anEditedGlossaryIsReloadedAndABrokenOneKeepsTheOld() async throws {
        let fixture = try ServerFixture()
        try await fixture.server().application().test(.live) { client in
            #expect(try await matches(client, "casa mala, casa fea") == ["casa-mala"])
            try fixture.writeGlossary(ServerFixture.glossary.replacingOccurrences(of: "mala", with: "fea"))
            #expect(try await eventually { try await matches(client, "casa mala, casa fea") == ["casa-fea"] })
            #expect(fixture.messages.all.contains("enmienda serve: glossary reloaded (1 entries)"))

            try fixture.writeGlossary("<glossary xmlns=\"urn:enmienda:glossary\" version=\"1\">\n  <entry id=\"x\">\n")
            #expect(try await eventually { fixture.messages.all.contains { $0.hasPrefix(fixture.glossaryPath + ":") } })
            let error = fixture.messages.all.first { $0.hasPrefix(fixture.glossaryPath + ":") } ?? ""
            #expect(error.contains("error:"), "\(error)")
            #expect(error.contains("the glossary in use is kept"))
            #expect(try await matches(client, "casa mala, casa fea") == ["casa-fea"])
            try await client.execute(uri: "/metrics", method: .get) { response in
                let text = String(buffer: response.body)
                #expect(text.contains(#"enmienda_glossary_reloads_total{result="ok"} 1"#))
                #expect(text.contains(#"enmienda_glossary_reloads_total{result="error"} 1"#))
            }
        }
    }
}
