import Foundation
import OCPAPI
import Testing

/// Every status spelling OCP's pages, its web console and OceanBase itself use is classified;
/// anything else is unknown and kept as it came.
struct StatusClassTests {
    @Test(arguments: [
        ("BEGINNING", StatusClass.running), ("INITIALIZING", .running), ("DOING", .running), ("CANCELING", .running), ("INIT", .running),
        ("BACKUP_SYS_META", .running), ("BACKUP_USER_META", .running), ("BACKUP_META_FINISH", .running), ("BACKUP_SYS_DATA", .running),
        ("BACKUP_USER_DATA", .running), ("BEFORE_BACKUP_LOG", .running), ("BACKUP_FUSE_TABLET_MATE", .running),
        ("PREPARE_BACKUP_LOG", .running), ("DONE", .succeeded), ("COMPLETED", .succeeded), ("FAILED", .failed), ("CANCELED", .failed),
        ("OVERDUE", .failed), ("UNKNOWN", .unknown), ("SOMETHING_NEW", .unknown), ("done", .succeeded), (" DOING ", .running),
    ])
    func dataBackupStatuses(raw: String, expected: StatusClass) {
        #expect(DataBackupTaskStatus(rawValue: raw).statusClass == expected)
    }

    @Test(arguments: [
        ("RUNNING", StatusClass.running), ("INPROGRESS", .running), ("DOING", .running), ("BEGINNING", .running), ("STARTING", .running),
        ("PREPARE", .running), ("STOPPING", .paused), ("STOPPED", .paused), ("STOP", .paused), ("SUSPENDING", .paused), ("SUSPEND", .paused),
        ("FAILED", .failed), ("INTERRUPTED", .failed), ("UNKNOWN", .unknown), ("LAGGING", .unknown),
    ])
    func logBackupStatuses(raw: String, expected: StatusClass) {
        #expect(LogBackupTaskStatus(rawValue: raw).statusClass == expected)
    }

    @Test(arguments: [
        ("RESTORE_SUCCESS", StatusClass.succeeded), ("SUCCESS", .succeeded), ("COMPLETED", .succeeded), ("RESTORE_FAIL", .failed),
        ("FAIL", .failed), ("FAILED", .failed), ("CANCELED", .failed), ("AN ERROR OCCURRED WHILE RECOVERING DATA", .failed),
        ("FAILED TO RECOVER LOGS", .failed), ("RESTORE_CREATE_TENANT", .running), ("RESTORE_SYS_REPLICA", .running),
        ("RESTORE_UPGRADE_PRE", .running), ("RESTORE_UPGRADE_POST", .running), ("RESTORE_MODIFY_SCHEMA", .running),
        ("RESTORE_CREATE_USER_PARTITIONS", .running), ("RESTORE_USER_REPLICA", .running), ("RESTORE_REBUILD_INDEX", .running),
        ("RESTORE_POST_CHECK", .running), ("RESTORE_PRE", .running), ("RESTORE_CREATE_INIT_LS", .running), ("RESTORE_WAIT_LS", .running),
        ("POST_CHECK", .running), ("UPGRADE", .running), ("WAIT_TENANT_RESTORE_FINISH", .running), ("CREATE_TENANT", .running),
        ("RESTORING", .running), ("START", .running), ("RECOVERING", .running), ("RECOVERING DATA", .running),
        ("RECOVERING LOGS", .running), ("THE TENANT IS BEING CREATED", .running), ("IN PROGRESS", .running), ("SET PARAMETERS", .running),
        ("WAITING FOR THE TENANT RECOVERY TO COMPLETE", .running), ("CREAT BASELINE LOG STREAM", .running), ("Completed", .succeeded),
        ("???", .unknown),
    ])
    func restoreStatuses(raw: String, expected: StatusClass) {
        #expect(RestoreTaskStatus(rawValue: raw).statusClass == expected)
    }

    @Test func taskAndSubtaskStatuses() {
        #expect(TaskInstanceStatus.documented.map(\.statusClass) == [.running, .failed, .succeeded])
        #expect(SubtaskStatus.documented.map(\.statusClass) == [.pending, .pending, .running, .running, .failed, .succeeded])
        #expect(TaskInstanceStatus(rawValue: "ROLLING_BACK").statusClass == .unknown)
    }

    @Test func anUnknownValueIsKeptAndANumberReadAsText() throws {
        let row = try OCPJSON.decoder().decode(DataBackupTask.self, from: Data(#"{"status":"WHATEVER_NEXT","taskId":1}"#.utf8))
        #expect(row.status?.rawValue == "WHATEVER_NEXT" && row.status?.isDocumented == false && row.statusClass == .unknown)
        let task = try OCPJSON.decoder().decode(TaskInstance.self, from: Data(#"{"id":1,"status":3}"#.utf8))
        #expect(task.status?.rawValue == "3" && task.statusClass == .unknown, "the table types the status as Integer")
        #expect(DataBackupTask(status: nil).statusClass == .unknown)
    }

    @Test func finalClasses() {
        #expect(StatusClass.allCases.filter(\.isFinal) == [.succeeded, .failed])
    }
}
