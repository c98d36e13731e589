import ConsoleCore
import Foundation
import OCPAPI

/// The tasks and logs the task view's scenes show: a data backup of seven steps as the
/// simulator runs it (listed out of order), running or failed.
extension SceneData {
    static let taskId: Int64 = 3_000_101
    static let stepNames = [
        "Check if ready to data backup", "Start cluster compact if necessary", "Start data backup", "Wait data backup finished",
        "Check data backup result", "Update backup set info", "Clean expired backup data",
    ]

    static func stepId(_ index: Int) -> Int64 { taskId * 10 + Int64(index) }

    /// `HH:MM:SS` seconds after 19:40 local (+08:00) on the scenes' day.
    static func stamp(_ seconds: Int) -> OCPTimestamp {
        let date = SceneDriver.now.addingTimeInterval(Double(seconds) - 1200)
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        return OCPTimestamp(raw: formatter.string(from: date))
    }

    /// A full backup whose steps have `statuses`, the last two side by side.
    static func backupTask(status: TaskInstanceStatus, steps statuses: [SubtaskStatus], name: String = "Full data backup") -> TaskInstance {
        let steps: [Subtask] = statuses.enumerated().map { index, status in
            let upstreams: [Int64] = index == 0 ? [] : index == 6 ? [stepId(4)] : [stepId(index - 1)]
            var step = Subtask(
                id: stepId(index), name: stepNames[index], status: status, operation: .execute, upstreams: upstreams,
                parallelIdx: index >= 5 ? index - 5 : -1)
            if status != .pending {
                step.startTime = stamp(index * 90)
                step.runTime = 1
            }
            if status == .successful || status == .failed { step.finishTime = stamp(index * 90 + (index == 1 ? 14 : 62)) }
            return step
        }
        var task = TaskInstance(
            id: taskId, name: name, status: status, subtasks: [steps[3], steps[0], steps[6], steps[2], steps[5], steps[1], steps[4]])
        task.cluster = TaskClusterReference(id: 2, name: "生产集群-华东")
        task.startTime = stamp(0)
        task.finishTime = status == .running ? nil : stamp(6 * 90 + 62)
        return task
    }

    /// Running its fourth step.
    static let runningTask = backupTask(status: .running, steps: [.successful, .successful, .successful, .running, .pending, .pending, .pending])
    /// Failed in its compaction step.
    static let failedTask = backupTask(status: .failed, steps: [.successful, .failed, .pending, .pending, .pending, .pending, .pending])

    /// A log of `count` copy lines after a banner.
    static func copyLog(lines count: Int) -> String {
        var text = "############{EXECUTE}{2026-11-20T19:44:30.000+08:00}############\n"
        for index in 0..<count {
            let second = 31 + index
            text += "2026-11-20 19:\(44 + second / 60):\(String(format: "%02d", second % 60)).000 INFO 57200 --- [subtask-executor-7] BackupTask : "
            text += "copied macro block \(index + 1) of 120 (tablet 2000\(index % 10))\n\n"
        }
        return text
    }

    /// The failed compaction step's log, its message hostile when `hostile` is given.
    static func failureLog(message: String = "Cluster compaction needed before full data backup") -> String {
        "############{EXECUTE}{2026-11-20T19:41:30.000+08:00}############\n"
            + "2026-11-20 19:41:30.100 INFO 57200 --- [subtask-executor-3] CompactTask : Run subtask, id=\(stepId(1))\n\n"
            + "2026-11-20 19:41:31.000 WARN 57200 --- [subtask-executor-3] CompactTask : last major compaction is 3 days old\n\n"
            + "2026-11-20 19:41:44.000 ERROR 57200 --- [subtask-executor-3] CompactTask : \(message)\n"
    }
}

/// The Tasks and Recoverable tabs' data of 生产集群-华东: a week of scheduled backups, the last
/// failed, a running archive, a restore; and two tenants' windows, one with an eight-hour gap.
extension SceneData {
    static func data(
        _ set: Int64, _ kind: DataBackupKind, hoursAgo: Double, took minutes: Double, _ status: DataBackupTaskStatus, error: String = ""
    )
        -> DataBackupTask
    {
        DataBackupTask(
            taskId: set, backupSetId: set, dataBackupTaskType: kind, clusterId: 2, startTime: stamp(1200 - Int(hoursAgo * 3600)),
            finishTime: stamp(1200 - Int(hoursAgo * 3600) + Int(minutes * 60)), status: status, errorMsg: error)
    }

    static var taskLists: ClusterTaskLists {
        var restore = RestoreTask(id: 8, restoreTenantName: "trade_copy", status: .success, finished: true, successful: true)
        restore.createTime = stamp(1200 - 30 * 3600)
        restore.finishTime = stamp(1200 - 30 * 3600 + 300)
        restore.backupTenantName = "trade"
        return ClusterTaskLists(
            data: [
                data(31, .full, hoursAgo: 18, took: 4, .failed, error: "Cluster compaction needed before full data backup"),
                data(30, .incremental, hoursAgo: 66, took: 2, .done), data(29, .full, hoursAgo: 114, took: 9, .done),
                data(28, .incremental, hoursAgo: 162, took: 2, .done),
            ],
            log: [
                LogBackupTask(clusterId: 2, createTime: stamp(1200 - 80 * 3600), status: .running, checkpoint: stamp(1160), delay: 40),
                LogBackupTask(
                    clusterId: 2, createTime: stamp(1200 - 150 * 3600), status: .interrupted, checkpoint: stamp(1200 - 88 * 3600), delay: 600),
            ], restore: [restore])
    }

    static func tenant(_ name: String, id: Int64, windows: [(from: Double, to: Double)]) -> TenantBackupInfo {
        let items = windows.map { window in
            RecoverableSectionItem(
                type: .recoverable,
                realRecoverableTimeInterval: RecoverableTimeInterval(
                    startTime: stamp(1200 - Int(window.from * 3600)), endTime: stamp(1200 - Int(window.to * 3600))))
        }
        return TenantBackupInfo(tenantId: id, tenantName: name, obRecoverableInfoAggregation: RecoverableInfoAggregation(items: items))
    }

    static let backupInfo = ClusterBackupInfo(
        clusterId: 2, clusterName: "生产集群-华东", obRecoverableInfoAggregation: nil,
        tenantBackupInfos: [
            tenant("交易_trade", id: 1_000_000_011, windows: [(200, 96), (88, 0.01)]), tenant("报表_report", id: 1_000_000_012, windows: [(114, 3)]),
        ])
}
