import Foundation
import OCPAPI

extension ConsoleDependencies {
    /// Dependencies whose every closure is unimplemented: a call reports
    /// `"ConsoleDependencies.<name> called but not set"` to `report` and answers as harmlessly as
    /// it can (an OCP failure, the epoch, no offset, no wait, no draft, no file). Tests start from
    /// this (through `ConsoleDependencies.failing` in TestSupport, which records an issue) and set
    /// only what they use, so adding a dependency breaks no test; the benchmark passes a `report`
    /// that ignores the call.
    package static func unimplemented(report: @escaping @Sendable (_ message: String) -> Void) -> ConsoleDependencies {
        @Sendable func unset(_ name: String) -> OCPAPIError {
            let message = "ConsoleDependencies.\(name) called but not set"
            report(message)
            return .invalidRequest(message)
        }
        return ConsoleDependencies(
            listClusters: { _ in .failure(unset("listClusters")) },
            ability: { _ in .failure(unset("ability")) },
            strategy: { _ in .failure(unset("strategy")) },
            mutate: { _ in .failure(unset("mutate")) },
            now: {
                _ = unset("now")
                return Date(timeIntervalSince1970: 0)
            },
            timeZoneOffset: { _ in
                _ = unset("timeZoneOffset")
                return 0
            },
            sleep: { _ in _ = unset("sleep") },
            drafts: DraftStoreClient(
                load: { _ in throw unset("drafts.load") }, save: { _ in throw unset("drafts.save") },
                delete: { _ in throw unset("drafts.delete") }),
            operations: .unimplemented(unset), health: .unimplemented(unset),
            strategyFiles: StrategyFileClient { _ in .failure(ExportFailure(unset("strategyFiles.write").message)) },
            restore: .unimplemented(unset))
    }
}
