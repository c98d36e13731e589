import Foundation
import OCPAPI

extension ConsoleFeature {
    /// The restore wizard's draft: offered when it opens, taken or dropped, saved as it changes.
    func reduceRestoreDraft(_ wizard: inout RestoreWizardState, action: RestoreAction, state: ConsoleState) -> Effect<ConsoleAction> {
        switch action {
        case .draftLoaded(let draft):
            if let draft, draft.form != wizard.form.withoutSecrets { wizard.draftOffer = draft }
            return .none
        case .restoreDraft:
            guard let draft = wizard.draftOffer else { return .none }
            wizard.draftOffer = nil
            wizard.form = draft.form
            return enterRestore(draft.step, in: &wizard, state: state)
        case .discardDraft:
            guard wizard.draftOffer != nil else { return .none }
            wizard.draftOffer = nil
            let key = wizard.draftKey(profile: state.profile)
            let delete = dependencies.restore.deleteDraft
            return .run(id: "restore-draft-save") { send in
                do { try await delete(key) } catch { send(.restore(.draftStoreFailed("The draft could not be removed."))) }
            }
        case .draftStoreFailed(let message):
            wizard.draftError = message
            return .none
        default:
            return .none
        }
    }

    /// Saves the wizard as a draft (the secret left out); only a failure reports back.
    func saveRestoreDraft(_ wizard: RestoreWizardState, profile: String) -> Effect<ConsoleAction> {
        let draft = RestoreDraft(key: wizard.draftKey(profile: profile), step: wizard.step, form: wizard.form, savedAt: dependencies.now())
        let save = dependencies.restore.saveDraft
        return .run(id: "restore-draft-save") { send in
            do { try await save(draft) } catch {
                send(.restore(.draftStoreFailed("The draft could not be saved: \(error.localizedDescription)")))
            }
        }
    }

    /// Exporting the reviewed body as a file `ocpbackup restore --file` takes.
    func reduceRestoreExport(_ state: inout ConsoleState, action: RestoreAction) -> Effect<ConsoleAction> {
        switch action {
        case .export(let path):
            guard let wizard = state.restore, [.review, .confirm].contains(wizard.step), let mutation = wizard.mutation else {
                return flash("Export works on the restore's review: finish the steps first, then x.", tone: .error, in: &state)
            }
            guard let bytes = mutation.request.body, let body = try? JSONValue.parse(bytes) else {
                return flash("The request body could not be read back; nothing was written.", tone: .error, in: &state)
            }
            let trimmed = path?.trimmingCharacters(in: .whitespaces)
            let export = RestoreExport(
                clusterId: wizard.source.id, clusterName: wizard.source.name, tenantName: wizard.form.tenantName, body: body.maskingSecrets(),
                path: trimmed?.isEmpty == false ? trimmed : nil)
            let write = dependencies.restore.writeExport
            return .task(id: "restore-export") { .restore(.exportFinished(await write(export))) }
        case .exportFinished(.success(let path)):
            return flash("Wrote \(TextSanitizer.singleLine(path)) (secrets as ******); ocpbackup restore --file takes it.", in: &state)
        case .exportFinished(.failure(let failure)):
            return flash(failure.message, tone: .error, in: &state)
        default:
            return .none
        }
    }
}
