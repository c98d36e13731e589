import ArgumentParser
import Foundation
import OCPAPI

/// `ocpbackup overview CLUSTER`: the cluster's backup at a glance, with the verdict of the
/// health rules that the overview and the strategy decide.
struct OverviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overview",
        abstract: "Show a cluster's backup at a glance: scheduling, last data backup, log checkpoint and delay, size, health.",
        discussion: "Ages are judged at OCP's clock. --output json prints OCP's overview data unchanged.")

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The cluster: its OCP id or its exact name.")
    var cluster: String

    func run() async throws {
        let reference = cluster
        let (target, overview, strategy) = try await ClientSession.with(connection) { session throws(CommandFailure) in
            try await session.call { client throws(OCPAPIError) in
                let target = try await client.resolveCluster(reference)
                async let strategy = HealthEvidence.of { () async throws(OCPAPIError) in
                    try await client.backupStrategyIfAny(clusterId: target.id)?.value
                }
                let overview = try await client.backupOverview(clusterId: target.id)
                return (target, overview, await strategy)
            }
        }
        guard output.output == .table else { return try DataPrinter.print(raw: overview.rawData, format: output.output) }
        let now = overview.serverTime?.date ?? Date()
        let input = HealthInput(cluster: ClusterSummary(target), overview: .read(overview.value), strategy: strategy, now: now)
        print(
            OverviewDescription.render(
                cluster: target, overview: overview.value, health: BackupHealth.evaluate(input), times: LocalTimeText(now: now)))
    }
}
