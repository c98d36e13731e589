import Foundation
import Localization
import OCPAPI

/// The restore wizard for one backed-up cluster: what it read, what was typed, the step, the
/// checks' messages, the request prepared once for the review, and the sending.
public struct RestoreWizardState: Equatable, Sendable {
    /// The backed-up cluster (`{id}` of the request's path).
    public var source: Cluster
    /// The step shown.
    public var step: RestoreWizardStep = .source
    /// The focused field's position in `fields(of: step)`.
    public var focusIndex = 0
    /// The values.
    public var form = RestoreForm()
    /// The values when the wizard opened, to know whether anything would be lost.
    public var initialForm = RestoreForm()
    /// The source cluster's tenants.
    public var tenants = Loadable<[Tenant]>()
    /// The source's recoverable windows (parsed backup data), per tenant.
    public var windows = Loadable<SourceWindows>()
    /// The clusters the tenant could be restored into, disabled ones with their reason.
    public var targets: [RestoreTargetOption] = []
    /// The target's detail (its zones), per cluster.
    public var targetDetails: [Int64: Loadable<Cluster>] = [:]
    /// The target's tenants (the names taken), per cluster.
    public var targetTenants: [Int64: Loadable<[Tenant]>] = [:]
    /// The target's restore tasks of the last seven days (names being restored), per cluster.
    public var targetRestores: [Int64: Loadable<[RestoreTask]>] = [:]
    /// OCP's preview of the request as it stood when the preview step opened.
    public var preview = Loadable<RestorePreview>()
    /// The request, prepared once when the review opens: shown, sent and audited as is.
    public var mutation: PreparedMutation?
    /// The point in time of `mutation`, to show it in both offsets.
    public var pointInTime: Date?
    /// The name typed on the confirmation step.
    public var confirmText = ""
    /// How far the preview or the review is scrolled (back to the top whenever a step opens).
    public var reviewScroll = ScrollPosition()
    /// The sending.
    public var submission: RestoreSubmission = .idle
    /// The message beside each field that failed its check.
    public var fieldErrors: [RestoreField: String] = [:]
    /// Why the last Next was refused.
    public var refusal: [String] = []
    /// A typed time outside every window: the recoverable times just before and after it.
    public var nearest: NearestRecoverableTimes?
    /// A saved draft offered when the wizard opened.
    public var draftOffer: RestoreDraft?
    /// The last draft save failure, if any.
    public var draftError: String?
    /// The language of the wizard's screens (the console's; never saved in a draft).
    public var language: Language = .english

    /// A wizard for `source`.
    public init(source: Cluster) {
        self.source = source
        form.offlineCluster = source.name
        initialForm = form
    }

    /// Whether values differ from when the wizard opened.
    public var isDirty: Bool { form.withoutSecrets != initialForm.withoutSecrets }

    /// The chosen source tenant (online).
    public var sourceTenant: Tenant? {
        guard let id = form.tenantId else { return nil }
        return tenants.value?.first { $0.id == id }
    }

    /// The tenants that can be restored: every tenant but `sys`.
    public var restorableTenants: [Tenant] { (tenants.value ?? []).filter { !$0.isSystemTenant } }

    /// The source tenant's windows, by id (online) or by name (offline).
    public var tenantWindows: TenantRecoverability? {
        guard let recoverability = windows.value?.snapshot.recoverability else { return nil }
        if form.offline { return recoverability.tenant(named: form.offlineTenant.trimmingCharacters(in: .whitespaces)) }
        guard let id = form.tenantId else { return nil }
        return recoverability.tenant(id: id) ?? sourceTenant.flatMap { recoverability.tenant(named: $0.name) }
    }

    /// The source tenant's name as the wizard shows it (sanitized).
    public var sourceTenantName: String {
        TextSanitizer.singleLine(form.offline ? form.offlineTenant : sourceTenant?.name ?? "")
    }

    /// The chosen target.
    public var target: RestoreTargetOption? { targets.first { $0.id == form.targetId } }

    /// The fields of `step` that apply now, in order.
    public func fields(of step: RestoreWizardStep) -> [RestoreField] {
        switch step {
        case .source:
            guard form.offline else { return [.sourceKind, .sourceTenant] }
            return [.sourceKind, .offlineMode, .offlineCluster, .offlineTenant] + form.offlineStorageFields.map(RestoreField.offlineStorage)
        case .pointInTime: return [.date, .time, .offset]
        case .target: return [.target]
        case .tenantName: return [.tenantName]
        case .resources:
            return form.zones.indices.flatMap { index -> [RestoreField] in
                form.zones[index].replica == nil ? [.zoneReplica(index)] : [.zoneReplica(index), .zoneUnitSpec(index), .zoneUnitCount(index)]
            } + [.primaryZone]
        case .preview, .review: return []
        case .confirm: return [.confirmName]
        }
    }

    /// The focused field, if the step has any.
    public var focusedField: RestoreField? {
        let fields = fields(of: step)
        return fields.isEmpty ? nil : fields[min(focusIndex, fields.count - 1)]
    }

    /// The draft key of this wizard under `profile`.
    public func draftKey(profile: String) -> DraftKey { DraftKey(profile: profile, clusterId: source.id) }
}

/// The recoverable times nearest a typed time that lies in no window.
public struct NearestRecoverableTimes: Equatable, Sendable {
    /// The latest recoverable time before it (cut to the millisecond).
    public var before: Date?
    /// The earliest recoverable time after it (raised to the millisecond).
    public var after: Date?

    /// Makes the pair.
    public init(before: Date?, after: Date?) {
        self.before = before
        self.after = after
    }
}

/// The source's parsed backup data as the wizard uses it: the windows and the UTC offset OCP
/// writes the source's times in.
public struct SourceWindows: Equatable, Sendable {
    /// Each tenant's windows over the seven days before OCP answered.
    public var snapshot: RecoverabilitySnapshot
    /// The offset of OCP's timestamps for this cluster (seconds east of UTC); the local offset
    /// when the answer wrote none.
    public var sourceOffset: Int

    /// Makes the pair.
    public init(snapshot: RecoverabilitySnapshot, sourceOffset: Int) {
        self.snapshot = snapshot
        self.sourceOffset = sourceOffset
    }

    /// The windows of `info` answered at `answeredAt`; the offset is the one OCP's first
    /// RECOVERABLE interval is written in, else `localOffset`.
    public init(_ info: ClusterBackupInfo, answeredAt: Date, localOffset: Int) {
        snapshot = RecoverabilitySnapshot(info, answeredAt: answeredAt, localOffset: localOffset)
        let stamps = (info.tenantBackupInfos ?? []).flatMap { $0.obRecoverableInfoAggregation?.items ?? [] }
            .compactMap { $0.recoverableInterval?.endTime }
        sourceOffset = stamps.lazy.compactMap(RestoreTimeText.offset(of:)).first ?? localOffset
    }
}
