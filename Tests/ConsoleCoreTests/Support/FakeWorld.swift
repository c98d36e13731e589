import Foundation
import OCPAPI
import Synchronization
import TestSupport

@testable import ConsoleCore

/// Fake OCP, clock and draft store, recording every call.
final class FakeWorld: Sendable {
    struct Calls {
        var listCalls = 0
        var abilityReads: [Int64] = []
        var strategyReads: [Int64] = []
        var creates: [BackupStrategyRequest] = []
        var modifies: [BackupStrategyRequest] = []
        var deletes: [Int64] = []
        /// Every mutation exactly as `mutate` received it.
        var mutations: [PreparedMutation] = []
        var drafts: [DraftKey: WizardDraft] = [:]
        var draftSaves = 0
        var draftDeletes: [DraftKey] = []
        var exports: [StrategyExport] = []
    }

    struct Answers {
        var pages: [[Cluster]] = []
        var listError: OCPAPIError?
        var ability: Result<BackupAbility, OCPAPIError> = .success(Fixtures.ability())
        var strategy: Result<BackupStrategy?, OCPAPIError> = .success(nil)
        var create: Result<MutationReceipt, OCPAPIError> = .success(Fixtures.receipt(.createStrategy, tasks: [3_000_041]))
        var modify: Result<MutationReceipt, OCPAPIError> = .success(Fixtures.receipt(.updateStrategy, tasks: []))
        var delete: Result<MutationReceipt, OCPAPIError> = .success(Fixtures.receipt(.deleteStrategy, tasks: []))
        var draftSaveFails = false
        var draftLoadFails = false
        var export: Result<String, ExportFailure> = .success("strategy-alpha.yaml")
        /// When set, create waits until this stream ends before answering.
        var createGate: AsyncStream<Void>?
    }

    let calls = Mutex(Calls())
    let answers: Mutex<Answers>
    /// The backup-operations reads and changes (`FakeOperations`).
    let operations = FakeOperations()
    /// The health scan's reads (`FakeHealth`).
    let health = FakeHealth()
    /// The restore wizard's reads and the restore itself (`FakeRestore`).
    let restore = FakeRestore()

    init(_ answers: Answers = Answers()) {
        self.answers = Mutex(answers)
    }

    func set(_ change: (inout Answers) -> Void) {
        answers.withLock { change(&$0) }
    }

    var recorded: Calls { calls.withLock { $0 } }

    /// The fakes over `ConsoleDependencies.failing`: a dependency added later fails only the
    /// tests that reach it until it is faked here.
    var dependencies: ConsoleDependencies {
        var dependencies = ConsoleDependencies.failing(now: Fixtures.now, timeZoneOffset: Fixtures.localOffset)
        dependencies.listClusters = { onPage in
            let answers = self.answers.withLock { $0 }
            self.calls.withLock { $0.listCalls += 1 }
            for page in answers.pages { await onPage(page.map(ClusterSummary.init)) }
            if let error = answers.listError { return .failure(error) }
            return .success(answers.pages.reduce(0) { $0 + $1.count })
        }
        dependencies.ability = { id in
            self.calls.withLock { $0.abilityReads.append(id) }
            return self.answers.withLock { $0.ability }
        }
        dependencies.strategy = { id in
            self.calls.withLock { $0.strategyReads.append(id) }
            return self.answers.withLock { $0.strategy }
        }
        dependencies.mutate = { mutation in await self.answer(mutation) }
        dependencies.operations = operations.client
        dependencies.health = health.client
        dependencies.restore = restore.client
        dependencies.sleep = { duration in self.operations.calls.withLock { $0.sleeps.append(duration) } }
        dependencies.drafts = DraftStoreClient(
            load: { key in
                if self.answers.withLock({ $0.draftLoadFails }) { throw CocoaError(.fileReadCorruptFile) }
                return self.calls.withLock { $0.drafts[key] }
            },
            save: { draft in
                if self.answers.withLock({ $0.draftSaveFails }) { throw CocoaError(.fileWriteOutOfSpace) }
                self.calls.withLock {
                    $0.drafts[draft.key] = draft
                    $0.draftSaves += 1
                }
            },
            delete: { key in
                self.calls.withLock {
                    $0.drafts[key] = nil
                    $0.draftDeletes.append(key)
                }
            })
        dependencies.strategyFiles = StrategyFileClient { export in
            self.calls.withLock { $0.exports.append(export) }
            return self.answers.withLock { $0.export }
        }
        return dependencies
    }

    /// Records a mutation as it was sent (and the strategy body in it) and answers it.
    private func answer(_ mutation: PreparedMutation) async -> Result<MutationReceipt, OCPAPIError> {
        let body = mutation.request.body.flatMap { try? OCPJSON.decode(BackupStrategyRequest.self, from: $0) }
        calls.withLock { calls in
            calls.mutations.append(mutation)
            switch mutation.operation {
            case .create: if let body { calls.creates.append(body) }
            case .modify: if let body { calls.modifies.append(body) }
            case .delete: calls.deletes.append(mutation.clusterId)
            case .backupNow, .pauseSchedule, .resumeSchedule, .retryTask, .restore: break
            }
        }
        switch mutation.operation {
        case .create:
            if let gate = answers.withLock({ $0.createGate }) {
                for await _ in gate {}
            }
            return answers.withLock { $0.create }
        case .modify: return answers.withLock { $0.modify }
        case .delete: return answers.withLock { $0.delete }
        case .restore: return restore.answer(mutation)
        case .backupNow, .pauseSchedule, .resumeSchedule, .retryTask: return await operations.answer(mutation)
        }
    }

    /// A store over `state`; the fleet health scan and the detail following the cursor are off
    /// unless `health` turns them on, so a test states only the reads it is about.
    func store(_ state: ConsoleState = ConsoleState(profile: "prod", readOnly: false), health: HealthScanSettings = .off) -> TestStore<ConsoleFeature>
    {
        var state = state
        state.health.settings = health
        return TestStore(initialState: state, feature: ConsoleFeature(dependencies: dependencies))
    }
}
