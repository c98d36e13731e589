import Hummingbird
import NIOCore

/// Authenticates every request but those of `openPaths` (`GET /api/v2/time` unless the
/// configuration protects it too); failures answer 401 `IAM10000` with the check that failed.
/// Collects the body first, so the exact bytes received are hashed.
package struct AuthMiddleware: RouterMiddleware {
    /// The request context.
    package typealias Context = SimulatorRequestContext
    let verifier: AuthVerifier
    /// The paths this middleware lets through unauthenticated.
    let openPaths: Set<String>

    /// Makes the middleware; `openPaths` need no authentication.
    package init(verifier: AuthVerifier, openPaths: Set<String> = Self.openPaths) {
        self.verifier = verifier
        self.openPaths = openPaths
    }

    /// The paths that need no authentication by default.
    package static let openPaths: Set<String> = ["/api/v2/time"]

    /// Checks the request and passes it on, or throws 401.
    package func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if openPaths.contains(request.uri.path) { return try await next(request, context) }
        var request = request
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        if let reason = verifier.failure(for: Self.received(request, body: Array(buffer: body))) {
            throw SimulatorAPIError.unauthorized(reason)
        }
        return try await next(request, context)
    }

    /// What authentication sees of `request`.
    static func received(_ request: Request, body: [UInt8]) -> ReceivedRequest {
        let headers = request.headers.map { (name: $0.name.rawName, value: $0.value) }
        let host = request.headers.first { $0.name.canonicalName == "host" }?.value ?? request.head.authority ?? ""
        return ReceivedRequest(
            method: request.method.rawValue, path: request.uri.path, rawQuery: request.uri.query, headers: headers, host: host, body: body)
    }
}
