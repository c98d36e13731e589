import Hummingbird
import OCPAPI

/// Turns every thrown error into OCP's error envelope: `SimulatorAPIError` as given,
/// Hummingbird's own errors (unknown path, method not allowed) with a matching code, anything
/// else as 500 `COM10000`.
package struct EnvelopeMiddleware: RouterMiddleware {
    /// The request context.
    package typealias Context = SimulatorRequestContext
    let factory: ResponseFactory

    /// Makes the middleware.
    package init(factory: ResponseFactory) { self.factory = factory }

    /// Runs the rest of the chain and writes errors as envelopes.
    package func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as SimulatorAPIError {
            return factory.failure(error, started: context.started)
        } catch let error as DroppedConnection {
            throw error
        } catch let error as HTTPError {
            let mapped: SimulatorAPIError
            switch error.status {
            case .notFound:
                mapped = .noRoute(request.uri.path)
            case .methodNotAllowed:
                mapped = SimulatorAPIError(
                    status: .methodNotAllowed, code: "COM10001", message: "Request method \(request.method.rawValue) is not supported here.")
            default:
                mapped = SimulatorAPIError(status: error.status, code: "COM10001", message: error.body ?? error.status.reasonPhrase)
            }
            return factory.failure(mapped, started: context.started)
        } catch {
            return factory.failure(
                SimulatorAPIError(status: .internalServerError, code: "COM10000", message: "Unexpected error: \(type(of: error))."),
                started: context.started)
        }
    }
}
