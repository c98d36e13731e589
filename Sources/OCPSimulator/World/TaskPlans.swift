import Foundation
import OCPAPI

/// The steps of the simulated tasks, with believable names and run times (simulated seconds).
package enum TaskPlans {
    /// The name of the step an incremental backup without a full one fails in.
    package static let checkReady = "Check if ready to data backup"
    /// The name of the step a full backup that needs a compaction fails in.
    package static let compaction = "Start cluster compact if necessary"
    /// The message of an incremental backup without a full backup before it.
    package static let needFullMessage = "Full data backup needed before incremental data backup"
    /// The message of a full backup that needs a major compaction first.
    package static let needCompactionMessage = "Cluster compaction needed before full data backup"
    /// The message of an incremental backup that could not write its data.
    package static let writeFailedMessage = "Data backup failed: the backup destination could not be written (OB_IO_ERROR -4009)"

    /// A data backup of `sizeGB` (the whole data for a full one): check, compaction (full only),
    /// start, copy, check, then two closing steps side by side.
    package static func dataBackup(kind: DataBackupKind, sizeGB: Double) -> [PlannedStep] {
        let full = kind != .incremental
        let copy = full ? 360 + sizeGB * 4 : 90 + sizeGB * 2
        var steps = [PlannedStep(checkReady, 5, after: [])]
        if full { steps.append(PlannedStep(compaction, 20, after: [0])) }
        let last = steps.count - 1
        steps += [
            PlannedStep("Start data backup", 8, after: [last]),
            PlannedStep("Wait data backup finished", copy, after: [last + 1]),
            PlannedStep("Check data backup result", 6, after: [last + 2]),
            PlannedStep("Update backup set info", 3, after: [last + 3], parallelIndex: 0),
            PlannedStep("Clean expired backup data", 4, after: [last + 3], parallelIndex: 1),
        ]
        return steps
    }

    /// The index of the step named `name` in `plan`.
    package static func index(of name: String, in plan: [PlannedStep]) -> Int {
        plan.firstIndex { $0.name == name } ?? 0
    }

    /// A restore of a tenant of `sizeGB`.
    package static func restore(sizeGB: Double) -> [PlannedStep] {
        [
            PlannedStep("Check restore parameters", 5, after: []),
            PlannedStep("Create resource pools", 20, after: [0]),
            PlannedStep("Restore tenant from backup data", 120 + sizeGB * 3, after: [1]),
            PlannedStep("Restore tenant logs to the point in time", 60 + sizeGB, after: [2]),
            PlannedStep("Wait tenant restore finished", 30, after: [3]),
            PlannedStep("Post check", 10, after: [4]),
        ]
    }

    /// The restore row's status while step `step` runs (`nil`: finished), per OceanBase generation.
    package static func restorePhase(step: Int?, version: OBVersion?) -> RestoreTaskStatus {
        let modern = version.map { $0 >= OBVersion(4) } ?? true
        guard let step else { return .success }
        let phases: [RestoreTaskStatus] =
            modern
            ? [.pre, .pre, .createInitLogStreams, .waitLogStreams, .waitTenantRestoreFinish, .postCheck]
            : [
                .createTenant, .createTenant, RestoreTaskStatus(rawValue: "RESTORE_SYS_REPLICA"), RestoreTaskStatus(rawValue: "RESTORE_USER_REPLICA"),
                RestoreTaskStatus(rawValue: "RESTORE_REBUILD_INDEX"), RestoreTaskStatus(rawValue: "RESTORE_POST_CHECK"),
            ]
        return phases[min(step, phases.count - 1)]
    }
}
