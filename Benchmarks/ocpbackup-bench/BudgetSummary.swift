import Foundation

/// The budgets of Benchmarks/README.md, checked against a report's figures.
enum BudgetSummary {
    /// Every budget with the figure measured for it.
    static func checks(_ report: BenchReport) -> [BudgetCheck] {
        var checks: [BudgetCheck] = []
        for run in report.startup {
            if let frame = run.firstFrameMilliseconds {
                checks.append(
                    BudgetCheck(
                        what: "first frame, \(run.clusters) clusters", figure: ReportFormat.milliseconds(frame), budget: "≤ 50 ms",
                        holds: frame <= 50))
            }
        }
        for result in report.latency
        where result.clusters == 10_000 && !result.operation.hasPrefix("jump") && !result.operation.hasSuffix(TaskLogBenchmark.offTheLoop) {
            checks.append(
                BudgetCheck(
                    what: "keystroke → frame p99, 10,000 clusters, \(result.operation)", figure: ReportFormat.milliseconds(result.p99Milliseconds),
                    budget: "≤ 2 ms", holds: result.p99Milliseconds <= 2))
        }
        for result in report.transitions where !result.transition.hasPrefix("wizard") && !result.transition.hasPrefix("grid") {
            checks.append(
                BudgetCheck(
                    what: "bytes, \(result.transition), \(result.size)", figure: "\(result.bytes) B",
                    budget: "\(result.budgetRule) (= \(result.budgetBytes) B)", holds: result.withinBudget))
        }
        for result in report.moveBytes where result.program == "ocpbackup" {
            checks.append(
                BudgetCheck(
                    what: "bytes per ↓ on a pseudo-terminal, \(result.size)", figure: "\(result.median) B (max \(result.bytesPerMove.max() ?? 0))",
                    budget: "≤ 200 B", holds: (result.bytesPerMove.max() ?? 0) <= 200))
        }
        for run in report.startup where run.clusters == 10_000 {
            if let peak = run.peakResidentMegabytes {
                checks.append(
                    BudgetCheck(
                        what: "peak memory (VmHWM), 10,000 clusters", figure: ReportFormat.megabytes(peak), budget: "≤ 40 MB",
                        holds: peak <= 40))
            }
        }
        for run in report.startup {
            let main = run.idleThreads.first { $0.isMain }?.perSecond ?? -1
            checks.append(
                BudgetCheck(
                    what: "idle wake-ups of the run loop thread, \(run.clusters) clusters", figure: String(format: "%.1f /s", main),
                    budget: "0 /s", holds: main == 0))
        }
        return checks
    }
}
