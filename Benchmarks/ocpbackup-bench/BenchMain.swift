import ConsoleUI
import Foundation
import Glibc

/// `ocpbackup-bench`: measures the budgets listed in Benchmarks/README.md, prints Markdown tables and writes JSON.
/// Run it in release mode: `scripts/benchmark`.
@main
enum BenchMain {
    static func main() async {
        do {
            try await run(BenchArguments(Array(CommandLine.arguments.dropFirst())))
        } catch {
            FileHandle.standardError.write(Data("ocpbackup-bench: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run(_ arguments: BenchArguments) async throws {
        var report = BenchReport()
        report.cores = ProcessInfo.processInfo.activeProcessorCount
        report.system = systemName()
        let iterations = arguments.quick ? 200 : 2000
        if arguments.runs("latency") {
            for clusters in [1000, 10_000, 100_000] {
                progress("latency, \(clusters) clusters")
                report.latency += try LatencyBenchmark(size: Size(rows: 50, columns: 200), iterations: iterations).run(clusters: clusters)
            }
            progress("latency, a 10 MB task log")
            report.latency += try TaskLogBenchmark(size: Size(rows: 50, columns: 200), iterations: iterations).run()
        }
        if arguments.runs("bytes") {
            for size in [Size(rows: 24, columns: 80), Size(rows: 50, columns: 200)] {
                progress("bytes per transition, \(size)")
                report.transitions += try TransitionBenchmark(size: size).run()
            }
        }
        let sizes = [(rows: 24, columns: 80), (rows: 50, columns: 200)]
        if arguments.runs("dialog") {
            for size in sizes {
                progress("bytes per move on a pseudo-terminal, \(size.columns)x\(size.rows)")
                do {
                    report.moveBytes.append(
                        try ConsoleProcessBenchmark(binary: arguments.ocpbackup, idleWindow: .seconds(1))
                            .moveBytes(items: 1000, rows: size.rows, columns: size.columns, moves: 5))
                } catch {
                    report.skipped.append("ocpbackup on a pseudo-terminal at \(size.columns)x\(size.rows): \(error)")
                }
                do {
                    report.moveBytes.append(
                        try DialogBenchmark(binary: arguments.dialog).moveBytes(items: 1000, rows: size.rows, columns: size.columns, moves: 5))
                } catch {
                    report.skipped.append("dialog --menu at \(size.columns)x\(size.rows): \(error) (install Debian's dialog package)")
                }
            }
        }
        if arguments.runs("process") {
            for clusters in arguments.quick ? [10_000] : [10_000, 100_000] {
                progress("console process, \(clusters) clusters")
                do {
                    report.startup.append(try ConsoleProcessBenchmark(binary: arguments.ocpbackup, idleWindow: .seconds(5)).run(clusters: clusters))
                } catch {
                    report.skipped.append("console process with \(clusters) clusters: \(error)")
                }
            }
        }
        if arguments.runs("listing") {
            for concurrency in [1, 4, 8] {
                progress("listing 100,000 clusters, 20 ms latency, \(concurrency) in flight")
                do {
                    report.listing.append(
                        try await ListingBenchmark(binary: arguments.ocpbackup, clusters: 100_000, latencyMilliseconds: 20).run(
                            concurrency: concurrency))
                } catch {
                    report.skipped.append("listing with \(concurrency) in flight: \(error)")
                }
            }
        }
        report.budgets = BudgetSummary.checks(report)
        report.date = ISO8601DateFormatter().string(from: Date())
        print(ReportTables.markdown(report))
        if let path = arguments.jsonPath {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try encoder.encode(report).write(to: URL(fileURLWithPath: path))
            progress("wrote \(path)")
        }
        if report.budgets.contains(where: { !$0.holds }) { progress("some budgets do not hold (see the table)") }
    }

    private static func progress(_ text: String) {
        FileHandle.standardError.write(Data("== \(text)\n".utf8))
    }

    private static func systemName() -> String {
        var name = utsname()
        uname(&name)
        func field<T>(_ value: T) -> String {
            withUnsafeBytes(of: value) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        }
        return "\(field(name.sysname)) \(field(name.machine))"
    }
}
