import Foundation
import Localization
import OCPAPI

extension ConsoleFeature {
    /// The draft offer and save failures.
    func reduceDraft(_ wizard: inout WizardState, action: WizardAction, profile: String) -> Effect<ConsoleAction> {
        switch action {
        case .draftLoaded(let draft):
            if let draft, draft.isModify == wizard.isModify, draft.form != wizard.form.withoutSecrets {
                wizard.draftOffer = draft
            }
            return .none
        case .restoreDraft:
            guard let draft = wizard.draftOffer else { return .none }
            wizard.draftOffer = nil
            wizard.form = draft.form
            followSchedule(with: &wizard, fresh: false)
            enter(draft.step, in: &wizard)
            return .none
        case .discardDraft:
            guard wizard.draftOffer != nil else { return .none }
            wizard.draftOffer = nil
            let key = wizard.draftKey(profile: profile)
            let delete = dependencies.drafts.delete
            let failed = wizard.language.pick("The draft could not be removed.", "无法删除草稿。")
            return .run(id: "draft-save") { send in
                do { try await delete(key) } catch { send(.wizard(.draftStoreFailed(failed))) }
            }
        case .draftStoreFailed(let message):
            wizard.draftError = message
            return .none
        default:
            return .none
        }
    }

    /// Saves the wizard as a draft (secrets left out); only a failure reports back.
    func saveDraft(_ wizard: WizardState, profile: String) -> Effect<ConsoleAction> {
        let draft = WizardDraft(
            key: wizard.draftKey(profile: profile), isModify: wizard.isModify, step: wizard.step, form: wizard.form, savedAt: dependencies.now())
        let save = dependencies.drafts.save
        let failed = wizard.language.pick("The draft could not be saved: ", "无法保存草稿：")
        return .run(id: "draft-save") { send in
            do { try await save(draft) } catch { send(.wizard(.draftStoreFailed(failed + error.localizedDescription))) }
        }
    }
}
