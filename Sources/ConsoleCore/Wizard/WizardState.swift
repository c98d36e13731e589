import Localization
import OCPAPI

/// The strategy wizard for one cluster, create or modify.
public struct WizardState: Equatable, Sendable {
    /// What the cluster allows.
    public var options: WizardOptions
    /// The strategy being modified; `nil` when creating.
    public var original: BackupStrategy?
    /// The step shown.
    public var step: WizardStep = .backupMode
    /// The focused field's position in `fields`.
    public var focusIndex = 0
    /// The focused cell of the schedule grid (0-based day).
    public var gridCursor = 0
    /// The values.
    public var form: StrategyForm
    /// The values when the wizard opened, to know whether anything would be lost.
    public var initialForm: StrategyForm
    /// The message beside each field that failed its check when it was left.
    public var fieldErrors: [WizardField: String] = [:]
    /// Why the last Next was refused.
    public var refusal: [String] = []
    /// Warnings of the current step.
    public var warnings: [String] = []
    /// The review, built when the review step opens.
    public var review: ReviewState?
    /// How far the review is scrolled (back to the top whenever a step opens).
    public var reviewScroll = ScrollPosition()
    /// The submission.
    public var submission: SubmissionState = .idle
    /// A saved draft offered when the wizard opened.
    public var draftOffer: WizardDraft?
    /// The last draft save failure, if any.
    public var draftError: String?
    /// Whether the no-success alarm follows the schedule (the longest gap between full backups,
    /// plus a day) as the grid, the mode or the time change: until the field is edited by hand.
    /// On for a new strategy; for a modify or a restored draft, while the value is what its
    /// schedule implies.
    public var alarmFollowsSchedule = false
    /// The language of the wizard's messages (the console's; never saved in a draft).
    public var language: Language = .english

    /// Makes a wizard.
    public init(options: WizardOptions, original: BackupStrategy?, form: StrategyForm) {
        self.options = options
        self.original = original
        self.form = form
        self.initialForm = form
        alarmFollowsSchedule = original == nil
    }

    /// The cluster.
    public var clusterId: Int64 { options.cluster.id }

    /// Whether it modifies an existing strategy.
    public var isModify: Bool { original != nil }

    /// Whether values differ from when the wizard opened.
    public var isDirty: Bool { form != initialForm }

    /// The fields of `step` that apply now, in order.
    public func fields(of step: WizardStep) -> [WizardField] {
        switch step {
        case .backupMode:
            return [.backupMode]
        case .schedule:
            return [.scheduleMode, .scheduleGrid, .scheduleTime, .scheduleOffset]
        case .storage:
            return form.storage.fields.map(WizardField.storage)
        case .cleanup:
            guard options.cleanup(for: form.storage.type).isEnabled else { return [] }
            return form.cleanEnabled ? [.cleanEnabled, .retentionDays, .cleanTime] : [.cleanEnabled]
        case .thresholds:
            let base: [WizardField] = [.dataBackupTimeout, .noSuccessDays, .logBackupDelay]
            return options.libObLog(for: form.backupMode).isEnabled ? base + [.libObLogDays] : base
        case .secondary:
            guard options.secondary.isEnabled else { return [] }
            guard form.secondaryEnabled else { return [.secondaryEnabled] }
            return [.secondaryEnabled, .secondaryDataBackup] + form.secondaryStorage.fields.map(WizardField.secondaryStorage)
        case .review:
            return []
        }
    }

    /// The focused field, if the step has any.
    public var focusedField: WizardField? {
        let fields = fields(of: step)
        return fields.isEmpty ? nil : fields[min(focusIndex, fields.count - 1)]
    }

    /// Why a step has no fields (cleanup with OSS/COS, secondary on old versions), if so.
    public var stepNotice: Bilingual? {
        switch step {
        case .cleanup: options.cleanup(for: form.storage.type).reason
        case .secondary: options.secondary.reason
        default: nil
        }
    }

    /// The draft key of this wizard under `profile`.
    public func draftKey(profile: String) -> DraftKey {
        DraftKey(profile: profile, clusterId: clusterId)
    }
}
