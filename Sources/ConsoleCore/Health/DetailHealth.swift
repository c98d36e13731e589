import Foundation
import OCPAPI

/// The health rules over what the detail pane has read of a cluster: its overview, strategy,
/// the data and log tasks of the Tasks tab's seven days, the recoverable windows when the
/// Recoverable tab read them, and its alerts from the scan, judged at OCP's time of the
/// overview's answer. The Overview tab shows this report, and the list's column takes it once
/// the overview, the strategy and the tasks are in.
public enum DetailHealth {
    /// The rules' inputs for cluster `id`; `nil` until the overview was read or failed.
    public static func input(for id: Int64, in state: ConsoleState) -> HealthInput? {
        guard let row = state.list.row(id: id), let overviews = state.overviews[id], overviews.value != nil || overviews.error != nil,
            let now = overviews.value?.answeredAt ?? state.taskLists[id]?.value?.answeredAt ?? state.health.entries[id]?.judgedAt
        else { return nil }
        let lists = state.taskLists[id]
        return HealthInput(
            cluster: row.summary, overview: evidence(overviews) { $0.value }, strategy: evidence(state.strategies[id]) { $0.strategy },
            dataTasks: evidence(lists) { $0.lists.data }, logTasks: evidence(lists) { $0.lists.log },
            recoverability: evidence(state.recoverability[id]) { $0.recoverability },
            alerts: state.health.alerts?.evidence(forClusterNamed: row.name) ?? .notRead, now: now)
    }

    /// The report of ``input(for:in:)``.
    public static func report(for id: Int64, in state: ConsoleState) -> HealthReport? {
        input(for: id, in: state).map(BackupHealth.evaluate)
    }

    /// A loaded value as evidence: the last good value, else the failure, else not read.
    static func evidence<Value, Field>(_ loadable: Loadable<Value>?, _ field: (Value) -> Field) -> HealthEvidence<Field> {
        if let value = loadable?.value { return .read(field(value)) }
        if let error = loadable?.error { return .failed(error.summary) }
        return .notRead
    }
}

extension ConsoleFeature {
    /// Judges cluster `id` from the detail's reads and gives the list's column that verdict,
    /// once the overview, the strategy and the tasks have been read (not when the health scan
    /// is off: the column then stays empty).
    func judgeFromDetail(_ id: Int64, in state: inout ConsoleState) {
        guard state.health.settings.concurrency > 0, state.overviews[id]?.value != nil, state.strategies[id]?.value != nil,
            state.taskLists[id]?.value != nil, let input = DetailHealth.input(for: id, in: state)
        else { return }
        state.health.localOffset = dependencies.timeZoneOffset(dependencies.now())
        record(ClusterHealthSummary(input, clusterId: id, readAt: dependencies.now(), generation: state.health.generation, deep: true), in: &state)
    }
}

extension ConsoleAction {
    /// The cluster whose detail this action brought an input of the health rules.
    var healthInputClusterId: Int64? {
        switch self {
        case .strategyLoaded(let id, _): id
        case .operation(.overviewRead(let id, _)), .operation(.scheduleFactsRead(let id, _)): id
        case .history(.taskListsLoaded(let id, _)), .history(.backupInfoLoaded(let id, _)): id
        default: nil
        }
    }
}
