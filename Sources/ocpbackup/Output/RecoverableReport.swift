import Foundation
import OCPAPI

/// The recoverable windows of some tenants of a cluster, as `recoverable` prints them: a table
/// of windows with the gaps between them, or the answer for one time with the nearest
/// recoverable times of each tenant that cannot be restored to it.
struct RecoverableReport {
    let cluster: Cluster
    let recoverability: ClusterRecoverability
    /// The tenants asked about, by name, in order.
    let tenants: [String]
    /// The zone and OCP's now.
    let times: LocalTimeText

    /// The windows of a named tenant (none when OCP lists no backup data for it).
    func windows(of name: String) -> TenantRecoverability {
        recoverability.tenant(named: name) ?? TenantRecoverability(tenantId: nil, tenantName: name, windows: [])
    }

    /// The instant `argument` names.
    /// - Throws: a usage failure for a time after OCP's now or before the seven days.
    func check(_ argument: TimeArgument) throws(CommandFailure) -> Date {
        let date = argument.date(now: times.now)
        if date > times.now.addingTimeInterval(1) {
            throw .usage("--at \(argument.text) lies in the future: OCP's clock says \(times.timeWithOffset(times.now)).")
        }
        if date < recoverability.scope.start {
            throw .usage(
                "--at \(argument.text) lies before the 7 days OCP's parsed backup data covers (from "
                    + "\(times.timeWithOffset(recoverability.scope.start))); this cannot be answered from it.")
        }
        return date
    }

    /// Whether every tenant asked about can be restored to `date`.
    func allRecoverable(at date: Date) -> Bool { !tenants.isEmpty && tenants.allSatisfy { windows(of: $0).isRecoverable(at: date) } }

    /// Each tenant's answer for `date`, and the nearest recoverable times of those that cannot.
    func verdict(at date: Date) -> String {
        var lines = ["Restore cluster \(cluster.label) to \(times.timeWithAge(date)):"]
        var behind = 0
        for name in tenants {
            let tenant = windows(of: name)
            let label = TextSanitizer.singleLine(name)
            if tenant.isRecoverable(at: date) {
                lines.append("  \(label): recoverable")
                continue
            }
            behind += 1
            let before = tenant.latestRecoverableTime(atOrBefore: date).map { "latest before: \(times.timeWithOffset($0))" }
            let after = tenant.earliestRecoverableTime(atOrAfter: date).map { "earliest after: \(times.timeWithOffset($0))" }
            let nearest = [before, after].compactMap { $0 }
            lines.append(
                "  \(label): NOT recoverable; " + (nearest.isEmpty ? "no recoverable window in the 7 days" : nearest.joined(separator: ", ")))
        }
        lines.append(
            behind == 0
                ? "Every tenant asked about (\(tenants.count)) can be restored to that time."
                : "\(behind) of \(tenants.count) tenants cannot be restored to that time.")
        return lines.joined(separator: "\n")
    }

    /// The windows, a row each, with the gap before each window after the first.
    func table() -> String {
        let all = tenants.flatMap { name in windows(of: name).windows.map { (name, $0) } }
        let from = TimeColumn("FROM", dates: all.map { $0.1.start }, times: times)
        let until = TimeColumn("UNTIL", dates: all.map { $0.1.end }, times: times)
        var table = TextTable(headings: ["TENANT", from.heading, until.heading, "LENGTH", "GAP BEFORE"])
        for name in tenants {
            let tenant = windows(of: name)
            if tenant.windows.isEmpty { table.append([name, "none in the 7 days", "-", "-", "-"]) }
            for (index, window) in tenant.windows.enumerated() {
                let gap = index == 0 ? "-" : DurationText.precise(window.start.timeIntervalSince(tenant.windows[index - 1].end))
                table.append([
                    name, (window.startsAtScopeEdge ? "at least since " : "") + from.cell(window.start), until.cell(window.end),
                    DurationText.precise(window.duration) + (window.startsAtScopeEdge ? "+" : ""), gap,
                ])
            }
        }
        let scope = "the 7 days to \(times.timeWithOffset(recoverability.scope.end))"
        return "Recoverable windows of cluster \(cluster.label), \(scope):\n" + table.render()
    }
}
