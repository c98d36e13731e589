import ArgumentParser
import Foundation
import OCPAPI

/// `ocpbackup strategy delete CLUSTER [--yes]`.
struct StrategyDeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a cluster's backup strategy (stops scheduled backups and their alerts).",
        discussion: "Without --yes, asks you to type the cluster's name; without a terminal, --yes is required."
    )

    @OptionGroup var connection: ConnectionOptions

    @Argument(help: "The cluster: its OCP id or its exact name.")
    var cluster: String

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    func run() async throws {
        let reference = cluster
        let confirmed = yes
        try await ClientSession.with(connection) { session throws(CommandFailure) in
            try session.requireWritable("delete")
            if !confirmed, isatty(STDIN_FILENO) == 0 {
                throw .usage("Refusing to delete without --yes when standard input is not a terminal; nothing was sent.")
            }
            let target = try await session.call { client throws(OCPAPIError) in try await client.resolveCluster(reference) }
            if !confirmed {
                let name = TextSanitizer.singleLine(target.name)
                print("Delete the backup strategy of cluster \(name) (id \(target.id))? Type the cluster name to confirm: ", terminator: "")
                guard readLine(strippingNewline: true) == target.name else {
                    throw .usage("The name did not match; nothing was deleted.")
                }
            }
            let response = try await session.mutate(
                OCPClient.deleteStrategyRequest(clusterId: target.id), operation: "delete", cluster: target)
            print(StrategyChange.summary(verb: "Deleted", cluster: target, response: response))
        }
    }
}
