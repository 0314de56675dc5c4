import EnmiendaServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Methods a path does not take, `OPTIONS`, and browsers' cross-origin calls.
@Suite struct ServerMethodsTests {
    @Test func aMethodThePathDoesNotTakeGets405WithAllow() async throws {
        let fixture = try ServerFixture()
        try await fixture.server().application().test(.router) { client in
            for (path, method, allowed) in [
                ("/v2/check", HTTPRequest.Method.put, "GET, POST, OPTIONS"),
                ("/v2/check", .delete, "GET, POST, OPTIONS"), ("/v2/languages", .post, "GET, OPTIONS"),
                ("/enmienda/fix", .get, "POST, OPTIONS"), ("/health", .patch, "GET, OPTIONS"),
            ] {
                try await client.execute(uri: path, method: method) { response in
                    #expect(response.status == .methodNotAllowed, "\(method) \(path)")
                    #expect(response.headers[.allow] == allowed)
                    #expect(
                        String(buffer: response.body).hasPrefix("Error: \(method.rawValue) is not allowed on \(path)"))
                    #expect(response.headers[.accessControlAllowOrigin] == nil)
                }
            }
            try await client.execute(uri: "/nowhere", method: .put) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func optionsNamesTheMethodsAndNoOriginWithoutAllowOrigin() async throws {
        let fixture = try ServerFixture()
        try await fixture.server().application().test(.router) { client in
            try await client.execute(uri: "/v2/check", method: .options) { response in
                #expect(response.status == .noContent)
                #expect(response.headers[.allow] == "GET, POST, OPTIONS")
                #expect(response.headers[.accessControlAllowOrigin] == nil)
                #expect(response.headers[.accessControlAllowMethods] == nil)
            }
            try await client.execute(
                uri: "/v2/check?language=es&text=casa%20mala", method: .get, headers: [.origin: "https://example.org"]
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.accessControlAllowOrigin] == nil)
            }
        }
    }

    @Test func anAllowedOriginIsNamedOnEveryAnswerAndItsPreflight() async throws {
        let fixture = try ServerFixture()
        let server = try fixture.server(allowedOrigin: "https://example.org")
        try await server.application().test(.router) { client in
            try await client.execute(uri: "/v2/check", method: .options, headers: [.origin: "https://example.org"]) {
                response in
                #expect(response.status == .noContent)
                #expect(response.headers[.accessControlAllowOrigin] == "https://example.org")
                #expect(response.headers[.accessControlAllowMethods] == "GET, POST, OPTIONS")
                #expect(response.headers[.accessControlAllowHeaders] == "Content-Type")
                #expect(response.headers[.vary] == "Origin")
            }
            for (uri, status) in [
                ("/v2/check?language=es&text=casa%20mala", HTTPResponse.Status.ok),
                ("/v2/check?language=fr&text=x", .badRequest),
                ("/v2/languages", .ok), ("/health", .ok),
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == status, "\(uri)")
                    #expect(response.headers[.accessControlAllowOrigin] == "https://example.org", "\(uri)")
                }
            }
        }
    }
}
