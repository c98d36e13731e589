import ArgumentParser
import Foundation
import OCPAPI

/// `ocpbackup health`: the backup health rules over the fleet, for people and for monitoring.
struct HealthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "health",
        abstract: "Judge every cluster's backups by the health rules; exit 0 when all are OK, 4 when any is not.",
        discussion: """
            Reads each cluster's backup overview and strategy (two calls; --deep adds its data and log tasks and its \
            recoverable windows) with at most --concurrency requests at OCP at once, and the fleet's active backup alerts \
            (one paged query). A cluster whose answers could not be read is UNKNOWN, never OK. Rows come worst first. \
            --output prometheus writes the text exposition format (to --to FILE through a temporary file and a rename, \
            for node_exporter's textfile collector); --nagios prints one monitoring-plugin line and exits 0 OK, \
            1 WARNING, 2 CRITICAL, 3 UNKNOWN.
            """)

    /// The exit code when a cluster is not OK.
    static let problemsExitCode: Int32 = 4

    @OptionGroup var connection: ConnectionOptions

    @Option(help: ArgumentHelp("Only clusters whose name contains this keyword.", valueName: "keyword"))
    var name: String?

    @Option(help: ArgumentHelp("Only clusters in these statuses, comma-separated (RUNNING,STOPPED,…).", valueName: "status,…"))
    var status: String?

    @Flag(help: "Also read each cluster's data and log tasks and recoverable windows (three more calls a cluster).")
    var deep = false

    @Option(help: ArgumentHelp("Requests at OCP at once (1–64).", valueName: "n"))
    var concurrency = 8

    @Option(name: [.short, .long], help: "Output format: table, json, yaml or prometheus.")
    var output: HealthOutputFormat = .table

    @Option(help: ArgumentHelp("With --output prometheus: write to FILE (atomically) instead of standard output.", valueName: "file"))
    var to: String?

    @Flag(help: "Print one monitoring-plugin line (Nagios, Icinga) and exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.")
    var nagios = false

    func run() async throws {
        do {
            try await judge()
        } catch {
            throw nagios ? Self.asPluginAnswer(error) : error
        }
    }

    /// Checks the flags, scans and prints.
    private func judge() async throws(CommandFailure) {
        if let problem = usageProblem { throw .usage(problem) }
        let statuses = try ClustersCommand.statuses(status)
        try await HealthRun(command: self, query: ClusterQuery(name: name, statuses: statuses, sort: "id,asc")).run()
    }

    /// A failure said as a monitoring plugin says it: `OCPBACKUP UNKNOWN - why` on standard
    /// output, exit 3; a verdict (no message) passes unchanged.
    static func asPluginAnswer(_ failure: CommandFailure) -> CommandFailure {
        guard !failure.message.isEmpty else { return failure }
        print(NagiosLine.unknown(failure.message.replacingOccurrences(of: "error: ", with: "")))
        return CommandFailure(message: "", exitCode: HealthLevel.unknown.monitoringPluginExitCode)
    }

    /// What is wrong with the flags together, if anything.
    var usageProblem: String? {
        if !(1...64).contains(concurrency) { return "--concurrency must be between 1 and 64, not \(concurrency)." }
        if to != nil, output != .prometheus { return "--to FILE needs --output prometheus." }
        if nagios, output != .table { return "--nagios prints its own line; leave out --output." }
        return nil
    }
}

/// How `health` prints its result.
enum HealthOutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// A row per cluster, worst first, and a summary line.
    case table
    /// ocpbackup's report as JSON.
    case json
    /// The same as YAML.
    case yaml
    /// Prometheus's text exposition format, for node_exporter's textfile collector.
    case prometheus
}
