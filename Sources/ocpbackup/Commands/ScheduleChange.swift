import ConsoleCore
import Foundation
import OCPAPI

/// What pause and resume do: check that the cluster has a strategy whose scheduling is not
/// already in the state asked for, say what changes, send once, and (after a pause) show
/// whether log backup still runs.
struct ScheduleChange {
    /// Pause (stopSchedule) or resume (startSchedule).
    let pause: Bool
    let reference: String
    let options: MutationOptions

    var verb: String { pause ? "pause" : "resume" }

    func run(_ connection: ConnectionOptions) async throws(CommandFailure) {
        let (pause, reference, options, verb) = (self.pause, self.reference, self.options, self.verb)
        try await ClientSession.with(connection) { session throws(CommandFailure) in
            if !options.dryRun {
                try session.requireWritable(verb)
                try Confirmation.requireAnswerable(yes: options.yes, action: "\(verb) scheduling")
            }
            let (target, strategy, overview) = try await session.call { client throws(OCPAPIError) in
                let target = try await client.resolveCluster(reference)
                async let strategy = OCPCall.result { () async throws(OCPAPIError) in try await client.backupStrategyIfAny(clusterId: target.id) }
                let overview = try await client.backupOverview(clusterId: target.id)
                return (target, try await strategy.get()?.value, overview.value)
            }
            guard let strategy else {
                throw .usage("Cluster \(target.label) has no backup strategy, so nothing is scheduled to \(verb). Nothing was sent.")
            }
            let paused = overview.backupScheduleStatus == .paused || strategy.obBackupScheduleConfig?.backupScheduleEnabled == false
            if pause == paused {
                let state = overview.backupScheduleStatus.map { "\(HealthText.english($0)) (\($0.rawValue))" } ?? (paused ? "paused" : "not paused")
                throw .usage("The scheduling of cluster \(target.label) is already \(pause ? "paused" : "running"): \(state). Nothing was sent.")
            }
            let change = CommandMutation(
                request: pause ? OCPClient.stopScheduleRequest(clusterId: target.id) : OCPClient.startScheduleRequest(clusterId: target.id),
                operation: pause ? .pauseSchedule : .resumeSchedule, cluster: target, check: "ocpbackup overview \(target.id)")
            if options.dryRun { return print(change.dryRunText) }
            _ = try await change.send(
                session, question: Self.question(pause: pause, cluster: target, strategy: strategy), yes: options.yes,
                as: BackupCommonResponse.self, taskIds: \.allTaskIds)
            print("\(pause ? "Paused" : "Resumed") the scheduled data backups of cluster \(target.label).")
            if pause { print(await Self.logBackupLine(session.client, cluster: target)) }
        }
    }

    /// The confirmation: what pausing stops (or resuming restarts), and what OCP leaves unsaid.
    static func question(pause: Bool, cluster: Cluster, strategy: BackupStrategy) -> String {
        let schedule = strategy.obBackupScheduleConfig.map { " (\(StrategyPresentation.scheduleText($0, in: .english)))" } ?? ""
        guard pause else { return "Resume the scheduled data backups\(schedule) of cluster \(cluster.label)?" }
        return "Pause cluster \(cluster.label)? Its scheduled data backups\(schedule) stop until you resume them; backup now "
            + "still works. OCP does not document whether log backup stops too; it is read again afterwards. Pause?"
    }

    /// Whether log backup still runs after a pause, from the log task list (a failure to read it is said, not thrown).
    static func logBackupLine(_ client: OCPClient, cluster: Cluster) async -> String {
        do {
            let tasks = try await client.allLogBackupTasks(clusterId: cluster.id, range: .unbounded)
            guard let current = tasks.first(where: { $0.statusClass == .running }) ?? tasks.first else {
                return "Log backup: OCP lists no log backup round."
            }
            let delay = current.delay.map { ", \(DurationText.precise($0)) behind" } ?? ""
            let status = current.status?.rawValue ?? "no status"
            return current.statusClass == .running
                ? "Log backup: still running (\(status)\(delay))."
                : "Log backup: not running (\(status), \(HealthText.english(current.statusClass)))."
        } catch {
            return "Log backup: could not be read (\(error.summary)); check with ocpbackup tasks \(cluster.id) --kind log."
        }
    }
}
