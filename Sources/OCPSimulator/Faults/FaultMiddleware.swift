import Hummingbird
import NIOCore

/// Injects the faults of `FaultOptions`; see there for the order and meaning of each.
public struct FaultMiddleware: RouterMiddleware {
    /// The request context.
    public typealias Context = SimulatorRequestContext
    let options: FaultOptions
    let random: SimulatorRandom
    let sleep: @Sendable (Duration) async throws -> Void

    /// Makes the middleware.
    public init(options: FaultOptions, random: SimulatorRandom, sleep: @escaping @Sendable (Duration) async throws -> Void) {
        self.options = options
        self.random = random
        self.sleep = sleep
    }

    /// Delays, fails, drops, throttles or garbles the request as the options and the draw say.
    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard options.isActive, options.pathPrefix.map({ request.uri.path.hasPrefix($0) }) ?? true else {
            return try await next(request, context)
        }
        if options.latencyMs > 0 || options.jitterMs > 0 {
            let jitter = options.jitterMs > 0 ? random.integer(in: 0...options.jitterMs) : 0
            try await sleep(.milliseconds(options.latencyMs + jitter))
        }
        switch FaultDecision.decide(draw: random.unit(), options: options) {
        case .pass:
            return try await next(request, context)
        case .throttle:
            throw SimulatorAPIError(
                status: .tooManyRequests, code: "0",
                message: "Excessive number of requests. You have exceeded the request limit for the current throttling window.",
                headers: ["RateLimit-Limit": "100", "RateLimit-Remaining": "0", "RateLimit-Reset": "1"], isThrottling: true)
        case .drop:
            try? await context.channel.close()
            throw DroppedConnection()
        case .fail:
            let status = HTTPResponse.Status(code: options.errorStatus)
            throw SimulatorAPIError(
                status: status, code: "COM10000", message: "Injected fault: the simulator answers \(options.errorStatus) on purpose.")
        case .garble:
            var response = try await next(request, context)
            response.body = response.body.map { buffer in
                var buffer = buffer
                return buffer.readSlice(length: max(1, buffer.readableBytes / 2)) ?? buffer
            }
            response.headers[.contentLength] = nil
            return response
        }
    }
}
