import Foundation
import OCPAPI

/// One run of `health`: the scan (with a progress line on standard error when it is a
/// terminal), then the output the flags ask for and the exit code.
struct HealthRun {
    let command: HealthCommand
    let query: ClusterQuery

    func run() async throws(CommandFailure) {
        let (deep, concurrency, output, nagios, file) = (command.deep, command.concurrency, command.output, command.nagios, command.to)
        let started = ContinuousClock.now
        let progress = ProgressDisplay.standard(error: true)
        let outcome: Result<HealthScan.Result, CommandFailure> = await Self.scanning(command.connection, concurrency: concurrency) {
            client throws(OCPAPIError) in
            var scan = HealthScan(client: client, query: query, deep: deep, concurrency: concurrency)
            if progress.redraws { scan.progress = Self.progressReporter(progress) }
            return try await scan.run()
        }
        progress.clear()
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        if output == .prometheus {
            let families = HealthMetrics.families(
                try? outcome.get().clusters, deep: deep, duration: (seconds * 1000).rounded() / 1000, finishedAt: Date())
            let text = PrometheusText(families: families).render()
            if let file { try AtomicFile.write(text, to: file) } else { print(text, terminator: "") }
        }
        let result = try outcome.get()
        let summary = FleetSummary(result.clusters)
        if let problem = result.alertsProblem {
            FileHandle.standardError.write(Data("warning: the active backup alerts could not be read (\(problem)); their rule is unknown.\n".utf8))
        }
        if nagios {
            print(NagiosLine.line(summary))
            if summary.level != .ok { throw CommandFailure(message: "", exitCode: summary.level.monitoringPluginExitCode) }
            return
        }
        switch output {
        case .table:
            print(HealthTable.render(result.clusters))
            print(
                "\n\(summary.total) clusters: \(summary.critical) critical, \(summary.warning) warning, \(summary.unknown) unknown, "
                    + "\(summary.ok) OK; scanned in \(DurationText.precise(seconds)), ages at OCP's clock"
                    + (deep ? "." : " (--deep also checks tasks and recoverable windows)."))
        case .json, .yaml:
            do {
                try DataPrinter.print(raw: OCPJSON.encode(HealthDocument(result, deep: deep)), format: output == .json ? .json : .yaml)
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure(message: "error: the report could not be written: \(error)", exitCode: 1)
            }
        case .prometheus:
            break
        }
        if summary.level != .ok { throw CommandFailure(message: "", exitCode: HealthCommand.problemsExitCode) }
    }

    /// Runs the scan in a session whose requests are bounded by `concurrency`, keeping a failure
    /// as a value (the Prometheus output still reports a failed scan).
    static func scanning(
        _ connection: ConnectionOptions, concurrency: Int, _ body: (OCPClient) async throws(OCPAPIError) -> HealthScan.Result
    ) async -> Result<HealthScan.Result, CommandFailure> {
        do {
            return .success(
                try await ClientSession.with(connection, requestsInFlight: concurrency) { session throws(CommandFailure) in
                    try await session.call(body)
                })
        } catch {
            return .failure(error)
        }
    }

    /// Redraws `health: 1200 of 10012 clusters judged` about a hundred times over the scan.
    static func progressReporter(_ display: ProgressDisplay) -> @Sendable (Int, Int) -> Void {
        { done, total in
            let step = max(1, total / 100)
            guard done % step == 0 || done == total else { return }
            display.show("health: \(done) of \(total) clusters judged", key: "\(done)")
        }
    }
}
