import OCPAPI

/// Intents and results of the wizard.
public enum WizardAction: Equatable, Sendable {
    /// Focus the next field (the one left is checked).
    case nextField
    /// Focus the previous field (the one left is checked).
    case previousField
    /// A character typed into the focused text field.
    case typed(Character)
    /// The focused text field's last character removed.
    case deleteBackward
    /// Space: cycle the focused choice, or the focused grid cell none → Full → Incremental.
    case toggle
    /// Move the grid cursor.
    case moveCell(GridDirection)
    /// Next step; refused with reasons while the step has errors.
    case nextStep
    /// Previous step.
    case previousStep
    /// On the review step: ask to confirm the submission.
    case submit
    /// The person confirmed: send the request (once).
    case confirmSubmit
    /// The person declined the confirmation.
    case cancelSubmit
    /// After a failed re-read: read the strategy again.
    case rereadStrategy
    /// Close the wizard (the draft stays saved).
    case close
    /// Take the offered draft.
    case restoreDraft
    /// Drop the offered draft.
    case discardDraft
    /// The draft for this cluster, read when the wizard opened.
    case draftLoaded(WizardDraft?)
    /// Reading, saving or removing the draft failed.
    case draftStoreFailed(String)
    /// The create or modify request ended.
    case submitFinished(Result<MutationReceipt, ErrorInfo>)
    /// On the review step: write the request body (secrets masked) as a strategy file, to
    /// `path` or to a fresh default name.
    case export(path: String?)
    /// The strategy file was written (its path) or not.
    case exportFinished(Result<String, ExportFailure>)
    /// The strategy re-read after an unknown outcome.
    case strategyReread(Result<StrategySnapshot, ErrorInfo>)
}
