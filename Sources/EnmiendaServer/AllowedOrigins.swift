import Hummingbird

/// Cross-origin access for the origins `serve --allow-origin` names (`*`: every one),
/// through Hummingbird's `CORSMiddleware`: a request from one of them gets
/// `Access-Control-Allow-Origin` with its origin (and `Vary: Origin`), and a browser's
/// `OPTIONS` preflight from one of them is answered 204 with the methods and headers
/// allowed. A request from any other origin passes as if no origin were allowed: its
/// browser keeps the answer from the page.
struct AllowedOrigins<Context: RequestContext>: RouterMiddleware {
    /// The origins allowed, as browsers send them (`https://example.org`).
    let origins: Set<String>
    private let cors: CORSMiddleware<Context>

    /// Allows `origins`; `*` among them allows every origin.
    init(_ origins: [String]) {
        self.origins = Set(origins)
        cors = CORSMiddleware(
            allowOrigin: origins.contains("*") ? .all : .originBased,
            allowHeaders: [.accept, .contentType, .origin] + ["X-Requested-With"].compactMap { .init($0) },
            allowMethods: [.get, .post, .options], maxAge: .seconds(86_400))
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let origin = request.headers[.origin], origins.contains("*") || origins.contains(origin) else {
            return try await next(request, context)
        }
        return try await cors.handle(request, context: context, next: next)
    }
}
