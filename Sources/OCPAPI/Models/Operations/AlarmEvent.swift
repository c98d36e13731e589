import Foundation

/// An alert event of OCP's alarm API. Backup alarms have `appType` Backup and scope Service;
/// `level` 1 (stopped) and 2 (critical) are critical, 3–5 (warning, caution, reminder) warnings.
public struct AlarmEvent: Codable, Hashable, Sendable, Identifiable {
    /// Event id.
    public var id: Int64
    /// OB, OCP, OMS, OBProxy or Backup.
    public var appType: String?
    /// e.g. `inc_backup_delay`, `base_backup_fail` (see `BackupAlarmType`).
    public var alarmType: String?
    /// ObCluster, ObTenant, AppCluster, Service or Host.
    public var scope: String?
    /// 1 stopped, 2 critical, 3 warning, 4 caution, 5 reminder.
    public var level: Int?
    /// Active, Inactive, Silenced or Inhibited.
    public var status: AlarmStatus?
    /// What it is about, e.g. `ob_cluster=yc0820_17`.
    public var target: String?
    /// One line, from the rule's template.
    public var summary: String?
    /// The details, from the rule's template.
    public var description: String?
    /// When it started firing (UTC `Z`).
    public var activeAt: OCPTimestamp?
    /// When it cleared (absent while active).
    public var resolvedAt: OCPTimestamp?
    /// Last update.
    public var updatedAt: OCPTimestamp?
    /// Labels (`alarm_level`, `alarm_type`, `ob_cluster_name`, …).
    public var labels: AlarmLabels?
    /// Created (samples only).
    public var gmtCreate: OCPTimestamp?
    /// Modified (samples only).
    public var gmtModified: OCPTimestamp?

    /// Makes an event with the fields the health rules read.
    public init(
        id: Int64, alarmType: String?, level: Int?, status: AlarmStatus? = .active, target: String? = nil, summary: String? = nil,
        labels: AlarmLabels? = nil
    ) {
        self.id = id
        self.appType = "Backup"
        self.alarmType = alarmType
        self.scope = "Service"
        self.level = level
        self.status = status
        self.target = target
        self.summary = summary
        self.labels = labels
    }

    /// The cluster name the event is about: the `ob_cluster_name` (or `ob_cluster`,
    /// `cluster_name`) label, else the `ob_cluster=` part of `target`.
    public var clusterName: String? {
        for key in ["ob_cluster_name", "ob_cluster", "cluster_name"] {
            if let value = labels?[key], !value.isEmpty { return value }
        }
        guard let target else { return nil }
        for part in target.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces) == "ob_cluster" {
                return pair[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }
}
