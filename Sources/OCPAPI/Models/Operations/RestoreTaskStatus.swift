/// The status of a restore task row: OceanBase 2.x–4.x restore phases, the 4.3 filter labels,
/// the logical-restore labels, and OceanBase's own names.
public struct RestoreTaskStatus: OCPStatus {
    /// The raw value as OCP spelled it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Restored.
    public static let success = Self(rawValue: "RESTORE_SUCCESS")
    /// Failed.
    public static let fail = Self(rawValue: "RESTORE_FAIL")
    /// 4.x: preparing.
    public static let pre = Self(rawValue: "RESTORE_PRE")
    /// 4.x: creating the initial log streams.
    public static let createInitLogStreams = Self(rawValue: "RESTORE_CREATE_INIT_LS")
    /// 4.x: waiting for the log streams.
    public static let waitLogStreams = Self(rawValue: "RESTORE_WAIT_LS")
    /// 4.x: checking after the restore.
    public static let postCheck = Self(rawValue: "POST_CHECK")
    /// 4.x: upgrading the restored tenant.
    public static let upgrade = Self(rawValue: "UPGRADE")
    /// Waiting for the tenant restore to finish.
    public static let waitTenantRestoreFinish = Self(rawValue: "WAIT_TENANT_RESTORE_FINISH")
    /// 2.x/3.x: creating the tenant.
    public static let createTenant = Self(rawValue: "RESTORE_CREATE_TENANT")

    /// The codes of OCP's web console.
    public static let documented: [Self] = [
        .createTenant, Self(rawValue: "RESTORE_SYS_REPLICA"), Self(rawValue: "RESTORE_UPGRADE_PRE"),
        Self(rawValue: "RESTORE_UPGRADE_POST"), Self(rawValue: "RESTORE_MODIFY_SCHEMA"), Self(rawValue: "RESTORE_CREATE_USER_PARTITIONS"),
        Self(rawValue: "RESTORE_USER_REPLICA"), Self(rawValue: "RESTORE_REBUILD_INDEX"), Self(rawValue: "RESTORE_POST_CHECK"), .success,
        .fail, .pre, .createInitLogStreams, .waitLogStreams, .postCheck, .upgrade, .waitTenantRestoreFinish,
    ]

    static let tables: [(StatusClass, Set<String>)] = [
        (.succeeded, ["RESTORE_SUCCESS", "SUCCESS", "COMPLETED"]),
        (
            .failed,
            ["RESTORE_FAIL", "FAIL", "FAILED", "CANCELED", "AN ERROR OCCURRED WHILE RECOVERING DATA", "FAILED TO RECOVER LOGS"]
        ),
        (
            .running,
            [
                "RESTORE_CREATE_TENANT", "RESTORE_SYS_REPLICA", "RESTORE_UPGRADE_PRE", "RESTORE_UPGRADE_POST", "RESTORE_MODIFY_SCHEMA",
                "RESTORE_CREATE_USER_PARTITIONS", "RESTORE_USER_REPLICA", "RESTORE_REBUILD_INDEX", "RESTORE_POST_CHECK", "RESTORE_PRE",
                "RESTORE_CREATE_INIT_LS", "RESTORE_WAIT_LS", "POST_CHECK", "UPGRADE", "WAIT_TENANT_RESTORE_FINISH", "CREATE_TENANT",
                "RESTORING", "START", "RECOVERING", "RECOVERING DATA", "RECOVERING LOGS", "THE TENANT IS BEING CREATED", "IN PROGRESS",
                "SET PARAMETERS", "WAITING FOR THE TENANT RECOVERY TO COMPLETE", "CREAT BASELINE LOG STREAM",
                "CREATE BASELINE LOG STREAM",
            ]
        ),
    ]

    /// Succeeded, failed, running, or unknown (a row's `finished`/`successful` flags, when
    /// present, decide first: see `RestoreTask.statusClass`).
    public var statusClass: StatusClass { StatusSpelling.classify(rawValue, Self.tables) }
}
