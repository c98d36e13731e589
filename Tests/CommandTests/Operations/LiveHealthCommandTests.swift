import Foundation
import OCPAPI
import OCPSimulator
import Testing

/// `health` of the built binary over the demo fleet (each unhealthy scenario), a generated
/// fleet and the hostile fleet: the table worst first, the exit codes, JSON and YAML, the
/// Prometheus text read by a strict parser, the Nagios line, and clusters that cannot be read.
struct LiveHealthCommandTests {
    static let configuration = LiveOperationsReadTests.configuration

    /// The level of each cluster id in the JSON report.
    static func levels(_ json: String) throws -> [Int64: String] {
        guard case .array(let clusters)? = try JSONValue.parse(Array(json.utf8))["clusters"] else { throw CommandTestFailure("no clusters: \(json)") }
        var levels: [Int64: String] = [:]
        for cluster in clusters {
            if case .integer(let id)? = cluster["id"], case .string(let level)? = cluster["level"] { levels[id] = level }
        }
        return levels
    }

    @Test func theDemoFleetWorstFirstWithItsReasonsAndExit4() async throws {
        try await LiveCommandHarness.with(Self.configuration) { _, runner in
            let table = try await runner.run(["health"])
            #expect(table.status == 4, "\(table.stderr)")
            let rows = table.stdout.split(separator: "\n").dropFirst().prefix(12).map(String.init)
            let order = rows.compactMap { $0.split(separator: " ").first.map(String.init) }
            let rank = ["CRITICAL": 0, "WARNING": 1, "UNKNOWN": 2, "OK": 3]
            #expect(order.map { rank[$0] ?? -1 } == order.map { rank[$0] ?? -1 }.sorted(), "not worst first: \(order)")
            #expect(rows.contains { $0.hasPrefix("CRITICAL") && $0.contains("风控_主库") && $0.contains("log backup delay") })
            #expect(rows.contains { $0.hasPrefix("WARNING") && $0.contains("ops-maintenance") && $0.contains("paused") })
            #expect(rows.contains { $0.hasPrefix("WARNING") && $0.contains("billing-2277") && $0.contains("no backup strategy") })
            #expect(table.stdout.contains("12 clusters: 2 critical, 6 warning, 0 unknown, 4 OK"), "\(table.stdout)")
            HostileOutputTests.expectSafe(table.stdout, "health")
            let json = try await runner.run(["health", "--deep", "-o", "json"])
            #expect(json.status == 4)
            let levels = try Self.levels(json.stdout)
            #expect(levels[1_000_003] == "CRITICAL")
            #expect(levels[1_000_011] == "CRITICAL")
            #expect(levels[1_000_008] == "WARNING")
            #expect(levels[1_000_001] == "OK")
            #expect(json.stdout.contains("log backup not running"), "--deep judges the log backup task")
            let yaml = try await runner.run(["health", "-o", "yaml"])
            #expect(yaml.status == 4)
            #expect(yaml.stdout.contains("level: CRITICAL"))
            let healthy = try await runner.run(["health", "--name", "交易核心集群"])
            #expect(healthy.status == 0, "\(healthy.stdout)\(healthy.stderr)")
        }
    }

    @Test func theNagiosLineAndItsExitCodes() async throws {
        try await LiveCommandHarness.with(Self.configuration) { _, runner in
            let critical = try await runner.run(["health", "--nagios"])
            #expect(critical.status == 2)
            #expect(
                critical.stdout == "OCPBACKUP CRITICAL - 2 critical, 6 warning of 12 | critical=2 warning=6 ok=4 unknown=0\n", "\(critical.stdout)")
            let warning = try await runner.run(["health", "--nagios", "--name", "ops-maintenance"])
            #expect(warning.status == 1)
            #expect(warning.stdout.hasPrefix("OCPBACKUP WARNING - 0 critical, 1 warning of 1 |"), "\(warning.stdout)")
            let ok = try await runner.run(["health", "--nagios", "--name", "analytics"])
            #expect(ok.status == 0)
            #expect(ok.stdout.hasPrefix("OCPBACKUP OK - 0 critical, 0 warning of 1 | critical=0 warning=0 ok=1 unknown=0"), "\(ok.stdout)")
            var unreachable = runner
            unreachable.environment["OCP_URL"] = "http://127.0.0.1:9"
            let down = try await unreachable.run(["health", "--nagios", "--timeout", "2"])
            #expect(down.status == 3)
            #expect(down.stdout.hasPrefix("OCPBACKUP UNKNOWN - "), "\(down.stdout)")
            #expect(!down.stdout.contains("|"))
        }
    }

    @Test func prometheusTextIsValidExpositionAndWrittenThroughARename() async throws {
        try await LiveCommandHarness.with(Self.configuration) { _, runner in
            let printed = try await runner.run(["health", "--output", "prometheus", "--deep"])
            #expect(printed.status == 4, "\(printed.stderr)")
            let metrics = try PrometheusExposition(parsing: printed.stdout)
            for name in [
                "ocpbackup_cluster_health", "ocpbackup_last_data_backup_age_seconds", "ocpbackup_log_backup_delay_seconds",
                "ocpbackup_recoverable_window_end_age_seconds", "ocpbackup_scan_success",
            ] {
                #expect(metrics.types[name] == "gauge", "\(name) has no TYPE")
                #expect(metrics.help[name]?.isEmpty == false, "\(name) has no HELP")
            }
            let health = Dictionary(uniqueKeysWithValues: metrics.samples(of: "ocpbackup_cluster_health").map { ($0.labels["id"] ?? "", $0.value) })
            #expect(health.count == 12)
            #expect(health["1000003"] == 2)
            #expect(health["1000008"] == 1)
            #expect(health["1000001"] == 0)
            #expect(metrics.samples(of: "ocpbackup_cluster_health").contains { $0.labels["cluster"] == "风控_主库" })
            #expect(metrics.samples(of: "ocpbackup_scan_success").first?.value == 1)
            let windows = metrics.samples(of: "ocpbackup_recoverable_window_end_age_seconds").filter { $0.labels["id"] == "1000003" }
            #expect(windows.count == 3 && windows.allSatisfy { $0.value > 3600 }, "\(windows)")
            let file = runner.home.appendingPathComponent("textfile/ocpbackup.prom").path
            try FileManager.default.createDirectory(atPath: runner.home.appendingPathComponent("textfile").path, withIntermediateDirectories: true)
            let written = try await runner.run(["health", "--output", "prometheus", "--to", file])
            #expect(written.status == 4)
            #expect(written.stdout.isEmpty)
            _ = try PrometheusExposition(parsing: try String(contentsOfFile: file, encoding: .utf8))
            #expect(try FileManager.default.contentsOfDirectory(atPath: runner.home.appendingPathComponent("textfile").path) == ["ocpbackup.prom"])
            let misplaced = try await runner.run(["health", "--to", file])
            #expect(misplaced.status == 2)
        }
    }

    @Test func hostileNamesAreEscapedInLabelsAndSafeInTheTable() async throws {
        try await LiveCommandHarness.with(HostileOutputTests.configuration) { _, runner in
            let printed = try await runner.run(["health", "--output", "prometheus"])
            #expect([0, 4].contains(printed.status), "\(printed.stderr)")
            let metrics = try PrometheusExposition(parsing: printed.stdout)
            #expect(!metrics.samples(of: "ocpbackup_cluster_health").isEmpty)
            HostileOutputTests.expectSafe(printed.stdout, "prometheus")
            let table = try await runner.run(["health", "--deep"])
            HostileOutputTests.expectSafe(table.stdout + table.stderr, "health --deep")
            let nagios = try await runner.run(["health", "--nagios"])
            #expect(nagios.stdout.split(separator: "\n").count == 1)
        }
    }

    @Test func aClusterThatCannotBeReadIsUnknownAndTheScanStaysWithinItsConcurrency() async throws {
        let faults = FaultOptions(latencyMs: 5, errorRate: 1, errorStatus: 400, pathPrefix: "/api/v2/ob/clusters/1000014/")
        let configuration = SimulatorConfiguration(port: 0, generatedClusters: 200, faults: faults, start: LiveOperationsReadTests.start, seed: 11)
        try await LiveCommandHarness.with(configuration) { server, runner in
            let json = try await runner.run(["health", "--concurrency", "3", "-o", "json"])
            #expect(json.status == 4, "\(json.stderr)")
            let levels = try Self.levels(json.stdout)
            #expect(levels.count == 212)
            #expect(levels[1_000_014] == "UNKNOWN")
            #expect(levels.values.filter { $0 == "UNKNOWN" }.count == 1)
            #expect(server.counters.peakRequestsInFlight <= 3, "peak \(server.counters.peakRequestsInFlight)")
            let nagios = try await runner.run(["health", "--nagios", "--name", "gen-000002"])
            #expect(nagios.status == 3, "\(nagios.stdout)")
            #expect(nagios.stdout.hasPrefix("OCPBACKUP UNKNOWN - 0 critical, 0 warning, 1 unknown of 1 |"), "\(nagios.stdout)")
        }
    }
}
