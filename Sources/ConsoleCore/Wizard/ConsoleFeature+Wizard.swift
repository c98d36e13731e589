import Foundation
import Localization
import OCPAPI

extension ConsoleFeature {
    /// The wizard's intents and results.
    func reduceWizard(_ state: inout ConsoleState, action: WizardAction) -> Effect<ConsoleAction> {
        guard var wizard = state.wizard else { return .none }
        switch action {
        case .close:
            if wizard.submission == .inFlight {
                return flash(Bilingual("Wait for OCP's answer before closing the wizard.", "请等待 OCP 的回应后再关闭向导。"), tone: .error, in: &state)
            }
            state.wizard = nil
            state.focus = state.detailClusterId == nil ? .list : .detail
            return .none
        case .draftLoaded, .restoreDraft, .discardDraft, .draftStoreFailed:
            let effect = reduceDraft(&wizard, action: action, profile: state.profile)
            state.wizard = wizard
            return effect
        case .export, .exportFinished:
            return reduceExport(&state, action: action)
        case .submit, .confirmSubmit, .cancelSubmit, .rereadStrategy, .submitFinished, .strategyReread:
            return reduceSubmit(&state, action: action)
        case .nextField, .previousField, .typed, .deleteBackward, .toggle, .moveCell, .nextStep, .previousStep:
            guard wizard.draftOffer == nil, wizard.submission.allowsEditing else { return .none }
            let before = (wizard.form, wizard.step)
            switch action {
            case .nextField: moveFocus(&wizard, by: 1)
            case .previousField: moveFocus(&wizard, by: -1)
            case .nextStep: nextStep(&wizard)
            case .previousStep: previousStep(&wizard)
            default: edit(&wizard, action: action)
            }
            state.wizard = wizard
            let changed = before.0 != wizard.form || before.1 != wizard.step
            let isSecretEdit = wizard.focusedField?.isSecret == true && before.1 == wizard.step
            return changed && !isSecretEdit ? saveDraft(wizard, profile: state.profile) : .none
        }
    }

    /// Moves the focus, checking the field that is left.
    func moveFocus(_ wizard: inout WizardState, by delta: Int) {
        let fields = wizard.fields(of: wizard.step)
        guard !fields.isEmpty else { return }
        if let left = wizard.focusedField { check(left, in: &wizard) }
        wizard.focusIndex = min(max(0, min(wizard.focusIndex, fields.count - 1) + delta), fields.count - 1)
    }

    /// Checks one field and stores its message (or clears it).
    func check(_ field: WizardField, in wizard: inout WizardState) {
        wizard.fieldErrors[field] = WizardValidation.message(for: field, in: wizard)
    }

    private func nextStep(_ wizard: inout WizardState) {
        guard let next = wizard.step.next else { return }
        let result = WizardValidation.check(wizard.step, of: wizard, now: nowSeconds)
        for field in wizard.fields(of: wizard.step) { wizard.fieldErrors[field] = result.fieldErrors[field] }
        wizard.refusal = result.reasons
        guard result.reasons.isEmpty else { return }
        enter(next, in: &wizard)
    }

    private func previousStep(_ wizard: inout WizardState) {
        guard let previous = wizard.step.previous else { return }
        wizard.refusal = []
        if wizard.submission == .confirming { wizard.submission = .idle }
        enter(previous, in: &wizard)
    }

    /// Shows `step`: focus on its first field, its warnings, and the review when it is the review.
    func enter(_ step: WizardStep, in wizard: inout WizardState) {
        wizard.step = step
        wizard.focusIndex = 0
        wizard.refusal = []
        wizard.reviewScroll.reset()
        wizard.warnings = WizardValidation.check(step, of: wizard, now: nowSeconds).warnings
        wizard.review = step == .review ? buildReview(wizard) : nil
    }

    /// The current time in seconds since the epoch.
    var nowSeconds: Int64 { Int64(dependencies.now().timeIntervalSince1970.rounded(.down)) }

    /// The review of the request the wizard describes.
    func buildReview(_ wizard: WizardState) -> ReviewState {
        let request = wizard.form.request(options: wizard.options)
        let mutation = try? PreparedMutation.strategy(clusterId: wizard.clusterId, body: request, modify: wizard.isModify)
        let now = dependencies.now()
        let seconds = nowSeconds
        var runs: [PlannedRun] = []
        var gap: Int?
        if let text = request.obBackupScheduleConfig?.backupScheduleTime, let time = ScheduleTime.parse(text) {
            let mode = wizard.form.scheduleMode
            let days = wizard.form.dayMap
            runs = SchedulePreview.nextRuns(mode: mode, days: days, time: time, now: seconds, localOffset: dependencies.timeZoneOffset(now))
            gap = SchedulePreview.longestFullGapDays(mode: mode, days: days, time: time, now: seconds)
        }
        let changes = wizard.original.map { StrategyDiff.changes(from: $0.baseline(for: request), to: request) } ?? []
        var warnings = WizardValidation.check(.review, of: wizard, now: seconds).warnings
        if wizard.isModify, changes.isEmpty { warnings.append(Self.unchangedReason.text(in: wizard.language)) }
        return ReviewState(
            mutation: mutation, nextRuns: runs,
            longestFullGapDays: gap, changes: changes, warnings: warnings)
    }
}
