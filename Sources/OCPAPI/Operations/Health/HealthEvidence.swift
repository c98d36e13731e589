import Foundation

/// One input of the health rules: read, failed to read, or not asked for.
public enum HealthEvidence<Value: Sendable>: Sendable {
    /// The value that was read.
    case read(Value)
    /// The read failed; the rules that need it say unknown. The text says why.
    case failed(String)
    /// Not asked for; the rules that need it are left unchecked.
    case notRead

    /// The value, when read.
    public var value: Value? {
        if case .read(let value) = self { return value }
        return nil
    }

    /// Why the read failed, when it did.
    public var problem: String? {
        if case .failed(let problem) = self { return problem }
        return nil
    }

    /// `.read` of a call's value, or `.failed` with the error's one-line summary.
    public static func of(_ read: () async throws(OCPAPIError) -> Value) async -> HealthEvidence<Value> {
        do {
            return .read(try await read())
        } catch {
            return .failed(error.summary)
        }
    }
}

/// Everything the health rules read about one cluster, and the time to judge at (use the
/// server's time, `OCPResponse.serverTime`, when the clocks may differ).
public struct HealthInput: Sendable {
    /// The cluster as listed (type and status when the overview is missing).
    public var cluster: ClusterSummary?
    /// The backup overview.
    public var overview: HealthEvidence<BackupOverview>
    /// The strategy; `.read(nil)` when the cluster has none (BAK21006).
    public var strategy: HealthEvidence<BackupStrategy?>
    /// The latest data backup tasks (any order).
    public var dataTasks: HealthEvidence<[DataBackupTask]>
    /// The log backup tasks (any order); the running one, else the newest, is judged.
    public var logTasks: HealthEvidence<[LogBackupTask]>
    /// The recoverable windows.
    public var recoverability: HealthEvidence<ClusterRecoverability>
    /// The cluster's alert events (see `BackupAlarmIndex`).
    public var alerts: HealthEvidence<[AlarmEvent]>
    /// When to judge at.
    public var now: Date

    /// Makes an input; what is not given is not read.
    public init(
        cluster: ClusterSummary? = nil, overview: HealthEvidence<BackupOverview> = .notRead,
        strategy: HealthEvidence<BackupStrategy?> = .notRead, dataTasks: HealthEvidence<[DataBackupTask]> = .notRead,
        logTasks: HealthEvidence<[LogBackupTask]> = .notRead, recoverability: HealthEvidence<ClusterRecoverability> = .notRead,
        alerts: HealthEvidence<[AlarmEvent]> = .notRead, now: Date
    ) {
        self.cluster = cluster
        self.overview = overview
        self.strategy = strategy
        self.dataTasks = dataTasks
        self.logTasks = logTasks
        self.recoverability = recoverability
        self.alerts = alerts
        self.now = now
    }
}
