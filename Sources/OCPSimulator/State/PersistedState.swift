import OCPAPI

/// What `--state FILE` holds: the strategies (secrets included; the file is mode 0600) and the
/// next ids, so ids keep counting across restarts.
package struct PersistedState: Codable, Sendable, Hashable {
    /// The file format version.
    package var version: Int
    /// The next strategy id.
    package var nextStrategyId: Int64
    /// The next storage configuration id.
    package var nextStorageId: Int64
    /// The next task id.
    package var nextTaskId: Int64
    /// The strategies, one per cluster, as stored (storage URLs without protocol, secrets in clear).
    package var strategies: [BackupStrategy]

    /// The format version written.
    package static let currentVersion = 1

    /// Makes a state.
    package init(nextStrategyId: Int64, nextStorageId: Int64, nextTaskId: Int64, strategies: [BackupStrategy]) {
        self.version = Self.currentVersion
        self.nextStrategyId = nextStrategyId
        self.nextStorageId = nextStorageId
        self.nextTaskId = nextTaskId
        self.strategies = strategies
    }
}
