import ArgumentParser
import Foundation
import Localization
import OCPAPI

/// `ocpbackup tenants CLUSTER`: the cluster's tenants, all pages.
struct TenantsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tenants", abstract: "List a cluster's tenants (all pages): the names restore and recoverable take.")

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The cluster: its OCP id or its exact name.")
    var cluster: String

    func run() async throws {
        let reference = cluster
        let (pages, language) = try await ClientSession.with(connection) { session throws(CommandFailure) in
            let pages = try await session.call { client throws(OCPAPIError) in
                let target = try await client.resolveCluster(reference)
                let pages = try await RawPages<Tenant>.read(client) { page, size in
                    OCPClient.tenantsRequest(clusterId: target.id, page: page, size: size)
                }
                return pages
            }
            return (pages, session.settings.displayLanguage)
        }
        guard output.output == .table else { return try DataPrinter.print(raw: pages.data, format: output.output) }
        print(Self.table(pages.rows, times: LocalTimeText(now: pages.serverTime?.date ?? Date()), language: language))
    }

    /// The tenants as a table, `sys` first, then by name.
    static func table(_ tenants: [Tenant], times: LocalTimeText, language: Language = .english) -> String {
        let sorted = tenants.sorted { ($0.isSystemTenant ? 0 : 1, $0.name) < ($1.isSystemTenant ? 0 : 1, $1.name) }
        let created = TimeColumn(ColumnHeading.created.text(in: language), dates: sorted.map { $0.createTime?.date }, times: times)
        let headings: [ColumnHeading] = [.id, .name, .mode, .status, .zones, .locality]
        var table = TextTable(headings: headings.map { $0.text(in: language) } + [created.heading])
        for tenant in sorted {
            table.append([
                String(tenant.id), tenant.name, tenant.mode?.rawValue ?? "-", tenant.status?.rawValue ?? "-",
                tenant.zones.isEmpty ? "-" : tenant.zones.joined(separator: ","), tenant.locality ?? "-",
                created.cell(tenant.createTime?.date),
            ])
        }
        return table.render()
    }
}
