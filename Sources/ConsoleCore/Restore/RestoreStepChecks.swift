import Foundation
import Localization
import OCPAPI

/// The checks each step of the restore wizard makes as it is left: OCP-API's restore rules
/// (`RestoreCheck`, `RestoreRules`) applied to the request as typed so far, their findings of
/// the step put beside the fields they concern, plus what only the wizard knows (text that
/// cannot be read yet, reads still running, the typed confirmation).
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
        case .source, .pointInTime, .target, .tenantName, .resources:
            if let waiting = waiting(step, wizard) { outcome.refuse(nil, waiting) }
            if step == .source, wizard.form.offline { objectStorageKey(wizard.form.storage, into: &outcome) }
            if step == .pointInTime, case .failure(let problem) = wizard.typedTime {
                outcome.refuse(problem.field, problem.message)
                return outcome
            }
            guard outcome.reasons.isEmpty else { return outcome }
            rules(step, of: wizard, now: now, into: &outcome)
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
        switch field {
        case .date, .time, .offset:
            if case .failure(let problem) = wizard.typedTime { return problem.field == field ? problem.message : nil }
        case .sourceKind, .sourceTenant, .target, .zoneReplica, .confirmName:
            return nil
        default:
            break
        }
        return check(field.step, of: wizard, now: now).fieldErrors[field]
    }

    /// Whether `cluster` can take the restored tenant of `source` (`RestoreRules.targetRefusals`),
    /// its reasons worded for the target list.
    static func targetAvailability(_ cluster: Cluster, source: Cluster) -> Availability {
        let refusals = RestoreRules.targetRefusals(cluster, source: source)
        return refusals.isEmpty
            ? .enabled
            : .disabled(
                Bilingual(
                    refusals.map(\.targetReason.english).joined(separator: "; "), refusals.map(\.targetReason.chinese).joined(separator: "；")))
    }

    /// What must be read before the step's rules can be applied, if anything.
    private static func waiting(_ step: RestoreWizardStep, _ wizard: RestoreWizardState) -> String? {
        func read<Value>(_ loadable: Loadable<Value>?, _ what: String) -> String? {
            guard loadable?.value == nil else { return nil }
            if let error = loadable?.error {
                return what.prefix(1).uppercased() + what.dropFirst() + " could not be read: \(error.summary) (r reads again)."
            }
            return "Still reading \(what); wait a moment."
        }
        let target = wizard.form.targetId
        switch step {
        case .source: return wizard.form.offline ? read(wizard.windows, "the backup data") : read(wizard.tenants, "the tenants")
        case .pointInTime: return read(wizard.windows, "the backup data")
        case .target: return target == nil ? "Choose the target cluster (↑↓)." : nil
        case .tenantName:
            return read(target.flatMap { wizard.targetTenants[$0] }, "the target's tenants")
                ?? read(target.flatMap { wizard.targetRestores[$0] }, "the target's restore tasks")
        case .resources: return read(target.flatMap { wizard.targetDetails[$0] }, "the target's zones")
        default: return nil
        }
    }

    /// The object storage key the offline form needs (the rules check only the directory).
    private static func objectStorageKey(_ storage: StorageForm, into outcome: inout Outcome) {
        guard storage.type == .oss || storage.type == .cos else { return }
        for field in [StorageField.endpoint, .accessKeyId, .accessKeySecret]
        where storage.text(of: field).trimmingCharacters(in: .whitespaces).isEmpty {
            outcome.refuse(.offlineStorage(field), "\(field.label.english) is needed for object storage.")
        }
        if storage.secret?.isMaskPlaceholder == true { outcome.refuse(.offlineStorage(.accessKeySecret), "Type the real secret, not ******.") }
    }

    /// The rules' findings of `step` for the request as typed so far.
    private static func rules(_ step: RestoreWizardStep, of wizard: RestoreWizardState, now: Date, into outcome: inout Outcome) {
        let report = RestoreCheck.check(wizard.checkedRequest, facts: wizard.facts(now: now))
        for finding in report.findings where finding.step.rawValue == step.rawValue {
            if case .timeOutsideWindows(_, _, let before, let after, _) = finding.refusal {
                outcome.nearest = NearestRecoverableTimes(before: before, after: after)
            }
            outcome.refuse(wizard.field(of: finding), finding.refusal.sentence)
        }
    }
}

extension RestoreWizardState {
    /// The typed point in time, or the part that cannot be read.
    public var typedTime: Result<Date, RestoreTimeProblem> {
        RestoreTimeText.parse(date: form.dateText, time: form.timeText, offset: form.offsetText)
    }

    /// The offset the typed time is in, when it can be read.
    public var typedOffset: Int? { ClockText.parseOffset(form.offsetText) }

    /// What the rules check the request against, from what the wizard read.
    func facts(now: Date) -> RestoreFacts {
        let target = form.targetId.flatMap { id in targetDetails[id]?.value ?? targets.first { $0.id == id }?.cluster }
        let scope = RecoverabilityScope(end: now)
        return RestoreFacts(
            source: source, sourceTenants: tenants.value ?? [],
            recoverability: windows.value?.snapshot.recoverability ?? ClusterRecoverability(tenants: [], scope: scope), target: target,
            targetTenants: form.targetId.flatMap { targetTenants[$0]?.value } ?? [],
            targetRestoreTasks: form.targetId.flatMap { targetRestores[$0]?.value } ?? [], now: now)
    }

    /// The request the rules check: ``request`` once complete, else what is typed so far (the
    /// time as typed, parts missing left out).
    var checkedRequest: RestoreRequest {
        if let request { return request }
        let typed =
            "\(form.dateText.trimmingCharacters(in: .whitespaces)) \(form.timeText.trimmingCharacters(in: .whitespaces))"
            + form.offsetText.trimmingCharacters(in: .whitespaces)
        let time = form.dateText.isEmpty && form.timeText.isEmpty ? nil : OCPTimestamp(raw: typed)
        let primary = form.primaryZone.trimmingCharacters(in: .whitespaces)
        let info = RestoreTenantInfo(name: form.tenantName, primaryZone: primary.isEmpty ? nil : primary, zones: form.zones.compactMap(\.requestZone))
        guard form.offline else {
            return RestoreRequest(
                backupTenantStatus: .online,
                restoreOnlineTenantRequiredParam: OnlineRestoreParameters(
                    backupClusterId: source.id, backupTenantId: form.tenantId, restoreClusterId: form.targetId, restoreEndTime: time,
                    restoreTenantInfoParam: info))
        }
        return RestoreRequest(
            backupTenantStatus: .offline,
            restoreOfflineTenantRequiredParam: OfflineRestoreParameters(
                backupMode: form.offlineMode, backupClusterName: form.offlineCluster.trimmingCharacters(in: .whitespaces),
                backupTenantName: form.offlineTenant.trimmingCharacters(in: .whitespaces), restoreClusterId: form.targetId,
                obBackupStorageBaseInfo: form.storage.config.obBackupStorageBaseInfo, restoreEndTime: time, restoreTenantInfoParam: info))
    }

    /// The field a finding's body path names.
    func field(of finding: RestoreFinding) -> RestoreField? {
        let path = finding.field
        let used = form.zones.indices.filter { form.zones[$0].replica != nil }
        func zone(_ path: String) -> Int? {
            guard let open = path.range(of: "zones["), let close = path[open.upperBound...].firstIndex(of: "]"),
                let index = Int(path[open.upperBound..<close]), used.indices.contains(index)
            else { return nil }
            return used[index]
        }
        if path.hasSuffix("backupTenantId") || path.hasSuffix("backupTenantName") { return form.offline ? .offlineTenant : .sourceTenant }
        if path.hasSuffix("backupClusterName") { return .offlineCluster }
        if path.hasSuffix("storageUrl") { return .offlineStorage(.url) }
        if path.hasSuffix("restoreEndTime") {
            if case .timeWithoutOffset = finding.refusal { return .offset }
            return .time
        }
        if path.hasSuffix("restoreClusterId") { return .target }
        if path.hasSuffix("restoreTenantInfoParam.name") { return .tenantName }
        if path.hasSuffix("primaryZone") { return .primaryZone }
        if let index = zone(path) {
            if path.hasSuffix("resourcePool") {
                return form.zones[index].unitSpec.trimmingCharacters(in: .whitespaces).isEmpty ? .zoneUnitSpec(index) : .zoneUnitCount(index)
            }
            return .zoneReplica(index)
        }
        if path.hasSuffix("zones") { return used.last.map(RestoreField.zoneUnitCount) ?? (form.zones.isEmpty ? nil : .zoneReplica(0)) }
        return finding.step == .source ? .sourceKind : nil
    }
}
