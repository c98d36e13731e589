import Foundation
import OCPAPI

/// What `--state FILE` holds: the strategies (secrets included; the file is mode 0600), the next
/// ids, and (from format 2) the living fleet: the simulated clock's position, when the world
/// began, what happened to each cluster acted on, and the restores. Format 1 files (strategies
/// only) are read too.
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
    /// The simulated time when the state was written.
    package var clock: Date?
    /// The simulated time the world began at (scenarios are placed relative to it).
    package var origin: Date?
    /// The next restore record id.
    package var nextRestoreId: Int64?
    /// Generated clusters whose made-up strategy was deleted.
    package var removedGeneratedStrategies: [Int64]?
    /// What happened to each cluster acted on, by cluster id (decimal).
    package var ledgers: [String: ClusterLedger]?
    /// The restores started.
    package var restores: [RestoreRecord]?

    /// The format version written.
    package static let currentVersion = 2
    /// The format versions read.
    package static let readableVersions = 1...currentVersion

    /// Makes a state.
    package init(nextStrategyId: Int64, nextStorageId: Int64, nextTaskId: Int64, strategies: [BackupStrategy]) {
        self.version = Self.currentVersion
        self.nextStrategyId = nextStrategyId
        self.nextStorageId = nextStorageId
        self.nextTaskId = nextTaskId
        self.strategies = strategies
    }
}
