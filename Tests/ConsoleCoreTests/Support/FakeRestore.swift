import Foundation
import OCPAPI
import Synchronization
import TestSupport

@testable import ConsoleCore

/// Fake restore reads, preview, restore tasks, export and drafts, recording every call; the
/// restore itself (through `mutate`) answers from `answers.send`, one answer a call.
final class FakeRestore: Sendable {
    struct Calls {
        var tenantReads: [Int64] = []
        var clusterReads: [Int64] = []
        var previews: [RestoreRequest] = []
        var restoreTaskReads: [Int64] = []
        var exports: [RestoreExport] = []
        var drafts: [DraftKey: RestoreDraft] = [:]
        var draftSaves = 0
        var draftDeletes: [DraftKey] = []
        /// Every restore mutation exactly as `mutate` received it.
        var sent: [PreparedMutation] = []
    }

    struct Answers {
        var tenants: [Int64: Result<[Tenant], OCPAPIError>] = [:]
        var clusters: [Int64: Result<Cluster, OCPAPIError>] = [:]
        var preview: Result<RestorePreview, OCPAPIError> = .success(RestoreFixtures.preview)
        var restoreTasks: Result<[RestoreTask], OCPAPIError> = .success([])
        var export: Result<String, ExportFailure> = .success("restore-t1_r.yaml")
        var send: [Result<MutationReceipt, OCPAPIError>] = [.success(Fixtures.receipt(.restore, tasks: [3_000_201]))]
    }

    let calls = Mutex(Calls())
    let answers = Mutex(Answers())

    func set(_ change: (inout Answers) -> Void) { answers.withLock { change(&$0) } }

    var recorded: Calls { calls.withLock { $0 } }

    /// The fakes as a client.
    var client: RestoreClient {
        RestoreClient(
            tenants: { id in
                self.calls.withLock { $0.tenantReads.append(id) }
                return self.answers.withLock { $0.tenants[id] } ?? .success([])
            },
            cluster: { id in
                self.calls.withLock { $0.clusterReads.append(id) }
                return self.answers.withLock { $0.clusters[id] }
                    ?? .failure(OCPAPIError(kind: .ocp, httpStatus: 404, code: "OBE11001", message: "No cluster \(id)."))
            },
            preview: { _, body in
                self.calls.withLock { $0.previews.append(body) }
                return self.answers.withLock { $0.preview }
            },
            restoreTasks: { id, _ in
                self.calls.withLock { $0.restoreTaskReads.append(id) }
                return self.answers.withLock { $0.restoreTasks }
            },
            writeExport: { export in
                self.calls.withLock { $0.exports.append(export) }
                return self.answers.withLock { $0.export }
            },
            loadDraft: { key in self.calls.withLock { $0.drafts[key] } },
            saveDraft: { draft in
                self.calls.withLock {
                    $0.drafts[draft.key] = draft
                    $0.draftSaves += 1
                }
            },
            deleteDraft: { key in
                self.calls.withLock {
                    $0.drafts[key] = nil
                    $0.draftDeletes.append(key)
                }
            })
    }

    /// Records a restore as sent and answers it with the next answer (the last one repeats).
    func answer(_ mutation: PreparedMutation) -> Result<MutationReceipt, OCPAPIError> {
        calls.withLock { $0.sent.append(mutation) }
        return answers.withLock { answers in
            let next = answers.send.first ?? .failure(.invalidRequest("no answer"))
            if answers.send.count > 1 { answers.send.removeFirst() }
            return next
        }
    }
}
