import Foundation
import OCPAPI
import Synchronization
import TestSupport

@testable import ConsoleCore

/// Fake backup-operations reads and changes, recording every call. A task's reads answer from
/// a queue: each read takes the next answer, the last one repeats.
final class FakeOperations: Sendable {
    struct Calls: Equatable {
        var taskReads: [Int64] = []
        var logReads: [Int64] = []
        var lookups: [Int64] = []
        var recentReads: [Int64] = []
        var overviewReads: [Int64] = []
        var logTaskReads: [Int64] = []
        var taskListReads: [Int64] = []
        var taskListRanges: [OCPTimeRange] = []
        var backupInfoReads: [Int64] = []
        /// Every wait asked for (polls and flashes).
        var sleeps: [Duration] = []
        /// The operations' mutations as `mutate` received them.
        var mutations: [PreparedMutation] = []
    }

    struct Answers {
        var tasks: [Int64: [Result<Served<TaskInstance>, OCPAPIError>]] = [:]
        var logs: [Int64: Result<SubtaskLog, OCPAPIError>] = [:]
        var lookup: Result<TaskInstance?, OCPAPIError> = .success(nil)
        var recent: Result<[TaskInstance], OCPAPIError> = .success([])
        var overviews: [Result<Served<BackupOverview>, OCPAPIError>] = []
        var logTasks: Result<[LogBackupTask], OCPAPIError> = .success([])
        var taskLists: Result<Served<ClusterTaskLists>, OCPAPIError> = .success(
            Served(ClusterTaskLists(data: [], log: [], restore: []), answeredAt: Fixtures.now))
        var backupInfo: Result<Served<ClusterBackupInfo>, OCPAPIError> = .failure(OCPAPIError(kind: .ocp, httpStatus: 500, message: "No info."))
        var backupNow: Result<MutationReceipt, OCPAPIError> = .success(Fixtures.receipt(.dataBackupNow, tasks: [3_000_101]))
        var schedule: Result<MutationReceipt, OCPAPIError> = .success(Fixtures.receipt(.stopSchedule, tasks: []))
        var retry: Result<MutationReceipt, OCPAPIError>?
    }

    let calls = Mutex(Calls())
    let answers = Mutex(Answers())

    func set(_ change: (inout Answers) -> Void) {
        answers.withLock { change(&$0) }
    }

    var recorded: Calls { calls.withLock { $0 } }

    /// The reads as a client.
    var client: BackupOperationsClient {
        BackupOperationsClient(
            taskInstance: { id in
                self.calls.withLock { $0.taskReads.append(id) }
                return self.answers.withLock { answers in
                    guard var queue = answers.tasks[id], let next = queue.first else {
                        return .failure(OCPAPIError(kind: .ocp, httpStatus: 404, code: "TSK10001", message: "No task \(id)."))
                    }
                    if queue.count > 1 { queue.removeFirst() }
                    answers.tasks[id] = queue
                    return next
                }
            },
            subtaskLog: { _, subtask in
                self.calls.withLock { $0.logReads.append(subtask) }
                return self.answers.withLock { $0.logs[subtask] ?? .success(SubtaskLog(log: "")) }
            },
            dataBackupInstance: { cluster, _ in
                self.calls.withLock { $0.lookups.append(cluster) }
                return self.answers.withLock { $0.lookup }
            },
            restoreInstance: { cluster, _ in
                self.calls.withLock { $0.lookups.append(cluster) }
                return self.answers.withLock { $0.lookup }
            },
            recentTaskInstances: { cluster in
                self.calls.withLock { $0.recentReads.append(cluster) }
                return self.answers.withLock { $0.recent }
            },
            overview: { cluster in
                self.calls.withLock { $0.overviewReads.append(cluster) }
                return self.answers.withLock { answers in
                    guard let next = answers.overviews.first else {
                        return .failure(OCPAPIError(kind: .ocp, httpStatus: 500, code: "COM10000", message: "No overview."))
                    }
                    if answers.overviews.count > 1 { answers.overviews.removeFirst() }
                    return next
                }
            },
            logBackupTasks: { cluster, _ in
                self.calls.withLock { $0.logTaskReads.append(cluster) }
                return self.answers.withLock { $0.logTasks }
            },
            taskLists: { cluster, range in
                self.calls.withLock {
                    $0.taskListReads.append(cluster)
                    $0.taskListRanges.append(range)
                }
                return self.answers.withLock { $0.taskLists }
            },
            backupInfo: { cluster in
                self.calls.withLock { $0.backupInfoReads.append(cluster) }
                return self.answers.withLock { $0.backupInfo }
            })
    }

    /// Records a mutation and answers it.
    func answer(_ mutation: PreparedMutation) async -> Result<MutationReceipt, OCPAPIError> {
        calls.withLock { $0.mutations.append(mutation) }
        return answers.withLock { answers in
            switch mutation.operation {
            case .backupNow: return answers.backupNow
            case .pauseSchedule, .resumeSchedule: return answers.schedule
            case .retryTask:
                return answers.retry ?? .failure(OCPAPIError(kind: .ocp, httpStatus: 400, code: "TSK10007", message: "Not failed."))
            case .create, .modify, .delete, .restore: return .failure(.invalidRequest("not an operation"))
            }
        }
    }
}
