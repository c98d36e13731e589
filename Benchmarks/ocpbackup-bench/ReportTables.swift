import Foundation

/// The report as Markdown tables (what the README shows).
enum ReportTables {
    /// Every table.
    static func markdown(_ report: BenchReport) -> String {
        var out = "Machine: \(report.cores) cores, \(report.system); run \(report.date)\n"
        out += "\n### Keystroke → frame (key map + reduce + render + ncurses diff into `newterm` on a file, \(report.latency.first?.size ?? ""))\n\n"
        out += "| Operation | Clusters | p50 | p99 | Rows examined | Keystrokes |\n|---|---:|---:|---:|---:|---:|\n"
        for result in report.latency {
            out += "| \(result.operation) | \(ReportFormat.count(result.clusters)) | \(ReportFormat.milliseconds(result.p50Milliseconds)) | "
            out +=
                "\(ReportFormat.milliseconds(result.p99Milliseconds)) | \(result.rowsExamined.map(ReportFormat.count) ?? "—") | \(result.iterations) |\n"
        }
        out += "\n### Bytes per transition (real renderer, ncurses 6 under `newterm`, TERM=xterm-256color)\n\n"
        out += "| Transition | Size | Bytes | Changed cells' text | Bytes ÷ minimum | Changed rows' text | Budget | Holds |\n"
        out += "|---|---|---:|---:|---:|---:|---|---|\n"
        for result in report.transitions {
            let ratio =
                result.minimumBytes == 0 ? (result.bytes == 0 ? "—" : "∞") : ReportFormat.ratio(Double(result.bytes) / Double(result.minimumBytes))
            out += "| \(result.transition) | \(result.size) | \(result.bytes) | \(result.minimumBytes) | \(ratio) | \(result.changedRowsText) | "
            out += "\(result.budgetRule) = \(result.budgetBytes) B | \(result.withinBudget ? "yes" : "**no**") |\n"
        }
        out += "\n### Bytes per ↓ on a pseudo-terminal: the console beside `dialog --menu`\n\n"
        out += "| Program | Size | Items | Bytes per ↓ (median) | Each ↓ |\n|---|---|---:|---:|---|\n"
        for result in report.moveBytes {
            out += "| \(result.program) | \(result.size) | \(ReportFormat.count(result.items)) | \(result.median) | "
            out += "\(result.bytesPerMove.map(String.init).joined(separator: ", ")) |\n"
        }
        out += "\n### The console process against `ocpbackup sim` (pseudo-terminal \(report.startup.first?.size ?? ""))\n\n"
        out +=
            "| Clusters | First byte | First frame | First rows | Whole list | Peak RSS | RSS idle | Idle wake-ups/s (run loop) | Other threads |\n"
        out += "|---:|---:|---:|---:|---:|---:|---:|---:|---|\n"
        for run in report.startup {
            let main = run.idleThreads.first { $0.isMain }?.perSecond
            let others = run.idleThreads.filter { !$0.isMain && $0.perSecond > 0 }.map { "\($0.name) \(String(format: "%.1f", $0.perSecond))/s" }
            out += "| \(ReportFormat.count(run.clusters)) | \(ReportFormat.milliseconds(run.firstByteMilliseconds)) | "
            out += "\(ReportFormat.milliseconds(run.firstFrameMilliseconds)) | \(ReportFormat.milliseconds(run.firstRowsMilliseconds)) | "
            out += "\(ReportFormat.milliseconds(run.fullyLoadedMilliseconds)) | \(run.peakResidentMegabytes.map(ReportFormat.megabytes) ?? "—") | "
            out += "\(run.residentMegabytes.map(ReportFormat.megabytes) ?? "—") | \(main.map { String(format: "%.1f", $0) } ?? "—") | "
            out += "\(others.isEmpty ? "none" : others.joined(separator: ", ")) |\n"
        }
        out +=
            "\n### Listing from `ocpbackup sim` (another process, loopback) with injected latency, through the console's `ConsoleDependencies.live`\n\n"
        out +=
            "| Clusters | Pages | Latency | In flight | Wall | Ideal (pages × latency ÷ in flight) | Wall ÷ ideal | First page | Count returned |\n"
        out += "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        for result in report.listing {
            out += "| \(ReportFormat.count(result.clusters)) | \(result.pages) | \(result.latencyMilliseconds) ms | \(result.concurrency) | "
            out += "\(ReportFormat.milliseconds(result.wallMilliseconds)) | \(ReportFormat.milliseconds(result.idealMilliseconds)) | "
            out +=
                "\(ReportFormat.ratio(result.wallMilliseconds / result.idealMilliseconds)) | \(ReportFormat.milliseconds(result.firstPageMilliseconds)) | \(ReportFormat.count(result.returnedCount)) |\n"
        }
        out += "\n### Budgets\n\n| What | Measured | Budget | Holds |\n|---|---|---|---|\n"
        for check in report.budgets {
            out += "| \(check.what) | \(check.figure) | \(check.budget) | \(check.holds ? "yes" : "**no**") |\n"
        }
        for note in report.skipped { out += "\nSkipped: \(note)\n" }
        return out
    }
}
