import Foundation
import OCPAPI
import Testing

/// A data backup or restore row to the OCP task instance behind it, by time (the rows name
/// OceanBase's job, not the instance).
struct TaskInstanceMatchTests {
    func instance(_ id: Int64, start: String?, tenant: String? = nil) -> TaskInstance {
        var instance = TaskInstance(id: id, name: "task \(id)", status: .successful)
        instance.startTime = start.map(OCPTimestamp.init(raw:))
        if let tenant { instance.tenant = TaskTenantReference(id: 9, name: tenant) }
        return instance
    }

    func row(start: String?) -> DataBackupTask {
        DataBackupTask(taskId: 23, backupSetId: 23, startTime: start.map(OCPTimestamp.init(raw:)), status: .done)
    }

    @Test func aDataRowMatchesTheInstanceThatStartedLastBeforeIt() {
        let instances = [
            instance(1, start: "2024-06-01T02:00:01+08:00"), instance(2, start: "2024-06-02T02:00:01.5+08:00"),
            instance(3, start: "2024-06-03T02:00:02+08:00"), instance(4, start: nil),
        ]
        let match = TaskInstanceMatch.instance(for: row(start: "2024-06-02T02:00:40.993+0800"), among: instances.shuffled())
        #expect(match?.id == 2, "the job starts after the task that starts it")
    }

    @Test func aDataRowToleratesAnInstanceStampedAMomentLater() {
        let instances = [instance(1, start: "2024-06-02T02:00:30+08:00"), instance(2, start: "2024-06-02T02:02:00+08:00")]
        #expect(TaskInstanceMatch.instance(for: row(start: "2024-06-02T02:00:00+08:00"), among: instances)?.id == 1)
    }

    @Test func aDataRowMatchesNothingTooFarOrARestore() {
        let far = [instance(1, start: "2024-06-01T12:00:00+08:00"), instance(2, start: "2024-06-02T01:59:00+08:00", tenant: "trade_new")]
        #expect(TaskInstanceMatch.instance(for: row(start: "2024-06-02T02:00:00+08:00"), among: far) == nil)
        #expect(TaskInstanceMatch.instance(for: row(start: nil), among: far) == nil)
    }

    @Test func aRestoreRowMatchesTheInstanceOfItsNewTenantNearestItsCreation() {
        var restore = RestoreTask(id: 8, restoreTenantName: "trade_new", status: .pre)
        restore.createTime = OCPTimestamp(raw: "2024-06-02T10:00:00+08:00")
        let instances = [
            instance(1, start: "2024-06-02T10:00:01+08:00"), instance(2, start: "2024-06-02T10:00:02+08:00", tenant: "trade_new"),
            instance(3, start: "2024-06-01T10:00:02+08:00", tenant: "trade_new"), instance(4, start: "2024-06-02T09:59:59+08:00", tenant: "other"),
        ]
        #expect(TaskInstanceMatch.instance(for: restore, among: instances)?.id == 2)
        restore.restoreTenantName = nil
        #expect(TaskInstanceMatch.instance(for: restore, among: instances) == nil)
    }

    @Test func aPageOlderThanTheWindowEndsTheSearch() {
        let start = Date(timeIntervalSince1970: 1_717_300_000)
        let old = instance(1, start: "2024-06-01T00:00:00Z")
        #expect(TaskInstanceMatch.isPast(start, oldestOnPage: old))
        #expect(!TaskInstanceMatch.isPast(start, oldestOnPage: instance(2, start: "2024-06-02T03:00:00Z")))
        #expect(!TaskInstanceMatch.isPast(start, oldestOnPage: nil))
    }
}
