/// Writes strategy files: a closure so tests can record and the app can encode YAML and write
/// the file (ConsoleCore itself knows no YAML and touches no files for this).
public struct StrategyFileClient: Sendable {
    /// Writes the export (never over an existing file); returns the path written.
    public var write: @Sendable (StrategyExport) async -> Result<String, ExportFailure>

    /// Makes a client.
    public init(write: @escaping @Sendable (StrategyExport) async -> Result<String, ExportFailure>) {
        self.write = write
    }

    /// A client that writes nothing and says so (for front ends without files).
    public static let unavailable = StrategyFileClient { _ in .failure(ExportFailure("Exporting to a file is not available here.")) }
}
