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

    @Test func allowedOriginsAreNamedOnTheirAnswersAndPreflightsAndNoOtherIs() async throws {
        let fixture = try ServerFixture()
        let server = try fixture.server(allowedOrigins: ["https://a.example", "https://b.example"])
        try await server.application().test(.router) { client in
            for origin in ["https://a.example", "https://b.example"] {
                try await client.execute(
                    uri: "/v2/check", method: .options,
                    headers: [
                        .origin: origin, .accessControlRequestMethod: "POST",
                        .accessControlRequestHeaders: "content-type, x-requested-with",
                    ]
                ) { response in
                    #expect(response.status == .noContent)
                    #expect(response.headers[.accessControlAllowOrigin] == origin)
                    let methods = response.headers[.accessControlAllowMethods] ?? ""
                    #expect(methods.contains("POST") && methods.contains("GET"))
                    let headers = (response.headers[.accessControlAllowHeaders] ?? "").lowercased()
                    #expect(headers.contains("content-type") && headers.contains("x-requested-with"))
                    #expect(response.headers[.vary] == "Origin")
                }
                for (uri, status) in [
                    ("/v2/check?language=es&text=casa%20mala", HTTPResponse.Status.ok),
                    ("/v2/check?language=fr&text=x", .badRequest), ("/v2/languages", .ok), ("/health", .ok),
                ] {
                    try await client.execute(uri: uri, method: .get, headers: [.origin: origin]) { response in
                        #expect(response.status == status, "\(uri)")
                        #expect(response.headers[.accessControlAllowOrigin] == origin, "\(uri)")
                    }
                }
            }
            try await client.execute(
                uri: "/v2/check?language=es&text=casa%20mala", method: .get, headers: [.origin: "https://evil.example"]
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.accessControlAllowOrigin] == nil)
            }
            try await client.execute(uri: "/v2/check", method: .options, headers: [.origin: "https://evil.example"]) {
                response in
                #expect(response.headers[.accessControlAllowOrigin] == nil)
                #expect(response.headers[.allow] == "GET, POST, OPTIONS")
            }
        }
    }

    @Test func aStarAllowsEveryOrigin() async throws {
        let fixture = try ServerFixture()
        try await fixture.server(allowedOrigins: ["*"]).application().test(.router) { client in
            try await client.execute(
                uri: "/v2/languages", method: .get, headers: [.origin: "https://any.example"]
            ) { response in
                #expect(response.headers[.accessControlAllowOrigin] == "*")
            }
        }
    }

    /// Bodies being read share one budget: past it, 503 at once; the bytes come back when
    /// a request is read, so the next one fits.
    @Test func bodiesOverThePendingBudgetGet503AndTheBudgetComesBack() async throws {
        let fixture = try ServerFixture()
        let limits = ServerLimits(maximumRequestBytes: 10_000, maximumPendingBytes: 200)
        try await fixture.server(limits: limits).application().test(.router) { client in
            let long = String(repeating: "a", count: 300)
            try await client.execute(
                uri: "/v2/check", method: .post, headers: .form, body: .form([("text", long), ("language", "es")])
            ) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(
                    String(buffer: response.body).hasPrefix(
                        "Error: Server overloaded: requests being received hold 200 bytes"))
            }
            for _ in 0..<3 {
                try await client.execute(
                    uri: "/v2/check", method: .post, headers: .form,
                    body: .form([("text", "casa mala"), ("language", "es")])
                ) { response in
                    #expect(response.status == .ok)
                }
            }
        }
    }

    @Test func aJSONBodyAndDataForFixAreToldWhatIsWrong() async throws {
        let fixture = try ServerFixture()
        try await fixture.server().application().test(.router) { client in
            try await client.execute(
                uri: "/v2/check", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"text":"casa mala","language":"es"}"#)
            ) { response in
                #expect(response.status == .unsupportedMediaType)
                #expect(String(buffer: response.body).contains("must be form-encoded"))
            }
            try await client.execute(
                uri: "/enmienda/fix", method: .post, headers: .form,
                body: .form([("data", #"{"annotation":[{"text":"casa mala"}]}"#)])
            ) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("annotated 'data' is for /v2/check"))
            }
        }
    }
}
