import ArgumentParser
import Foundation
import OCPAPI

/// `ocpbackup recoverable CLUSTER [--tenant T,…] [--at TIME]`: each tenant's restorable windows
/// over the last seven days; with `--at`, whether every named tenant can be restored to TIME.
struct RecoverableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recoverable",
        abstract: "Show each tenant's recoverable windows of the last 7 days; with --at, exit 0 if TIME is recoverable, 4 if not.",
        discussion: """
            Decided per tenant (OCP's cluster-wide figure overstates a lagging tenant); the sys tenant is not restored and \
            is left out. TIME is ISO 8601 with an offset or a span before now (2h), now being OCP's clock. --output json \
            prints OCP's parsed backup data unchanged.
            """)

    /// The exit code when a time is not recoverable.
    static let notRecoverableExitCode: Int32 = 4

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The cluster: its OCP id or its exact name.")
    var cluster: String

    @Option(help: ArgumentHelp("Only these tenants, comma-separated.", valueName: "tenant,…"))
    var tenant: String?

    @Option(help: ArgumentHelp("Can every tenant (or each --tenant) be restored to this time? Exit 0 yes, 4 no.", valueName: "time"))
    var at: String?

    func run() async throws {
        let time = try at.map { text throws(CommandFailure) in try TimeArgument.parse(text, flag: "--at") }
        let names = (tenant ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if names.contains("sys") { throw CommandFailure.usage("The sys tenant is not restored; name a user tenant. Nothing was sent.") }
        let reference = cluster
        let format = output.output
        let verdict = try await ClientSession.with(connection) { session throws(CommandFailure) -> Bool in
            let (target, tenants, info) = try await session.call { client throws(OCPAPIError) in
                let target = try await client.resolveCluster(reference)
                async let tenants = OCPCall.result { () async throws(OCPAPIError) in try await client.allTenants(clusterId: target.id) }
                let info = try await client.backupInfo(clusterId: target.id)
                return (target, try await tenants.get(), info)
            }
            let now = info.serverTime?.date ?? Date()
            let known = tenants.filter { !$0.isSystemTenant }.map(\.name)
            if let unknown = names.first(where: { !known.contains($0) }) {
                throw .usage(
                    "Cluster \(target.label) has no tenant '\(InputExcerpt.clipped(unknown))'; its tenants are "
                        + (known.isEmpty ? "none but sys" : known.map(TextSanitizer.singleLine).joined(separator: ", ")) + ".")
            }
            let report = RecoverableReport(
                cluster: target, recoverability: ClusterRecoverability(info.value, scope: RecoverabilityScope(end: now)),
                tenants: names.isEmpty ? known : names, times: LocalTimeText(now: now))
            let instant = try time.map { argument throws(CommandFailure) in try report.check(argument) }
            if format != .table {
                try DataPrinter.print(raw: info.rawData, format: format)
            } else {
                print(instant.map { report.verdict(at: $0) } ?? report.table())
            }
            return instant.map { report.allRecoverable(at: $0) } ?? true
        }
        if !verdict { throw CommandFailure(message: "", exitCode: Self.notRecoverableExitCode) }
    }
}
