import Foundation
import OCPAPI
import TestSupport
import Testing

@testable import ConsoleCore

/// `BackupOperationsClient.live` and the operations' `mutate` over a scripted transport: OCP's
/// time of the answer is kept, a retry's answer is the task, and a change is sent once.
@Suite struct LiveOperationsDependenciesTests {
    static func envelope(_ data: String) -> ScriptedTransport.Answer {
        .json(
            status: 200, "{\"data\":\(data),\"successful\":true,\"status\":200,\"timestamp\":\"2026-11-20T20:00:05.000+08:00\",\"traceId\":\"t-9\"}")
    }

    static let task =
        "{\"id\":3000101,\"name\":\"Full data backup\",\"status\":\"RUNNING\",\"subtasks\":[{\"id\":1,\"name\":\"a\",\"status\":\"RUNNING\"}]}"

    @Test func aTaskKeepsOCPsTimeOfTheAnswer() async throws {
        let transport = ScriptedTransport(routes: ["GET /api/v2/tasks/instances/3000101": [Self.envelope(Self.task)]])
        let served = try await LiveDependenciesTests.dependencies(transport).operations.taskInstance(3_000_101).get()
        #expect(served.value.status == .running && served.value.subtasks?.count == 1)
        #expect(served.answeredAt == OCPTimestamp(raw: "2026-11-20T20:00:05.000+08:00").date)
    }

    @Test func theOverviewAndTheLogAreRead() async throws {
        let transport = ScriptedTransport(routes: [
            "GET /api/v2/ob/clusters/1/backup/overview": [Self.envelope("{\"clusterId\":1,\"backupScheduleStatus\":\"PAUSED\"}")],
            "GET /api/v2/tasks/instances/7/subtasks/8/log": [Self.envelope("{\"log\":\"line one\\nline two\"}")],
        ])
        let operations = try LiveDependenciesTests.dependencies(transport).operations
        #expect(try await operations.overview(1).get().value.backupScheduleStatus == .paused)
        #expect(try await operations.subtaskLog(7, 8).get().log == "line one\nline two")
    }

    @Test func aRetryAnswersWithTheTaskAndIsSentOnce() async throws {
        let transport = ScriptedTransport(routes: ["POST /api/v2/tasks/instances/3000101/retry": [Self.envelope(Self.task)]])
        let receipt = try await LiveDependenciesTests.dependencies(transport).mutate(.retry(taskId: 3_000_101, clusterId: 1)).get()
        #expect(receipt.task?.id == 3_000_101 && receipt.taskIds == [3_000_101] && receipt.traceId == "t-9")
        #expect(transport.sentRoutes == ["POST /api/v2/tasks/instances/3000101/retry"])
    }

    @Test func aBackupNowWithoutAnswerIsAnUnknownOutcomeSentOnce() async throws {
        let transport = ScriptedTransport(routes: ["POST /api/v2/ob/clusters/1/backup/backupNow": [.failure(.timedOut)]])
        let mutation = try PreparedMutation.backupNow(clusterId: 1, strategy: Fixtures.strategy(), kind: .full)
        let dependencies = try LiveDependenciesTests.dependencies(transport)
        guard case .failure(let error) = await dependencies.mutate(mutation) else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.kind == .outcomeUnknown && transport.sentRoutes == ["POST /api/v2/ob/clusters/1/backup/backupNow"])
    }

    @Test func pauseAndResumeAnswerWithoutTasks() async throws {
        let body = "{\"backupObjectOpsResultList\":[{\"beSuccessful\":true}],\"obBackupTaskType\":\"STOP_BACKUP_SCHEDULE\"}"
        let path = "/api/v2/ob/clusters/1/backup/config/backupStrategy/stopSchedule"
        let transport = ScriptedTransport(routes: ["POST " + path: [Self.envelope(body)]])
        let receipt = try await LiveDependenciesTests.dependencies(transport).mutate(.schedule(clusterId: 1, pause: true)).get()
        #expect(receipt.response.obBackupTaskType == .stopSchedule && receipt.taskIds.isEmpty && receipt.task == nil)
    }
}
