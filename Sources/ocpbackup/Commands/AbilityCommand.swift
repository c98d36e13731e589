import ArgumentParser
import Localization
import OCPAPI

/// `ocpbackup ability CLUSTER`: what backup a cluster can do, in words.
struct AbilityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ability", abstract: "Show what backup a cluster can do.")

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The cluster: its OCP id or its exact name.")
    var cluster: String

    func run() async throws {
        try await ClusterRead.run(
            connection: connection, cluster: cluster, output: output.output,
            read: { client, id throws(OCPAPIError) in try await client.backupAbility(clusterId: id) },
            describe: { AbilityDescription.render(cluster: $0, ability: $1, language: $2) })
    }
}
