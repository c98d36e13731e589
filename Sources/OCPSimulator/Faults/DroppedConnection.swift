/// Thrown after the fault injector closed the connection: there is nothing left to answer.
public struct DroppedConnection: Error, Sendable {}
