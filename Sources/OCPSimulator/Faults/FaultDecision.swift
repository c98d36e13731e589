/// What the fault injector does with one request.
enum FaultDecision: Sendable, Hashable {
    /// Answer normally.
    case pass
    /// Answer 429 with `RateLimit-*` headers.
    case throttle
    /// Close the connection without answering.
    case drop
    /// Answer the configured error status.
    case fail
    /// Answer, but cut the body short.
    case garble
    /// Handle it, then close the connection without answering.
    case loseAnswer

    /// The decision for a draw in `0..<1` under `options`.
    static func decide(draw: Double, options: FaultOptions) -> Self {
        var bound = options.throttleRate
        if draw < bound { return .throttle }
        bound += options.dropRate
        if draw < bound { return .drop }
        bound += options.errorRate
        if draw < bound { return .fail }
        bound += options.garbleRate
        if draw < bound { return .garble }
        bound += options.lostAnswerRate
        if draw < bound { return .loseAnswer }
        return .pass
    }
}
