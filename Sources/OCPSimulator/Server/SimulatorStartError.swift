import Foundation
import NIOCore

/// Why the simulator could not start.
public struct SimulatorStartError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public var message: String

    /// Makes an error.
    public init(message: String) { self.message = message }

    /// The message.
    public var description: String { message }

    /// Why listening on `host:port` failed, as a sentence (never NIO's own description, which
    /// names its functions).
    public static func listening(_ error: any Error, host: String, port: Int) -> SimulatorStartError {
        let address = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        guard let error = error as? IOError else { return SimulatorStartError(message: "Could not listen on \(address).") }
        switch error.errnoCode {
        case EADDRINUSE:
            return SimulatorStartError(message: "\(address) is already in use; choose another --port (0 picks a free one).")
        case EADDRNOTAVAIL:
            return SimulatorStartError(message: "\(host) is not an address of this machine; use --host 127.0.0.1.")
        case EACCES:
            return SimulatorStartError(message: "Listening on \(address) is not permitted; ports below 1024 need privileges.")
        default:
            return SimulatorStartError(message: "Could not listen on \(address): \(String(cString: strerror(error.errnoCode))).")
        }
    }
}
