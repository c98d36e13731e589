import ArgumentParser
import Localization
import OCPAPI

/// `ocpbackup strategy show CLUSTER`.
struct StrategyShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a cluster's backup strategy (secrets come back masked).")

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The cluster: its OCP id or its exact name.")
    var cluster: String

    func run() async throws {
        try await ClusterRead.run(
            connection: connection, cluster: cluster, output: output.output,
            read: { client, id throws(OCPAPIError) in try await client.backupStrategy(clusterId: id) },
            describe: { StrategyDescription.render(cluster: $0, strategy: $1, language: $2) })
    }
}
