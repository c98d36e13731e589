import Foundation

/// Reading what the health rules need, failures kept as evidence rather than thrown.
extension OCPClient {
    /// The inputs of `BackupHealth.evaluate` for one cluster: the overview and the strategy, read
    /// side by side (the fleet scan's two calls); with `deep`, also the data backup tasks of the
    /// last seven days, the log backup tasks and the parsed backup data. `alerts` are the
    /// cluster's events from the one fleet-wide query (`BackupAlarmIndex`), or `.notRead`. `now`
    /// is when to judge at; when `nil`, the overview's server time (or this machine's clock).
    public func healthInput(
        for cluster: ClusterSummary, deep: Bool = false, alerts: HealthEvidence<[AlarmEvent]> = .notRead, now: Date? = nil
    ) async -> HealthInput {
        let id = cluster.id
        async let overview = HealthEvidence.of { () async throws(OCPAPIError) in try await backupOverview(clusterId: id) }
        async let strategy = HealthEvidence.of { () async throws(OCPAPIError) in try await backupStrategyIfAny(clusterId: id)?.value }
        let overviewResponse = await overview
        let judgedAt = now ?? overviewResponse.value?.serverTime?.date ?? self.now()
        guard deep else {
            return HealthInput(
                cluster: cluster, overview: overviewResponse.map(\.value), strategy: await strategy, alerts: alerts, now: judgedAt)
        }
        let week = OCPTimeRange.lastSevenDays(before: judgedAt)
        async let dataTasks = HealthEvidence.of { () async throws(OCPAPIError) in try await allDataBackupTasks(clusterId: id, range: week) }
        async let logTasks = HealthEvidence.of { () async throws(OCPAPIError) in try await allLogBackupTasks(clusterId: id) }
        async let info = HealthEvidence.of { () async throws(OCPAPIError) in try await backupInfo(clusterId: id) }
        let infoResponse = await info
        let recoverability = infoResponse.map { response in
            ClusterRecoverability(response.value, scope: RecoverabilityScope(end: response.serverTime?.date ?? judgedAt))
        }
        return HealthInput(
            cluster: cluster, overview: overviewResponse.map(\.value), strategy: await strategy, dataTasks: await dataTasks,
            logTasks: await logTasks, recoverability: recoverability, alerts: alerts, now: judgedAt)
    }
}

extension HealthEvidence {
    /// The evidence of a transformed value.
    public func map<Other: Sendable>(_ transform: (Value) -> Other) -> HealthEvidence<Other> {
        switch self {
        case .read(let value): .read(transform(value))
        case .failed(let problem): .failed(problem)
        case .notRead: .notRead
        }
    }
}
