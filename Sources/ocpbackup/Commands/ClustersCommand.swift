import ArgumentParser
import Foundation
import Localization
import OCPAPI

/// `ocpbackup clusters`: every cluster OCP manages, all pages.
struct ClustersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters", abstract: "List the OceanBase clusters OCP manages (all pages).")

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Only clusters whose name contains this keyword (OCP matches it case-insensitively).", valueName: "keyword"))
    var name: String?

    @Option(help: ArgumentHelp("Only these statuses, comma-separated (RUNNING,STOPPED,…).", valueName: "status,…"))
    var status: String?

    func run() async throws {
        let statuses = try Self.statuses(status)
        let query = ClusterQuery(name: name, statuses: statuses, sort: "id,asc")
        let (pages, language) = try await ClientSession.with(connection) { session throws(CommandFailure) in
            let pages = try await session.call { client throws(OCPAPIError) in
                try await RawPages<Cluster>.read(client) { page, size in OCPClient.listClustersRequest(query, page: page, size: size) }
            }
            return (pages, session.settings.displayLanguage)
        }
        switch output.output {
        case .table:
            var table = TextTable(headings: [ColumnHeading.id, .name, .version, .status, .type].map { $0.text(in: language) })
            for cluster in pages.rows {
                table.append([
                    String(cluster.id), cluster.name, cluster.obVersion ?? "-", cluster.status?.rawValue ?? "-", cluster.type?.rawValue ?? "-",
                ])
            }
            print(table.render())
        case .json, .yaml:
            try DataPrinter.print(raw: pages.data, format: output.output)
        }
    }

    /// The statuses of `--status`, each one OCP documents (in any case).
    /// - Throws: a usage failure naming an unknown value and listing OCP's statuses; a typo
    ///   would otherwise match no cluster and print an empty table.
    static func statuses(_ text: String?) throws(CommandFailure) -> [ClusterStatus] {
        let values = (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let statuses = values.map { ClusterStatus(rawValue: $0.uppercased()) }
        if let unknown = zip(values, statuses).first(where: { !$0.1.isDocumented })?.0 {
            throw .usage(
                "Unknown cluster status '\(InputExcerpt.clipped(unknown))' in --status; OCP's statuses are "
                    + ClusterStatus.documented.map(\.rawValue).joined(separator: ", ") + ".")
        }
        return statuses
    }
}
