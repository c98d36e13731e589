import Foundation
import OCPAPI
import Synchronization

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

    init(_ answers: Answers = Answers()) {
        self.answers = Mutex(answers)
    }

    func set(_ change: (inout Answers) -> Void) {
        answers.withLock { change(&$0) }
    }

    var recorded: Calls { calls.withLock { $0 } }

    var dependencies: ConsoleDependencies {
        ConsoleDependencies(
            listClusters: { onPage in
                let answers = self.answers.withLock { $0 }
                self.calls.withLock { $0.listCalls += 1 }
                for page in answers.pages { await onPage(page.map(ClusterSummary.init)) }
                if let error = answers.listError { return .failure(error) }
                return .success(answers.pages.reduce(0) { $0 + $1.count })
            },
            ability: { id in
                self.calls.withLock { $0.abilityReads.append(id) }
                return self.answers.withLock { $0.ability }
            },
            strategy: { id in
                self.calls.withLock { $0.strategyReads.append(id) }
                return self.answers.withLock { $0.strategy }
            },
            create: { _, body in
                self.calls.withLock { $0.creates.append(body) }
                if let gate = self.answers.withLock({ $0.createGate }) {
                    for await _ in gate {}
                }
                return self.answers.withLock { $0.create }
            },
            modify: { _, body in
                self.calls.withLock { $0.modifies.append(body) }
                return self.answers.withLock { $0.modify }
            },
            delete: { id in
                self.calls.withLock { $0.deletes.append(id) }
                return self.answers.withLock { $0.delete }
            },
            now: { Fixtures.now },
            timeZoneOffset: { _ in Fixtures.localOffset },
            sleep: { _ in },
            drafts: DraftStoreClient(
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
                }),
            strategyFiles: StrategyFileClient { export in
                self.calls.withLock { $0.exports.append(export) }
                return self.answers.withLock { $0.export }
            })
    }

    func store(_ state: ConsoleState = ConsoleState(profile: "prod", readOnly: false)) -> TestStore<ConsoleFeature> {
        TestStore(initialState: state, feature: ConsoleFeature(dependencies: dependencies))
    }
}
