/// Why a strategy file was not written, in a sentence that says what to do next.
public struct ExportFailure: Error, Equatable, Sendable {
    /// The message for the flash line.
    public var message: String

    /// Makes a failure.
    public init(_ message: String) {
        self.message = message
    }
}
