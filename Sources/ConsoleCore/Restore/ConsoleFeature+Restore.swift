import Foundation
import Localization
import OCPAPI

extension ConsoleFeature {
    /// The keys of the restore wizard's reads: closing the wizard cancels them.
    static let restoreReads = [
        "restore-tenants", "restore-windows", "restore-target", "restore-target-tenants", "restore-target-restores", "restore-preview",
    ]

    /// The restore wizard: opening, its reads, moving between fields and steps, editing; the
    /// sending is ``reduceRestoreSend(_:action:)``'s.
    func reduceRestore(_ state: inout ConsoleState, action: RestoreAction) -> Effect<ConsoleAction> {
        if case .open(let tenantId) = action { return openRestore(&state, tenantId: tenantId) }
        guard var wizard = state.restore else { return .none }
        switch action {
        case .close:
            if wizard.submission == .inFlight || wizard.submission.isRereading {
                return flash("Wait for OCP's answer before closing the restore wizard.", tone: .error, in: &state)
            }
            state.restore = nil
            if state.focus == .restore { state.focus = state.detailClusterId == nil ? .list : .detail }
            return .merge(Self.restoreReads.map { .cancel(id: $0) })
        case .tenantsLoaded(let result):
            wizard.tenants.finish(result, at: dependencies.now())
            if wizard.form.tenantId == nil { wizard.form.tenantId = wizard.restorableTenants.first?.id }
            if wizard.initialForm.tenantId == nil { wizard.initialForm.tenantId = wizard.form.tenantId }
            state.restore = wizard
            return .none
        case .windowsLoaded(let result):
            wizard.windows.finish(result, at: dependencies.now())
            if wizard.step == .pointInTime { fillDefaultTime(&wizard) }
            state.restore = wizard
            return .none
        case .targetLoaded(let id, let result):
            wizard.targetDetails[id, default: Loadable()].finish(result, at: dependencies.now())
            if case .success(let cluster) = result, let index = wizard.targets.firstIndex(where: { $0.id == id }) {
                wizard.targets[index].cluster.status = cluster.status ?? wizard.targets[index].cluster.status
                wizard.targets[index].cluster.type = cluster.type ?? wizard.targets[index].cluster.type
                wizard.targets[index].availability = RestoreStepChecks.targetAvailability(wizard.targets[index].cluster, source: wizard.source)
            }
            fillZones(&wizard)
            state.restore = wizard
            return .none
        case .targetTenantsLoaded(let id, let result):
            wizard.targetTenants[id, default: Loadable()].finish(result, at: dependencies.now())
            state.restore = wizard
            return .none
        case .targetRestoresLoaded(let id, let result):
            wizard.targetRestores[id, default: Loadable()].finish(result, at: dependencies.now())
            state.restore = wizard
            return .none
        case .previewLoaded(let result):
            guard wizard.preview.isLoading else { return .none }
            wizard.preview.finish(result, at: dependencies.now())
            if case .failure(let error) = result, let field = RestoreIssueMap.field(for: error) {
                let effect = enterRestore(field.step, in: &wizard, state: state)
                focus(field, in: &wizard, message: error.summary)
                state.restore = wizard
                return effect
            }
            state.restore = wizard
            return .none
        case .nextField, .previousField, .typed, .deleteBackward, .toggle, .choose, .takeEarlier, .takeLater, .nextStep, .previousStep:
            guard wizard.draftOffer == nil, wizard.submission.allowsEditing else { return .none }
            let before = (wizard.form, wizard.step)
            let effect = editRestore(&wizard, action: action, state: state)
            state.restore = wizard
            let changed = before.0 != wizard.form || before.1 != wizard.step
            let isSecretEdit = wizard.focusedField?.isSecret == true && before.1 == wizard.step
            return changed && !isSecretEdit ? .merge([effect, saveRestoreDraft(wizard, profile: state.profile)]) : effect
        case .send, .sent, .reread, .rereadTasks, .openTask:
            return reduceRestoreSend(&state, action: action)
        case .export, .exportFinished:
            return reduceRestoreExport(&state, action: action)
        case .restoreDraft, .discardDraft, .draftLoaded, .draftStoreFailed:
            let effect = reduceRestoreDraft(&wizard, action: action, state: state)
            state.restore = wizard
            return effect
        case .open:
            return .none
        }
    }

    private func openRestore(_ state: inout ConsoleState, tenantId: Int64?) -> Effect<ConsoleAction> {
        guard let row = state.detailClusterId.flatMap({ state.list.row(id: $0) }) else { return .none }
        if let reason = state.availability(of: OperationCommand.restore)?.reason {
            return flash(Bilingual("A restore is not possible: \(reason.english).", "现在不能恢复：\(reason.chinese)。"), tone: .error, in: &state)
        }
        if let open = state.restore, open.source.id == row.id {
            state.focus = .restore
            return .none
        }
        let source = row.cluster
        var wizard = RestoreWizardState(source: source)
        wizard.language = state.language
        wizard.form.tenantId = tenantId
        wizard.initialForm = wizard.form
        wizard.targets = state.list.rows.map { other in
            RestoreTargetOption(cluster: other.cluster, availability: RestoreStepChecks.targetAvailability(other.cluster, source: source))
        }.sorted { ($0.availability.isEnabled ? 0 : 1, $0.cluster.name, $0.id) < ($1.availability.isEnabled ? 0 : 1, $1.cluster.name, $1.id) }
        let reads = readSource(&wizard)
        state.restore = wizard
        state.focus = .restore
        let restore = dependencies.restore
        let key = wizard.draftKey(profile: state.profile)
        return .merge([
            reads,
            .task(id: "restore-draft-load") {
                do { return .restore(.draftLoaded(try await restore.loadDraft(key))) } catch {
                    return .restore(.draftStoreFailed("The saved draft could not be read: \(error.localizedDescription)"))
                }
            },
        ])
    }

    /// Reads the source's tenants and its parsed backup data (the windows).
    func readSource(_ wizard: inout RestoreWizardState) -> Effect<ConsoleAction> {
        wizard.tenants.begin()
        wizard.windows.begin()
        let restore = dependencies.restore
        let operations = dependencies.operations
        let now = dependencies.now
        let offset = dependencies.timeZoneOffset(dependencies.now())
        let id = wizard.source.id
        return .merge([
            .task(id: "restore-tenants") { .restore(.tenantsLoaded(await restore.tenants(id).mapError(ErrorInfo.init))) },
            .task(id: "restore-windows") {
                .restore(
                    .windowsLoaded(
                        await operations.backupInfo(id).map { SourceWindows($0.value, answeredAt: $0.answeredAt ?? now(), localOffset: offset) }
                            .mapError(ErrorInfo.init)))
            },
        ])
    }

    /// Shows `step`: focus on its first field, and what the step needs read or prepared.
    func enterRestore(_ step: RestoreWizardStep, in wizard: inout RestoreWizardState, state: ConsoleState) -> Effect<ConsoleAction> {
        wizard.step = step
        wizard.focusIndex = 0
        wizard.refusal = []
        wizard.reviewScroll.reset()
        if step != .pointInTime { wizard.nearest = nil }
        switch step {
        case .pointInTime:
            fillDefaultTime(&wizard)
        case .target:
            if wizard.form.targetId == nil { wizard.form.targetId = wizard.targets.first { $0.availability.isEnabled }?.id }
            return readTarget(&wizard, again: true)
        case .tenantName, .resources:
            fillZones(&wizard)
            return readTarget(&wizard, again: false)
        case .preview:
            return startPreview(&wizard)
        case .review:
            prepareRestore(&wizard)
        case .confirm:
            wizard.confirmText = ""
        case .source:
            break
        }
        return .none
    }

    /// Reads the chosen target's zones, tenants and restore tasks (`again`: even when read before).
    func readTarget(_ wizard: inout RestoreWizardState, again: Bool) -> Effect<ConsoleAction> {
        guard let id = wizard.form.targetId else { return .none }
        var effects: [Effect<ConsoleAction>] = []
        let restore = dependencies.restore
        if again || wizard.targetDetails[id]?.value == nil {
            wizard.targetDetails[id, default: Loadable()].begin()
            effects.append(.task(id: "restore-target") { .restore(.targetLoaded(clusterId: id, await restore.cluster(id).mapError(ErrorInfo.init))) })
        }
        if again || wizard.targetTenants[id]?.value == nil {
            wizard.targetTenants[id, default: Loadable()].begin()
            effects.append(
                .task(id: "restore-target-tenants") {
                    .restore(.targetTenantsLoaded(clusterId: id, await restore.tenants(id).mapError(ErrorInfo.init)))
                })
        }
        if again || wizard.targetRestores[id]?.value == nil {
            wizard.targetRestores[id, default: Loadable()].begin()
            let range = OCPTimeRange.lastSevenDays(before: dependencies.now())
            effects.append(
                .task(id: "restore-target-restores") {
                    .restore(.targetRestoresLoaded(clusterId: id, await restore.restoreTasks(id, range).mapError(ErrorInfo.init)))
                })
        }
        return .merge(effects)
    }

    /// The latest recoverable time of the tenant, in the source's offset, when nothing is typed.
    private func fillDefaultTime(_ wizard: inout RestoreWizardState) {
        guard wizard.form.dateText.isEmpty, wizard.form.timeText.isEmpty, let tenant = wizard.tenantWindows,
            let offset = wizard.windows.value?.sourceOffset, let latest = RestoreRules.defaultPointInTime(tenant, offsetSeconds: offset)
        else { return }
        let texts = RestoreTimeText.texts(latest.date, offset: offset)
        (wizard.form.dateText, wizard.form.timeText, wizard.form.offsetText) = (texts.date, texts.time, texts.offset)
    }

    /// The target's zones as rows, once its detail is read (kept while they name the same zones).
    private func fillZones(_ wizard: inout RestoreWizardState) {
        guard let id = wizard.form.targetId, let cluster = wizard.targetDetails[id]?.value else { return }
        let names = (cluster.zones ?? []).compactMap(\.name).map(TextSanitizer.singleLine)
        guard wizard.form.zones.map(\.name) != names else { return }
        wizard.form.zones = names.map { RestoreZoneForm(name: $0) }
        wizard.form.primaryZone = ""
    }

    /// Focuses `field` with `message` beside it.
    func focus(_ field: RestoreField, in wizard: inout RestoreWizardState, message: String) {
        wizard.focusIndex = wizard.fields(of: wizard.step).firstIndex(of: field) ?? 0
        wizard.fieldErrors[field] = message
        wizard.refusal = [message]
    }
}

extension RestoreSubmission {
    /// Whether the restore tasks are being read after no answer.
    var isRereading: Bool {
        if case .outcomeUnknown = self { return true }
        return false
    }
}

extension ConsoleFeature {
    /// `r` in the restore wizard: reads again what the step shows (after no answer and a failed
    /// re-read, the restore tasks).
    func refreshRestore(_ state: inout ConsoleState) -> Effect<ConsoleAction> {
        guard var wizard = state.restore else { return .none }
        if case .rereadFailed = wizard.submission { return reduceRestoreSend(&state, action: .rereadTasks) }
        let effect: Effect<ConsoleAction>
        switch wizard.step {
        case .source, .pointInTime:
            effect = readSource(&wizard)
        case .target, .tenantName, .resources:
            effect = readTarget(&wizard, again: true)
        case .preview:
            effect = startPreview(&wizard)
        case .review, .confirm:
            effect = .none
        }
        state.restore = wizard
        return effect
    }
}
