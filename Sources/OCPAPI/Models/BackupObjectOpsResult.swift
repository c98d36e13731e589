/// The outcome for one backup object of a mutation.
public struct BackupObjectOpsResult: Codable, Hashable, Sendable {
    /// The objects concerned.
    public var obBackupObjectList: [BackupObject]?
    /// Whether it succeeded.
    public var beSuccessful: Bool?
    /// Ids of the asynchronous tasks started (may be empty or absent).
    public var taskIdList: [Int64]?
    /// The error, in whatever shape OCP sends.
    public var errorCode: JSONValue?
    /// OCP's note.
    public var hint: String?

    /// Makes a result.
    public init(
        obBackupObjectList: [BackupObject]?, beSuccessful: Bool?, taskIdList: [Int64]? = nil, errorCode: JSONValue? = nil,
        hint: String? = nil
    ) {
        self.obBackupObjectList = obBackupObjectList
        self.beSuccessful = beSuccessful
        self.taskIdList = taskIdList
        self.errorCode = errorCode
        self.hint = hint
    }
}
