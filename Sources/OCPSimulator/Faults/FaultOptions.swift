/// Faults injected into answers, for tests and training (all off by default).
///
/// For each request that matches `pathPrefix`, after `latencyMs` (+ up to `jitterMs`), one
/// random draw in `0..<1` decides, in this order: throttled (429 with `RateLimit-*` headers and
/// OCP's throttling body), dropped (the connection is closed with no response), failed
/// (`errorStatus` with an error envelope, code `COM10000`), or garbled (200 with its JSON cut
/// in half), or answer lost (handled, so a change is applied, then the connection is closed
/// without an answer). The rates add up along that order, so `throttleRate 0.1, dropRate 0.1`
/// throttles draws below 0.1 and drops draws from 0.1 to 0.2. `lateAnswerMs` holds back every
/// answer that is handled, after the handling: a client with a shorter timeout gives up on a
/// change that was applied.
public struct FaultOptions: Sendable, Hashable {
    /// Fixed latency added to every matching request, milliseconds.
    public var latencyMs: Int
    /// Up to this many more milliseconds, uniformly at random.
    public var jitterMs: Int
    /// Share of requests answered with `errorStatus` (0–1).
    public var errorRate: Double
    /// The HTTP status of injected errors (default 500).
    public var errorStatus: Int
    /// Share of answers whose body is cut short (still HTTP 200).
    public var garbleRate: Double
    /// Share of requests whose connection is closed without an answer.
    public var dropRate: Double
    /// Share of requests answered 429 with `RateLimit-*` headers.
    public var throttleRate: Double
    /// Share of requests handled (a change applied) whose connection is then closed unanswered.
    public var lostAnswerRate: Double
    /// Milliseconds every handled answer is held back after the handling.
    public var lateAnswerMs: Int
    /// Only paths starting with this get faults (`nil`: every path).
    public var pathPrefix: String?
    /// Only these methods (`POST`, `PATCH`…) get faults (`nil`: every method).
    public var methods: Set<String>?

    /// Makes fault options; everything off unless given.
    public init(
        latencyMs: Int = 0, jitterMs: Int = 0, errorRate: Double = 0, errorStatus: Int = 500, garbleRate: Double = 0,
        dropRate: Double = 0, throttleRate: Double = 0, lostAnswerRate: Double = 0, lateAnswerMs: Int = 0, pathPrefix: String? = nil,
        methods: Set<String>? = nil
    ) {
        self.latencyMs = latencyMs
        self.jitterMs = jitterMs
        self.errorRate = errorRate
        self.errorStatus = errorStatus
        self.garbleRate = garbleRate
        self.dropRate = dropRate
        self.throttleRate = throttleRate
        self.lostAnswerRate = lostAnswerRate
        self.lateAnswerMs = lateAnswerMs
        self.pathPrefix = pathPrefix
        self.methods = methods
    }

    /// No faults.
    public static let none = FaultOptions()

    /// Whether a request with `method` and `path` gets the faults.
    public func applies(method: String, path: String) -> Bool {
        isActive && (pathPrefix.map { path.hasPrefix($0) } ?? true) && (methods.map { $0.contains(method) } ?? true)
    }

    /// Whether any fault is on.
    public var isActive: Bool {
        latencyMs > 0 || jitterMs > 0 || errorRate > 0 || garbleRate > 0 || dropRate > 0 || throttleRate > 0 || lostAnswerRate > 0
            || lateAnswerMs > 0
    }

    /// Problems with the options, in words; empty when they are usable.
    public var problems: [String] {
        var problems: [String] = []
        let rates = [
            ("error rate", errorRate), ("garble rate", garbleRate), ("drop rate", dropRate), ("throttle rate", throttleRate),
            ("lost answer rate", lostAnswerRate),
        ]
        for (name, rate) in rates where !(0...1).contains(rate) {
            problems.append("The \(name) must be between 0 and 1, not \(rate).")
        }
        if errorRate + garbleRate + dropRate + throttleRate + lostAnswerRate > 1 {
            problems.append("The error, garble, drop, throttle and lost answer rates add up to more than 1.")
        }
        if latencyMs < 0 || jitterMs < 0 || lateAnswerMs < 0 { problems.append("Latency, jitter and late answers must not be negative.") }
        if !(400...599).contains(errorStatus) { problems.append("The error status must be 400–599, not \(errorStatus).") }
        return problems
    }
}
