import Foundation

/// A value OCP answered with, and when it answered (the envelope's `timestamp`): running times
/// and ages are judged at that time, since OCP's clock (or the simulator's, at `--speed`) and
/// this machine's may differ.
public struct Served<Value: Equatable & Sendable>: Equatable, Sendable {
    /// The value.
    public var value: Value
    /// When OCP answered, if it said.
    public var answeredAt: Date?

    /// Makes a served value.
    public init(_ value: Value, answeredAt: Date?) {
        self.value = value
        self.answeredAt = answeredAt
    }
}
