import OCPAPI

/// A cluster's data, log and restore task rows as read for the Tasks tab (each newest first).
public struct ClusterTaskLists: Equatable, Sendable {
    /// Data backup rows.
    public var data: [DataBackupTask]
    /// Log backup (archive) rows.
    public var log: [LogBackupTask]
    /// Restore rows.
    public var restore: [RestoreTask]

    /// The lists.
    public init(data: [DataBackupTask], log: [LogBackupTask], restore: [RestoreTask]) {
        self.data = data
        self.log = log
        self.restore = restore
    }
}
