import OCPAPI

/// The field of the restore wizard an OCP error points at, so the wizard returns to that step:
/// by OCP's code (the BAK42xxx and OBE codes of Sources/OCPSimulator/State/SimulatorState+Restore.swift) or by the field its
/// validation details name.
enum RestoreIssueMap {
    /// The field `error` concerns, if it names one.
    static func field(for error: ErrorInfo) -> RestoreField? {
        switch error.code {
        case "BAK42004", "BAK42005": return .tenantName
        case "BAK42002", "BAK42003": return .zoneUnitSpec(0)
        case "OBE11001": return .target
        case "OBE21003", "BAK41001", "BAK41002", "BAK41003", "BAK41004", "BAK41005": return .sourceKind
        default: break
        }
        let named = error.fields.joined(separator: " ") + " " + error.message
        if named.contains("restoreEndTime") { return .time }
        if named.contains("restoreClusterId") { return .target }
        if named.contains("zones") || named.contains("resourcePool") { return .zoneUnitSpec(0) }
        if named.contains("restoreTenantInfoParam.name") { return .tenantName }
        if named.contains("obBackupStorageBaseInfo") || named.contains("backupTenantId") { return .sourceKind }
        return nil
    }
}

extension RestoreField {
    /// The step the field is on.
    public var step: RestoreWizardStep {
        switch self {
        case .sourceKind, .sourceTenant, .offlineMode, .offlineCluster, .offlineTenant, .offlineStorage: .source
        case .date, .time, .offset: .pointInTime
        case .target: .target
        case .tenantName: .tenantName
        case .zoneReplica, .zoneUnitSpec, .zoneUnitCount, .primaryZone: .resources
        case .confirmName: .confirm
        }
    }
}
