/// The marker of a data backup in parsed backup data.
public struct DataBackupRecoverableInfo: Codable, Hashable, Sendable {
    /// When the data was frozen; OceanBase 4.x writes the 1970 placeholder (read as no date).
    public var freezeTime: OCPTimestamp?
    /// The time the backup makes recoverable.
    public var recoverableTime: OCPTimestamp?
    /// Data version; `-1` on OceanBase 4.x.
    public var dataVersion: Int64?
    /// The full backup set this one belongs to (ties an incremental to its full).
    public var fullBackupSetId: Int64?

    /// Makes a marker.
    public init(freezeTime: OCPTimestamp?, recoverableTime: OCPTimestamp?, dataVersion: Int64?, fullBackupSetId: Int64?) {
        self.freezeTime = freezeTime
        self.recoverableTime = recoverableTime
        self.dataVersion = dataVersion
        self.fullBackupSetId = fullBackupSetId
    }
}
