/// A kind of fault the simulator injected, as ``SimulatorCounters`` counts it.
public enum InjectedFault: String, Sendable, Hashable, CaseIterable {
    /// Answered 429.
    case throttled
    /// The connection was closed before the request was handled.
    case dropped
    /// Answered the configured error status.
    case failed
    /// Answered 200 with the body cut short.
    case garbled
    /// Handled (a change applied), then the connection was closed without an answer.
    case answerLost = "answer lost"
    /// Handled, then the answer was held back for the configured time.
    case answerLate = "answer late"
    /// Waited the configured latency before anything else.
    case delayed
}
