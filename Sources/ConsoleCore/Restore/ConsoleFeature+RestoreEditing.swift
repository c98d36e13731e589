import Foundation
import OCPAPI

extension ConsoleFeature {
    /// Moving between fields and steps, typing, toggling, choosing from a list, taking a
    /// nearest recoverable time.
    func editRestore(_ wizard: inout RestoreWizardState, action: RestoreAction, state: ConsoleState) -> Effect<ConsoleAction> {
        let now = dependencies.now()
        switch action {
        case .nextField, .previousField:
            let fields = wizard.fields(of: wizard.step)
            guard !fields.isEmpty else { return .none }
            if let left = wizard.focusedField { wizard.fieldErrors[left] = RestoreStepChecks.message(for: left, in: wizard, now: now) }
            wizard.focusIndex = min(max(0, min(wizard.focusIndex, fields.count - 1) + (action == .nextField ? 1 : -1)), fields.count - 1)
            return .none
        case .nextStep:
            guard let next = wizard.step.next else { return .none }
            let outcome = RestoreStepChecks.check(wizard.step, of: wizard, now: now)
            for field in wizard.fields(of: wizard.step) { wizard.fieldErrors[field] = outcome.fieldErrors[field] }
            wizard.refusal = outcome.reasons
            wizard.nearest = outcome.nearest
            guard outcome.reasons.isEmpty else {
                if let field = outcome.fieldErrors.keys.compactMap({ wizard.fields(of: wizard.step).firstIndex(of: $0) }).min() {
                    wizard.focusIndex = field
                }
                return .none
            }
            return enterRestore(next, in: &wizard, state: state)
        case .previousStep:
            guard let previous = wizard.step.previous else { return .none }
            return enterRestore(previous, in: &wizard, state: state)
        case .typed(let character):
            guard let field = wizard.focusedField, !field.isChoice, !field.isList, !character.isNewline else { return .none }
            if field == .confirmName {
                wizard.confirmText.append(character)
            } else {
                wizard.form.setText(wizard.form.editableText(of: field) + String(character), of: field)
            }
            wizard.fieldErrors[field] = nil
            return .none
        case .deleteBackward:
            guard let field = wizard.focusedField, !field.isChoice, !field.isList else { return .none }
            if field == .confirmName {
                wizard.confirmText = String(wizard.confirmText.dropLast())
            } else {
                wizard.form.setText(String(wizard.form.editableText(of: field).dropLast()), of: field)
            }
            wizard.fieldErrors[field] = nil
            return .none
        case .toggle:
            toggleRestore(&wizard)
            return .none
        case .choose(let delta):
            return choose(delta, in: &wizard)
        case .takeEarlier, .takeLater:
            guard wizard.step == .pointInTime, let nearest = wizard.nearest,
                let instant = action == .takeEarlier ? nearest.before : nearest.after
            else { return .none }
            let texts = RestoreTimeText.texts(instant, offset: wizard.typedOffset ?? wizard.windows.value?.sourceOffset ?? 0)
            (wizard.form.dateText, wizard.form.timeText, wizard.form.offsetText) = (texts.date, texts.time, texts.offset)
            wizard.nearest = nil
            wizard.refusal = []
            for field in [RestoreField.date, .time, .offset] { wizard.fieldErrors[field] = nil }
            return .none
        default:
            return .none
        }
    }

    private func toggleRestore(_ wizard: inout RestoreWizardState) {
        guard let field = wizard.focusedField else { return }
        switch field {
        case .sourceKind:
            wizard.form.offline.toggle()
            wizard.form.dateText = ""
            wizard.form.timeText = ""
        case .offlineMode:
            wizard.form.offlineMode = wizard.form.offlineMode == .physical ? .logical : .physical
        case .offlineStorage(.type):
            wizard.form.storage.cycleType()
        case .zoneReplica(let index):
            guard wizard.form.zones.indices.contains(index) else { return }
            wizard.form.zones[index].cycleReplica()
        default:
            return
        }
        wizard.fieldErrors[field] = nil
    }

    private func choose(_ delta: Int, in wizard: inout RestoreWizardState) -> Effect<ConsoleAction> {
        switch wizard.focusedField {
        case .sourceTenant?:
            let tenants = wizard.restorableTenants
            guard !tenants.isEmpty else { return .none }
            let index = tenants.firstIndex { $0.id == wizard.form.tenantId } ?? -delta
            let chosen = tenants[min(max(0, index + delta), tenants.count - 1)]
            guard chosen.id != wizard.form.tenantId else { return .none }
            wizard.form.tenantId = chosen.id
            wizard.form.dateText = ""
            wizard.form.timeText = ""
            wizard.fieldErrors[.sourceTenant] = nil
            return .none
        case .target?:
            guard !wizard.targets.isEmpty else { return .none }
            let index = wizard.targets.firstIndex { $0.id == wizard.form.targetId } ?? -delta
            let chosen = wizard.targets[min(max(0, index + delta), wizard.targets.count - 1)]
            guard chosen.id != wizard.form.targetId else { return .none }
            wizard.form.targetId = chosen.id
            wizard.form.zones = []
            wizard.form.primaryZone = ""
            wizard.fieldErrors[.target] = chosen.availability.reason?.english
            return chosen.availability.isEnabled ? readTarget(&wizard, again: false) : .none
        default:
            return .none
        }
    }
}
