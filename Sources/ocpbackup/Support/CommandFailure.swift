import OCPAPI

/// A failure that ends the command with a message on standard error and an exit code.
struct CommandFailure: Error {
    /// Exit code for usage and validation errors (nothing sent).
    static let usageExitCode: Int32 = 2

    /// What to print.
    let message: String
    /// The process exit code.
    let exitCode: Int32

    /// A usage or validation failure: nothing was sent.
    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(message: "error: \(message)", exitCode: usageExitCode)
    }

    /// An OCP or transport failure, with OCP's code, message, status, traceId and advice.
    static func api(_ error: OCPAPIError) -> CommandFailure {
        CommandFailure(message: "error: " + error.description, exitCode: error.exitCode)
    }
}
