import ArgumentParser
import OCPAPI

/// `ocpbackup strategy modify CLUSTER --file F [--dry-run]`.
struct StrategyModifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "modify",
        abstract: "Replace a cluster's backup strategy with a request body file (PATCH with the full body).")

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var change: StrategyChangeOptions

    func run() async throws {
        try await StrategyChange(kind: .modify, connection: connection, options: change).run()
    }
}
