import Foundation
import OCPAPI

extension ConsoleFeature {
    /// The fleet health scan's results: alerts first, then each cluster's health, a new slot
    /// filled as each read ends; a scan that ends schedules the next one.
    func reduceHealth(_ state: inout ConsoleState, action: HealthAction) -> Effect<ConsoleAction> {
        switch action {
        case .alertsRead(let generation, let result):
            guard generation == state.health.generation, state.health.phase == .readingAlerts else { return .none }
            state.health.alerts = FleetAlerts(result)
            state.health.phase = .scanning
            return fillHealthSlots(&state)
        case .clusterRead(let generation, let summary):
            guard generation == state.health.generation else { return .none }
            state.health.inFlight.remove(summary.clusterId)
            record(summary, in: &state)
            return fillHealthSlots(&state)
        case .refreshDue(let generation):
            guard generation == state.health.generation, case .finished = state.health.phase else { return .none }
            return startHealthScan(&state)
        }
    }

    /// Starts a scan of the whole fleet (the cancelled reads of an older one are dropped): the
    /// alerts, then every cluster, the visible ones first. Off when the concurrency is 0.
    func startHealthScan(_ state: inout ConsoleState) -> Effect<ConsoleAction> {
        guard state.health.settings.concurrency > 0 else { return .none }
        let cancelled = state.health.inFlight.map { "health-\($0)" } + ["health-refresh"]
        state.health.generation += 1
        state.health.localOffset = dependencies.timeZoneOffset(dependencies.now())
        state.health.phase = .readingAlerts
        state.health.inFlight = []
        state.health.judged = 0
        state.health.backgroundRank = 0
        state.health.judgedAtLastSort = 0
        state.health.priority = state.list.visibleRows.map(\.id)
        let generation = state.health.generation
        let alerts = dependencies.health.alerts
        return Effect(cancellations: cancelled).merging(
            .task(id: "health-alerts") { .health(.alertsRead(generation: generation, await alerts().mapError(ErrorInfo.init))) })
    }

    /// Reads `id`'s health again next, ahead of the rest (after a change to its schedule); the
    /// scan starts when none runs.
    func rereadHealth(_ id: Int64, in state: inout ConsoleState) -> Effect<ConsoleAction> {
        guard state.health.settings.concurrency > 0 else { return .none }
        if var entry = state.health.entries[id], entry.generation == state.health.generation {
            entry.generation = -1
            state.health.entries[id] = entry
            state.health.judged -= 1
        }
        state.health.priority.insert(id, at: 0)
        guard state.health.isScanning else { return startHealthScan(&state) }
        // A read already under way may have started before the change: it is replaced.
        state.health.inFlight.remove(id)
        return fillHealthSlots(&state)
    }

    /// Keeps a cluster's health: the list's column, worst first and the problems filter.
    func record(_ summary: ClusterHealthSummary, in state: inout ConsoleState) {
        // The scan reads less than the detail: its answer does not replace the detail's verdict
        // of the same scan.
        if let old = state.health.entries[summary.clusterId], old.deep, !summary.deep, old.generation == summary.generation { return }
        if state.health.entries[summary.clusterId]?.generation != state.health.generation, summary.generation == state.health.generation {
            state.health.judged += 1
        }
        state.health.entries[summary.clusterId] = summary
        state.list.setHealth(summary.level, id: summary.clusterId)
    }

    /// Starts reads until `concurrency` run: the priority clusters, then the rest in the list's
    /// order. When nothing is left and the list has loaded, the scan ends, the list is sorted
    /// worst first again (when so sorted) and the next scan is scheduled.
    func fillHealthSlots(_ state: inout ConsoleState) -> Effect<ConsoleAction> {
        guard state.health.phase == .scanning else { return .none }
        var reads: [Effect<ConsoleAction>] = []
        while state.health.inFlight.count < state.health.settings.concurrency, let row = nextHealthRow(&state) {
            state.health.inFlight.insert(row.id)
            reads.append(readHealth(row, in: state))
        }
        let loading = if case .loading = state.list.load { true } else { state.list.load == .idle }
        if state.health.inFlight.isEmpty, !loading {
            state.health.phase = .finished(at: dependencies.now())
            state.list.resortByHealth()
            state.health.judgedAtLastSort = state.health.judged
            return .merge(reads + [scheduleHealthRefresh(state)])
        }
        // Worst first is brought up to date as every tenth of the fleet is judged, not on every
        // answer, so the rows do not move under the cursor all the time.
        let step = max(state.health.settings.concurrency, state.list.rows.count / 10)
        if state.list.sortKey == .health, state.health.judged - state.health.judgedAtLastSort >= step {
            state.list.resortByHealth()
            state.health.judgedAtLastSort = state.health.judged
        }
        return .merge(reads)
    }

    /// The next cluster to read: a priority one, else the next in the list's sort order
    /// (wrapping once), skipping those read by this scan or being read.
    private func nextHealthRow(_ state: inout ConsoleState) -> ClusterRow? {
        while !state.health.priority.isEmpty {
            let id = state.health.priority.removeFirst()
            if state.health.needsRead(id), let row = state.list.row(id: id) { return row }
        }
        let list = state.list
        let count = list.order.count
        guard state.health.judged + state.health.inFlight.count < count else { return nil }
        var looked = 0
        while looked < count {
            if state.health.backgroundRank >= count { state.health.backgroundRank = 0 }
            let row = list.rows[list.order[state.health.backgroundRank]]
            state.health.backgroundRank += 1
            looked += 1
            if state.health.needsRead(row.id) { return row }
        }
        return nil
    }

    /// Reads one cluster's health and judges it (off the loop's thread).
    private func readHealth(_ row: ClusterRow, in state: ConsoleState) -> Effect<ConsoleAction> {
        let (read, now, generation, id) = (dependencies.health.cluster, dependencies.now, state.health.generation, row.id)
        let alerts = state.health.alerts?.evidence(forClusterNamed: row.name) ?? .notRead
        let cluster = row.summary
        return .task(id: "health-\(id)") {
            let input = await read(cluster, alerts)
            return .health(.clusterRead(generation: generation, ClusterHealthSummary(input, clusterId: id, readAt: now(), generation: generation)))
        }
    }

    private func scheduleHealthRefresh(_ state: ConsoleState) -> Effect<ConsoleAction> {
        guard let interval = state.health.settings.refreshInterval else { return .none }
        let (sleep, generation) = (dependencies.sleep, state.health.generation)
        return .task(id: "health-refresh") {
            await sleep(interval)
            return .health(.refreshDue(generation: generation))
        }
    }
}
