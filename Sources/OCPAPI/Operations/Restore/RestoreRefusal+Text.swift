import Foundation

extension RestoreRefusal {
    /// What is wrong and what to give instead, in English, names and given text sanitized.
    public var message: String {
        switch self {
        case .statusMissing(let given):
            return given.map { "\(Self.quoted($0)) is not a backupTenantStatus: give ONLINE or OFFLINE." }
                ?? "backupTenantStatus is missing: give ONLINE or OFFLINE."
        case .parametersMissing(let status):
            let name = status == .offline ? "restoreOfflineTenantRequiredParam" : "restoreOnlineTenantRequiredParam"
            return "an \(status.rawValue) restore needs \(name)."
        case .sourceClusterDiffers(let given, let source):
            return "it names cluster \(given), but the restore reads from cluster \(source): give \(source) or leave it out."
        case .sourceClusterNameDiffers(let given, let source):
            return "it names cluster \(Self.quoted(given ?? "")), but the restore reads from cluster \(Self.quoted(source))."
        case .sourceTenantMissing:
            return "name the tenant whose backups to restore."
        case .sourceTenantUnknown(let tenant):
            return "the source cluster backs up no tenant \(Self.quoted(tenant))."
        case .storageMissing:
            return "give the storage directory of the backups (storageUrl)."
        case .timeMissing:
            return "give the point in time to restore to, as yyyy-MM-dd HH:mm:ss.SSS+08:00."
        case .timeUnreadable(let text):
            return "\(Self.quoted(text)) is not a time: write yyyy-MM-dd HH:mm:ss[.SSS]±HH:MM (or with T between date and time)."
        case .timeWithoutOffset(let text):
            return "\(Self.quoted(text)) has no offset from UTC: add one, such as +08:00 or Z."
        case .timeInFuture(let time, let now, let offset):
            return "\(Self.text(time, offset)) is in the future (it is now \(Self.text(now, offset)))."
        case .noRecoverableWindow(let tenant):
            return "tenant \(Self.quoted(tenant)) has no recoverable window in the last 7 days: nothing can be restored."
        case .timeOutsideWindows(let time, let tenant, let before, let after, let offset):
            let nearest = [
                before.map { "latest before: \(Self.text($0, offset))" }, after.map { "earliest after: \(Self.text($0, offset))" },
            ].compactMap { $0 }
            return "\(Self.text(time, offset)) is not inside a recoverable window of tenant \(Self.quoted(tenant))"
                + (nearest.isEmpty ? "." : " (\(nearest.joined(separator: "; "))).")
        case .targetMissing:
            return "name the target cluster (restoreClusterId)."
        case .targetUnknown(let id):
            return "OCP knows no cluster \(id)."
        case .targetStandby(let cluster):
            return "the target cluster \(Self.quoted(cluster)) is a standby; restore into a primary."
        case .targetNotRunning(let cluster, let status):
            return "the target cluster \(Self.quoted(cluster)) is \(status.map(Self.quoted) ?? "of unknown status"); it must be RUNNING."
        case .targetOlder(let cluster, let target, let source):
            return "the target cluster \(Self.quoted(cluster)) runs OceanBase \(target), older than the source's \(source)."
        case .nameMissing:
            return "give the new tenant's name."
        case .nameInvalid(let name):
            return "\(Self.quoted(name)) cannot name a tenant: start with a letter, then up to 63 letters, digits or underscores."
        case .nameTaken(let name, let cluster):
            return "cluster \(Self.quoted(cluster)) already has a tenant \(Self.quoted(name)) (BAK42005): choose another name."
        case .nameBeingRestored(let name, let cluster, let id):
            return "a restore into cluster \(Self.quoted(cluster)) is already creating tenant \(Self.quoted(name))"
                + (id.map { " (restore \($0))" } ?? "") + " (BAK42004): choose another name or wait for it."
        case .zonesMissing:
            return "give at least one zone."
        case .zoneUnknown(let zone, let known):
            return "the target cluster has no zone \(Self.quoted(zone ?? ""))"
                + (known.isEmpty ? "." : "; it has \(known.map(Self.quoted).joined(separator: ", ")).")
        case .zoneRepeated(let zone):
            return "zone \(Self.quoted(zone)) is given twice."
        case .replicaTypeInvalid(let given):
            return (given.map { "\(Self.quoted($0)) is not a replica type" } ?? "the replica type is missing") + ": give FULL, LOGONLY or READONLY."
        case .poolIncomplete(let zone):
            return "zone \(Self.quoted(zone ?? "")) needs a unit spec (unitSpecName) and a unit count of at least 1."
        case .unitCountsDiffer(let counts):
            let listed = counts.map { "\(Self.quoted($0.zone ?? "?")): \($0.unitCount.map(String.init) ?? "none")" }
            return "on OceanBase 4.x every zone needs the same unit count (\(listed.joined(separator: ", ")))."
        case .primaryZoneUnknown(let zone, let zones):
            return "the primary zone names \(Self.quoted(zone)), which is not among the tenant's zones (\(zones.joined(separator: ", ")))."
        }
    }

    /// Server or person text on one line, control characters replaced.
    static func quoted(_ text: String) -> String { TextSanitizer.singleLine(text) }

    /// `date` as `yyyy-MM-ddTHH:mm:ss.SSS±HH:MM`, in the offset the person used.
    static func text(_ date: Date, _ offsetSeconds: Int) -> String { OCPTimestamp.format(date, offsetSeconds: offsetSeconds) }
}
