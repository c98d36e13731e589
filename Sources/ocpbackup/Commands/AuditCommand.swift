import ArgumentParser
import Foundation
import OCPAPI

/// `ocpbackup audit`: the changes made with this tool, from the audit log.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Show the audit log of strategy changes made with ocpbackup.")

    @Option(help: "Show only the last N entries.")
    var last: Int?

    @Option(name: [.short, .long], help: "Output format: table or json (one object per line, as stored).")
    var output: OutputFormat = .table

    func run() async throws {
        let log = AuditLog(path: StatePaths.auditLog(environment: ProcessInfo.processInfo.environment))
        var entries = try log.entries()
        if let last { entries = Array(entries.suffix(max(0, last))) }
        switch output {
        case .json, .yaml:
            for entry in entries { print(String(decoding: try OCPJSON.encode(entry), as: UTF8.self)) }
        case .table:
            var table = TextTable(headings: ["TIME", "PRINCIPAL", "OPERATION", "CLUSTER", "RESULT", "CODE", "TRACE ID"])
            for entry in entries {
                table.append([
                    entry.time, entry.principal, entry.operation, "\(entry.clusterName) (\(entry.clusterId))", entry.result,
                    entry.code ?? "-", entry.traceId ?? "-",
                ])
            }
            print(table.render())
        }
    }
}
