/// The status of a data backup task row: OCP's web-console values, the 4.3 filter list, the
/// samples, and OceanBase's own job states that OCP passes through.
public struct DataBackupTaskStatus: OCPStatus {
    /// The raw value as OCP spelled it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Just started.
    public static let beginning = Self(rawValue: "BEGINNING")
    /// Preparing.
    public static let initializing = Self(rawValue: "INITIALIZING")
    /// Copying data.
    public static let doing = Self(rawValue: "DOING")
    /// Finished well.
    public static let done = Self(rawValue: "DONE")
    /// Failed.
    public static let failed = Self(rawValue: "FAILED")
    /// Cancelled.
    public static let canceled = Self(rawValue: "CANCELED")
    /// Expired ("overdue").
    public static let overdue = Self(rawValue: "OVERDUE")

    /// The values of OCP's web console and 4.3 filter list.
    public static let documented: [Self] = [
        .beginning, .initializing, .doing, .done, .failed, .canceled, .overdue, Self(rawValue: "CANCELING"),
        Self(rawValue: "COMPLETED"), Self(rawValue: "UNKNOWN"),
    ]

    static let tables: [(StatusClass, Set<String>)] = [
        (
            .running,
            [
                "BEGINNING", "INITIALIZING", "DOING", "CANCELING", "INIT", "BACKUP_SYS_META", "BACKUP_USER_META",
                "BACKUP_META_FINISH", "BACKUP_SYS_DATA", "BACKUP_USER_DATA", "BEFORE_BACKUP_LOG", "BACKUP_FUSE_TABLET_MATE",
                "PREPARE_BACKUP_LOG",
            ]
        ),
        (.succeeded, ["DONE", "COMPLETED"]),
        (.failed, ["FAILED", "CANCELED", "OVERDUE"]),
    ]

    /// Running, succeeded, failed, or unknown.
    public var statusClass: StatusClass { StatusSpelling.classify(rawValue, Self.tables) }
}
