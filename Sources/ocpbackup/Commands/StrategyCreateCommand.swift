import ArgumentParser
import OCPAPI

/// `ocpbackup strategy create CLUSTER --file F [--dry-run]`.
struct StrategyCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create a cluster's backup strategy from a request body file.")

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var change: StrategyChangeOptions

    func run() async throws {
        try await StrategyChange(kind: .create, connection: connection, options: change).run()
    }
}
