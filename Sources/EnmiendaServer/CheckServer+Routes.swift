import Enmienda
import Foundation
import Hummingbird

/// The routes: LanguageTool's API v2 and Enmienda's own paths.
extension CheckServer {
    /// The router of every path.
    func router() -> Router<BasicRequestContext> {
        let router = Router()
        if !allowedOrigins.isEmpty { router.add(middleware: AllowedOrigins(allowedOrigins)) }
        router.post("/v2/check") { request, _ in await self.check(request, readsBody: true) }
        router.get("/v2/check") { request, _ in await self.check(request, readsBody: false) }
        router.get("/v2/languages") { _, _ in
            self.answer("/v2/languages", status: 200, type: "application/json", Array(LanguageList.json.utf8))
        }
        router.post("/enmienda/fix") { request, _ in await self.fix(request) }
        router.get("/") { _, _ in
            self.answer("/", status: 200, type: "text/html; charset=utf-8", Array(ReviewForm.page.utf8))
        }
        router.post("/") { request, _ in await self.review(request) }
        router.get("/health") { _, _ in
            self.answer(
                "/health", status: 200, type: "application/json",
                Array("{\"status\":\"ok\",\"entries\":\(self.entries)}\n".utf8))
        }
        router.get("/metrics") { _, _ in
            self.answer("/metrics", status: 200, type: "text/plain; version=0.0.4", self.metrics.exposition())
        }
        for (path, methods) in Self.methods {
            router.on(RouterPath(path), method: .options) { _, _ in self.options(path, allowing: methods) }
            for method in [HTTPRequest.Method.get, .post, .put, .delete, .patch] where !methods.contains(method) {
                router.on(RouterPath(path), method: method) { _, _ in
                    self.notAllowed(path, method: method, allowing: methods)
                }
            }
        }
        return router
    }

    /// The methods each path answers (besides `OPTIONS`).
    static let methods: [(String, [HTTPRequest.Method])] = [
        ("/v2/check", [.get, .post]), ("/v2/languages", [.get]), ("/enmienda/fix", [.post]), ("/", [.get, .post]),
        ("/health", [.get]), ("/metrics", [.get]),
    ]

    /// `OPTIONS`: the methods of the path (a browser's preflight from an allowed origin is
    /// answered before, by ``AllowedOrigins``).
    private func options(_ path: String, allowing methods: [HTTPRequest.Method]) -> Response {
        var response = answer(path, status: 204, type: nil, [])
        response.headers[.allow] = (methods + [.options]).map(\.rawValue).joined(separator: ", ")
        return response
    }

    /// 405 for a method the path does not answer, with the methods it does.
    private func notAllowed(
        _ path: String, method: HTTPRequest.Method, allowing methods: [HTTPRequest.Method]
    ) -> Response {
        let allowed = methods.map(\.rawValue)
        var response = answer(
            path,
            ServiceError(
                status: 405, "\(method.rawValue) is not allowed on \(path): use \(allowed.joined(separator: " or "))"))
        response.headers[.allow] = (allowed + ["OPTIONS"]).joined(separator: ", ")
        return response
    }

    /// `/v2/check`: the request's parameters (the body's, then the query's), checked.
    private func check(_ request: Request, readsBody: Bool) async -> Response {
        let path = "/v2/check"
        do {
            let parameters = try await self.parameters(of: request, readsBody: readsBody)
            let checkRequest = try CheckRequest(parameters: parameters)
            let characters = try limitedLength(checkRequest.text.checkedText)
            let service = store.loaded.service
            let start = ContinuousClock.now
            let maximumMatches = limits.maximumMatches
            let checked = try await runner.run { service.check(checkRequest, maximumMatches: maximumMatches) }
            metrics.checked(characters: characters, matches: checked.matches, duration: ContinuousClock.now - start)
            return answer(path, status: 200, type: "application/json", checked.json)
        } catch {
            return answer(path, error)
        }
    }

    /// `/enmienda/fix`: the `text` parameter corrected, as plain UTF-8 text.
    private func fix(_ request: Request) async -> Response {
        let path = "/enmienda/fix"
        do {
            let parameters = try await self.parameters(of: request, readsBody: true)
            guard let text = parameters["text"] else {
                throw ServiceError(
                    status: 400,
                    parameters["data"] == nil
                        ? "Missing 'text' parameter"
                        : "Missing 'text' parameter: /enmienda/fix corrects plain text; annotated 'data' is for /v2/check"
                )
            }
            _ = try limitedLength(text)
            let rules = try RuleSelection(parameters: parameters)
            // `language` is optional here; given, it must be Spanish, as for a check.
            var variety: SpanishVariety?
            if let code = parameters["language"], !code.isEmpty {
                guard let language = LanguageList.language(forCode: code) else {
                    throw ServiceError.unknownLanguage(code)
                }
                variety = language.longCode == "es" ? nil : SpanishVariety(tag: language.longCode)
            }
            let service = store.loaded.service
            let fixed = try await runner.run { [variety] in service.fix(text, variety: variety, rules: rules) }
            return answer(path, status: 200, type: "text/plain; charset=utf-8", fixed)
        } catch {
            return answer(path, error)
        }
    }

    /// `POST /`: the review page of the form's `text`.
    private func review(_ request: Request) async -> Response {
        do {
            let parameters = try await self.parameters(of: request, readsBody: true)
            guard let text = parameters["text"] else { throw ServiceError(status: 400, "Missing 'text' parameter") }
            _ = try limitedLength(text)
            let service = store.loaded.service
            let page = try await runner.run { service.reviewPage(for: text) }
            return answer("/", status: 200, type: "text/html; charset=utf-8", Array(page.utf8))
        } catch {
            return answer("/", error)
        }
    }

    /// The parameters of the body (read up to the limit) and of the query string.
    private func parameters(of request: Request, readsBody: Bool) async throws(ServiceError) -> FormParameters {
        let query = try FormParameters(urlEncoded: Array((request.uri.query ?? "").utf8))
        guard readsBody else { return query }
        // LanguageTool's API takes form-encoded parameters; a JSON body would only get
        // "Missing 'text' or 'data' parameter", which does not say what is wrong.
        if let type = request.headers[.contentType]?.lowercased(), type.hasPrefix("application/json") {
            throw ServiceError(
                status: 415,
                "The parameters must be form-encoded (Content-Type: application/x-www-form-urlencoded), as LanguageTool's API takes them, not JSON"
            )
        }
        var body = ByteBuffer()
        // The bytes of bodies being read, over every connection, stay under their limit.
        defer { pendingBytes.release(body.readableBytes) }
        do {
            for try await part in request.body {
                guard body.readableBytes + part.readableBytes <= limits.maximumRequestBytes else {
                    throw ServiceError.requestTooLarge(limit: limits.maximumRequestBytes)
                }
                guard pendingBytes.reserve(part.readableBytes) else {
                    throw ServiceError(
                        status: 503,
                        "Server overloaded: requests being received hold \(limits.maximumPendingBytes) bytes already, please try again later"
                    )
                }
                var part = part
                body.writeBuffer(&part)
            }
        } catch let error as ServiceError {
            throw error
        } catch {
            throw ServiceError(status: 400, "Could not read the request: \(error)")
        }
        return try FormParameters(urlEncoded: body.readableBytesView).adding(query)
    }

    /// The text's length in characters (Unicode scalars), within the limit.
    private func limitedLength(_ text: String) throws(ServiceError) -> Int {
        let length = text.unicodeScalars.count
        if length > limits.maximumTextLength { throw .textTooLong(length, limit: limits.maximumTextLength) }
        return length
    }

    /// An answer, counted.
    private func answer(_ path: String, status: Int, type: String?, _ body: [UInt8]) -> Response {
        metrics.answered(path: path, status: status)
        var headers = HTTPFields()
        if let type { headers[.contentType] = type }
        return Response(
            status: HTTPResponse.Status(code: status), headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// An error answered as LanguageTool answers it: its status, `Error: …` as plain text.
    private func answer(_ path: String, _ error: any Error) -> Response {
        let error = error as? ServiceError ?? ServiceError(status: 500, "\(error)")
        return answer(
            path, status: error.status, type: "text/plain; charset=utf-8", Array((error.description + "\n").utf8))
    }
}
