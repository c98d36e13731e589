import Foundation
import OCPAPI
import OCPSimulator
import Testing

/// From a data backup or restore row to its OCP task instance through the cluster's task list,
/// against a living simulator (the rows' own ids are OceanBase's, not the instances').
@Suite("Operations: a task row's instance")
struct TaskInstanceLookupTests {
    @Test func everyScheduledDataRowOfAWeekFindsItsOwnInstance() async throws {
        try await LiveOperationsTests.with { _, client in
            let rows = try await client.allDataBackupTasks(clusterId: LiveOperationsTests.core)
            #expect(rows.count >= 3)
            var seen = Set<Int64>()
            for row in rows {
                let instance = try #require(try await client.taskInstance(for: row, clusterId: LiveOperationsTests.core, pageSize: 2))
                #expect(instance.id != row.taskId && instance.statusClass == row.statusClass && instance.type == .scheduled)
                #expect(instance.startTime?.date == row.startTime?.date)
                seen.insert(instance.id)
            }
            #expect(seen.count == rows.count, "no two rows share an instance")
        }
    }

    @Test func aBackupStartedNowFindsTheTaskItsAnswerNamed() async throws {
        try await LiveOperationsTests.with { clock, client in
            let full = BackupNowRequest(backupMode: .physical, dataBackupMode: .full, obBackupServiceStorageConfig: LiveOperationsTests.storage())
            let id = try #require(try await client.backupNow(clusterId: LiveOperationsTests.billing, full).value.allTaskIds.first)
            clock.advance(by: 20)
            let row = try #require(try await client.allDataBackupTasks(clusterId: LiveOperationsTests.billing).first)
            #expect(try await client.taskInstance(for: row, clusterId: LiveOperationsTests.billing)?.id == id)
        }
    }
}
