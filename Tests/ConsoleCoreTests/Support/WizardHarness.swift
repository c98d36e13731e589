import OCPAPI

@testable import ConsoleCore

/// Builds wizard states and drives the reducer directly for rule tests (effects are ignored
/// there; the store tests cover them).
enum WizardHarness {
    static func detailState(
        cluster: Cluster = Fixtures.cluster(1, "alpha"), ability: BackupAbility = Fixtures.ability(), strategy: BackupStrategy? = nil,
        readOnly: Bool = false
    ) -> ConsoleState {
        var state = ConsoleState(profile: "prod", readOnly: readOnly)
        state.list.merge([cluster])
        state.detailClusterId = cluster.id
        state.focus = .detail
        state.abilities[cluster.id] = Loadable(value: ability, loadedAt: Fixtures.now)
        state.strategies[cluster.id] = Loadable(value: strategy.map(StrategySnapshot.present) ?? StrategySnapshot.none, loadedAt: Fixtures.now)
        return state
    }

    static func newWizard(cluster: Cluster = Fixtures.cluster(1, "alpha"), ability: BackupAbility = Fixtures.ability()) -> WizardState {
        let options = WizardOptions(cluster: cluster, ability: ability)
        return WizardState(options: options, original: nil, form: StrategyForm(backupMode: options.defaultMode, offsetSeconds: Fixtures.localOffset))
    }

    static func state(with wizard: WizardState) -> ConsoleState {
        var state = detailState(cluster: wizard.options.cluster, ability: wizard.options.ability ?? Fixtures.ability(), strategy: wizard.original)
        state.wizard = wizard
        state.focus = .wizard
        return state
    }

    /// Applies actions through the reducer, dropping effects.
    @discardableResult
    static func apply(_ actions: [WizardAction], to state: inout ConsoleState, world: FakeWorld = FakeWorld()) -> ConsoleState {
        let feature = ConsoleFeature(dependencies: world.dependencies)
        for action in actions { _ = feature.reduce(into: &state, action: .wizard(action)) }
        return state
    }

    static func type(_ text: String) -> [WizardAction] {
        text.map { WizardAction.typed($0) }
    }

    static func clear(_ count: Int) -> [WizardAction] {
        Array(repeating: .deleteBackward, count: count)
    }

    /// Focuses `field` on the current step by moving from the first field.
    static func focus(_ field: WizardField, in state: inout ConsoleState) {
        guard let wizard = state.wizard, let index = wizard.fields(of: wizard.step).firstIndex(of: field) else { return }
        state.wizard?.focusIndex = index
    }

    /// Jumps to a step without checks (for rule tests of later steps).
    static func go(to step: WizardStep, in state: inout ConsoleState) {
        state.wizard?.step = step
        state.wizard?.focusIndex = 0
    }

    /// A new wizard on the review of an OSS strategy whose secret is `secret`.
    static func ossReview(secret: String) -> ConsoleState {
        var state = WizardHarness.state(with: WizardHarness.newWizard())
        state.wizard?.form.storage = StorageForm(
            type: .oss, configName: "oss_main", url: "bucket/backup", endpoint: "oss-cn-hangzhou.aliyuncs.com", accessKeyId: "AKID",
            secret: Secret(secret))
        go(to: .secondary, in: &state)
        apply([.nextStep], to: &state)
        return state
    }

    /// A FILE storage that passes every rule.
    static func fillValidStorage(_ state: inout ConsoleState) {
        state.wizard?.form.storage.configName = "nfs_main"
        state.wizard?.form.storage.url = "/obbackup/"
    }
}
