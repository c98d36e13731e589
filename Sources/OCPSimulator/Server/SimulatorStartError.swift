/// Why the simulator could not start.
public struct SimulatorStartError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public var message: String

    /// Makes an error.
    public init(message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
