import Hummingbird
import NIOCore

/// Counts every request (and how many are in flight), then injects the faults of `FaultOptions`; see there for the order and
/// meaning of each.
package struct FaultMiddleware: RouterMiddleware {
    /// The request context.
    package typealias Context = SimulatorRequestContext
    let options: FaultOptions
    let random: SimulatorRandom
    let counters: SimulatorCounters
    let sleep: @Sendable (Duration) async throws -> Void

    /// Makes the middleware.
    package init(
        options: FaultOptions, random: SimulatorRandom, counters: SimulatorCounters = SimulatorCounters(),
        sleep: @escaping @Sendable (Duration) async throws -> Void
    ) {
        self.options = options
        self.random = random
        self.counters = counters
        self.sleep = sleep
    }

    /// Delays, fails, drops, throttles, garbles or loses the answer as the options and the draw say.
    package func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        counters.recordRequest(method: request.method.rawValue, path: request.uri.path)
        defer { counters.recordRequestEnded() }
        guard options.applies(method: request.method.rawValue, path: request.uri.path) else {
            return try await next(request, context)
        }
        if options.latencyMs > 0 || options.jitterMs > 0 {
            let jitter = options.jitterMs > 0 ? random.integer(in: 0...options.jitterMs) : 0
            counters.recordFault(.delayed)
            try await sleep(.milliseconds(options.latencyMs + jitter))
        }
        switch FaultDecision.decide(draw: random.unit(), options: options) {
        case .pass:
            return try await answerLate(try await next(request, context))
        case .throttle:
            counters.recordFault(.throttled)
            throw SimulatorAPIError(
                status: .tooManyRequests, code: "0",
                message: "Excessive number of requests. You have exceeded the request limit for the current throttling window.",
                headers: ["RateLimit-Limit": "100", "RateLimit-Remaining": "0", "RateLimit-Reset": "1"], isThrottling: true)
        case .drop:
            counters.recordFault(.dropped)
            try? await context.channel.close()
            throw DroppedConnection()
        case .fail:
            counters.recordFault(.failed)
            let status = HTTPResponse.Status(code: options.errorStatus)
            throw SimulatorAPIError(
                status: status, code: "COM10000", message: "Injected fault: the simulator answers \(options.errorStatus) on purpose.")
        case .garble:
            counters.recordFault(.garbled)
            var response = try await next(request, context)
            response.body = response.body.map { buffer in
                var buffer = buffer
                return buffer.readSlice(length: max(1, buffer.readableBytes / 2)) ?? buffer
            }
            response.headers[.contentLength] = nil
            return try await answerLate(response)
        case .loseAnswer:
            _ = try? await next(request, context)
            counters.recordFault(.answerLost)
            try? await context.channel.close()
            throw DroppedConnection()
        }
    }

    /// `response`, after `lateAnswerMs` when that is set.
    private func answerLate(_ response: Response) async throws -> Response {
        guard options.lateAnswerMs > 0 else { return response }
        counters.recordFault(.answerLate)
        try await sleep(.milliseconds(options.lateAnswerMs))
        return response
    }
}

/// Thrown after the fault injector closed the connection: there is nothing left to answer.
package struct DroppedConnection: Error, Sendable {}
