import OCPAPI

/// Intents and results of the restore wizard.
public enum RestoreAction: Equatable, Sendable {
    /// `t`: open the wizard on the shown cluster (its tenant chosen when `tenantId` names one).
    case open(tenantId: Int64?)
    /// Focus the next field (the one left is checked).
    case nextField
    /// Focus the previous field (the one left is checked).
    case previousField
    /// A character typed into the focused text field.
    case typed(Character)
    /// The focused text field's last character removed.
    case deleteBackward
    /// Space: cycle the focused choice.
    case toggle
    /// ↑↓ on a list field: choose the previous (`-1`) or next (`1`) row.
    case choose(Int)
    /// Take the latest recoverable time before the refused one.
    case takeEarlier
    /// Take the earliest recoverable time after the refused one.
    case takeLater
    /// Next step; refused with reasons while the step has errors.
    case nextStep
    /// Previous step.
    case previousStep
    /// On the confirmation: send the request, once, when the typed name matches.
    case send
    /// After no answer and a failed re-read: read the restore tasks again.
    case rereadTasks
    /// After success (or a re-read that found the restore): open its task.
    case openTask
    /// Close the wizard (the draft stays saved).
    case close
    /// Take the offered draft.
    case restoreDraft
    /// Drop the offered draft.
    case discardDraft
    /// On the review: write the body (secrets as `******`) as a file `restore --file` takes.
    case export(path: String?)
    /// The export was written (its path) or not.
    case exportFinished(Result<String, ExportFailure>)
    /// The draft for this cluster, read when the wizard opened.
    case draftLoaded(RestoreDraft?)
    /// Reading, saving or removing the draft failed.
    case draftStoreFailed(String)
    /// The source's tenants arrived.
    case tenantsLoaded(Result<[Tenant], ErrorInfo>)
    /// The source's parsed backup data arrived.
    case windowsLoaded(Result<SourceWindows, ErrorInfo>)
    /// A target's detail (zones) arrived.
    case targetLoaded(clusterId: Int64, Result<Cluster, ErrorInfo>)
    /// A target's tenants arrived.
    case targetTenantsLoaded(clusterId: Int64, Result<[Tenant], ErrorInfo>)
    /// A target's restore tasks arrived.
    case targetRestoresLoaded(clusterId: Int64, Result<[RestoreTask], ErrorInfo>)
    /// OCP's preview arrived.
    case previewLoaded(Result<RestorePreview, ErrorInfo>)
    /// The restore request was answered (or not).
    case sent(Result<MutationReceipt, ErrorInfo>)
    /// After no answer: the restore tasks read again, and the restore found there, if any.
    case reread(Result<RestoreTaskFinding?, ErrorInfo>)
}
