/// When and how idempotent GETs are retried. POST, PATCH and DELETE are never resent.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    /// The first backoff; each retry doubles it.
    public var initialBackoff: Duration
    /// The longest single wait, `RateLimit-Reset` included.
    public var maxBackoff: Duration

    /// Makes a policy.
    public init(maxAttempts: Int = 4, initialBackoff: Duration = .milliseconds(200), maxBackoff: Duration = .seconds(10)) {
        self.maxAttempts = maxAttempts
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
    }

    /// No retries.
    public static let never = RetryPolicy(maxAttempts: 1)

    /// Whether a GET that got `status` should be tried again.
    public static func isRetryable(status: Int) -> Bool { [429, 502, 503, 504].contains(status) }

    /// How long to wait before attempt `attempt + 1` (attempt counts from 1); `RateLimit-Reset`
    /// (seconds) wins over the exponential backoff when the server gives it.
    public func delay(afterAttempt attempt: Int, rateLimitReset: String?) -> Duration {
        if let reset = rateLimitReset.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }), reset.isFinite, reset >= 0 {
            let capSeconds = Double(maxBackoff.components.seconds) + 1
            return min(.milliseconds(Int64(min(reset, capSeconds) * 1000)), maxBackoff)
        }
        let factor = Int64(1) << Int64(min(max(attempt - 1, 0), 20))
        return min(initialBackoff * factor, maxBackoff)
    }
}
