import Foundation
import OCPAPI

/// The checks each step of the restore wizard makes as it is left: a message beside each field
/// at fault and the reasons Next is refused.
enum RestoreStepChecks {
    /// The outcome of checking a step.
    struct Outcome: Equatable {
        /// A message per field at fault.
        var fieldErrors: [RestoreField: String] = [:]
        /// Why Next is refused (empty: it may go on).
        var reasons: [String] = []
        /// A refused time: the recoverable times nearest it.
        var nearest: NearestRecoverableTimes?

        mutating func refuse(_ field: RestoreField?, _ message: String) {
            if let field, fieldErrors[field] == nil { fieldErrors[field] = message }
            reasons.append(message)
        }
    }

    /// Checks `step` of `wizard` at `now`.
    static func check(_ step: RestoreWizardStep, of wizard: RestoreWizardState, now: Date) -> Outcome {
        var outcome = Outcome()
        switch step {
        case .source: source(wizard, into: &outcome)
        case .pointInTime: pointInTime(wizard, now: now, into: &outcome)
        case .target: target(wizard, into: &outcome)
        case .tenantName: tenantName(wizard, into: &outcome)
        case .resources: resources(wizard, into: &outcome)
        case .preview:
            if wizard.preview.isLoading { outcome.refuse(nil, "OCP's preview has not answered yet; wait for it.") }
        case .review:
            if wizard.mutation == nil { outcome.refuse(nil, "The request could not be prepared; go back a step and check the fields.") }
        case .confirm:
            if wizard.confirmText != wizard.form.tenantName {
                outcome.refuse(.confirmName, "The typed name is not \(TextSanitizer.singleLine(wizard.form.tenantName)); type it exactly.")
            }
        }
        return outcome
    }

    /// The message of one field, when it is left.
    static func message(for field: RestoreField, in wizard: RestoreWizardState, now: Date) -> String? {
        let step: RestoreWizardStep? =
            switch field {
            case .date, .time, .offset: .pointInTime
            case .tenantName: .tenantName
            case .zoneUnitSpec, .zoneUnitCount: .resources
            case .offlineCluster, .offlineTenant, .offlineStorage: .source
            default: nil
            }
        guard let step else { return nil }
        if step == .pointInTime, case .failure(let problem) = wizard.typedTime, problem.field != field { return nil }
        return check(step, of: wizard, now: now).fieldErrors[field]
    }

    /// Whether `cluster` can take the restored tenant of `source`, and why not.
    static func targetAvailability(_ cluster: Cluster, source: Cluster) -> Availability {
        if cluster.type == .standby { return .disabled("a standby cluster; restore into a primary") }
        if let status = cluster.status, status != .running {
            return .disabled("it is \(TextSanitizer.singleLine(status.rawValue)), not RUNNING")
        }
        if let target = cluster.version, let version = source.version, target < version {
            return .disabled("older than the source's \(TextSanitizer.singleLine(source.obVersion ?? ""))")
        }
        return .enabled
    }

    private static func source(_ wizard: RestoreWizardState, into outcome: inout Outcome) {
        let form = wizard.form
        guard form.offline else {
            if let error = wizard.tenants.error, wizard.tenants.value == nil {
                outcome.refuse(.sourceTenant, "The tenants could not be read: \(error.summary) (r reads them again).")
            } else if wizard.tenants.value == nil {
                outcome.refuse(.sourceTenant, "The tenants are being read; wait for them.")
            } else if wizard.sourceTenant == nil {
                outcome.refuse(.sourceTenant, "Choose the tenant to restore (↑↓).")
            }
            return
        }
        if form.offlineCluster.trimmingCharacters(in: .whitespaces).isEmpty { outcome.refuse(.offlineCluster, "Type the backed-up cluster's name.") }
        if form.offlineTenant.trimmingCharacters(in: .whitespaces).isEmpty { outcome.refuse(.offlineTenant, "Type the backed-up tenant's name.") }
        for field in form.offlineStorageFields where field != .type {
            let text = form.storage.text(of: field).trimmingCharacters(in: .whitespaces)
            if text.isEmpty { outcome.refuse(.offlineStorage(field), "Type the \(field.label.lowercased()).") }
            if field == .accessKeySecret, form.storage.secret?.isMaskPlaceholder == true {
                outcome.refuse(.offlineStorage(field), "Type the real secret, not ******.")
            }
        }
    }

    private static func pointInTime(_ wizard: RestoreWizardState, now: Date, into outcome: inout Outcome) {
        let instant: Date
        switch wizard.typedTime {
        case .failure(let problem):
            outcome.refuse(problem.field, problem.message)
            return
        case .success(let value):
            instant = value
        }
        if instant > now {
            outcome.refuse(.time, "That time is in the future; a restore goes back to a time already backed up.")
            return
        }
        guard let windows = wizard.tenantWindows else {
            if wizard.windows.value == nil {
                outcome.refuse(
                    nil, wizard.windows.error.map { "The backup data could not be read: \($0.summary)." } ?? "The backup data is being read.")
            } else {
                outcome.refuse(nil, "OCP lists no backup data of tenant \(wizard.sourceTenantName) in the last 7 days.")
            }
            return
        }
        guard !windows.isRecoverable(at: instant) else { return }
        let before = windows.latestRecoverableTime(atOrBefore: instant).map(RestoreTimeText.floorMillisecond)
        let after = windows.earliestRecoverableTime(atOrAfter: instant).map(RestoreTimeText.ceilMillisecond)
        outcome.nearest = NearestRecoverableTimes(before: before, after: after)
        outcome.refuse(.time, "That time lies in no recoverable window of the tenant.")
    }

    private static func target(_ wizard: RestoreWizardState, into outcome: inout Outcome) {
        guard let target = wizard.target else { return outcome.refuse(.target, "Choose the target cluster (↑↓).") }
        if let reason = target.availability.reason { outcome.refuse(.target, "\(ClusterRow(ClusterSummary(target.cluster)).name): \(reason).") }
    }

    private static func tenantName(_ wizard: RestoreWizardState, into outcome: inout Outcome) {
        let name = wizard.form.tenantName
        guard isTenantName(name) else {
            return outcome.refuse(.tenantName, "A tenant name starts with a letter, then up to 63 letters, digits or underscores.")
        }
        guard let id = wizard.form.targetId else { return }
        guard let tenants = wizard.targetTenants[id]?.value else {
            let error = wizard.targetTenants[id]?.error
            return outcome.refuse(
                .tenantName, error.map { "The target's tenants could not be read: \($0.summary)." } ?? "The target's tenants are being read.")
        }
        if tenants.contains(where: { $0.name == name }) {
            outcome.refuse(.tenantName, "The target cluster has a tenant \(TextSanitizer.singleLine(name)) already (OCP would answer BAK42005).")
        }
    }

    private static func resources(_ wizard: RestoreWizardState, into outcome: inout Outcome) {
        let zones = wizard.form.zones
        let used = zones.indices.filter { zones[$0].replica != nil }
        guard !used.isEmpty else { return outcome.refuse(zones.isEmpty ? nil : .zoneReplica(0), "Use at least one zone (Space on Replica).") }
        for index in used {
            if zones[index].unitSpec.trimmingCharacters(in: .whitespaces).isEmpty { outcome.refuse(.zoneUnitSpec(index), "Type a unit spec.") }
            if (zones[index].unitCount ?? 0) < 1 { outcome.refuse(.zoneUnitCount(index), "Type a unit count of at least 1.") }
        }
        let counts = Set(used.compactMap { zones[$0].unitCount })
        let target = wizard.target?.cluster.version
        if let target, target >= OBVersion(4), counts.count > 1 {
            outcome.refuse(.zoneUnitCount(used.last ?? 0), "On OceanBase 4.x every zone needs the same unit count.")
        }
        let primary = wizard.form.primaryZone.trimmingCharacters(in: .whitespaces)
        if !primary.isEmpty, !used.contains(where: { zones[$0].name == primary }) {
            outcome.refuse(.primaryZone, "The primary zone must be one of the zones used.")
        }
    }

    private static func isTenantName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 64, first.isASCII, first.properties.isAlphabetic else {
            return false
        }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
    }
}

extension RestoreWizardState {
    /// The typed point in time, or the part that cannot be read.
    public var typedTime: Result<Date, RestoreTimeProblem> {
        RestoreTimeText.parse(date: form.dateText, time: form.timeText, offset: form.offsetText)
    }

    /// The offset the typed time is in, when it can be read.
    public var typedOffset: Int? { ClockText.parseOffset(form.offsetText) }
}
