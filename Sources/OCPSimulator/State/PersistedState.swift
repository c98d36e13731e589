import Foundation
import OCPAPI

/// What `--state FILE` holds: the strategies (secrets included; the file is mode 0600), the next
/// ids, and (from format 2) the living fleet: the simulated clock's position, when the world
/// began, what happened to each cluster acted on, and the restores. Format 1 files (strategies
/// only) are read too.
public struct PersistedState: Codable, Sendable, Hashable {
    /// The file format version.
    public var version: Int
    /// The next strategy id.
    public var nextStrategyId: Int64
    /// The next storage configuration id.
    public var nextStorageId: Int64
    /// The next task id.
    public var nextTaskId: Int64
    /// The strategies, one per cluster, as stored (storage URLs without protocol, secrets in clear).
    public var strategies: [BackupStrategy]
    /// The simulated time when the state was written.
    public var clock: Date?
    /// The simulated time the world began at (scenarios are placed relative to it).
    public var origin: Date?
    /// The next restore record id.
    public var nextRestoreId: Int64?
    /// Generated clusters whose made-up strategy was deleted.
    public var removedGeneratedStrategies: [Int64]?
    /// What happened to each cluster acted on, by cluster id (decimal).
    package var ledgers: [String: ClusterLedger]?
    /// The restores started.
    package var restores: [RestoreRecord]?

    /// The format version written.
    public static let currentVersion = 2
    /// The format versions read.
    public static let readableVersions = 1...currentVersion

    /// Makes a state.
    public init(nextStrategyId: Int64, nextStorageId: Int64, nextTaskId: Int64, strategies: [BackupStrategy]) {
        self.version = Self.currentVersion
        self.nextStrategyId = nextStrategyId
        self.nextStorageId = nextStorageId
        self.nextTaskId = nextTaskId
        self.strategies = strategies
    }
}
