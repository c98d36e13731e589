import Foundation
import OCPAPI

@testable import ConsoleCore

/// Builds restore wizard states by driving the reducer directly, the reads' answers sent as
/// their actions (effects are dropped; the store tests cover them).
enum RestoreHarness {
    /// The wizard opened on the source with its tenants and windows read.
    static func opened(world: FakeWorld = RestoreFixtures.world(), readOnly: Bool = false) -> ConsoleState {
        var state = RestoreFixtures.state(readOnly: readOnly)
        apply(
            [.open(tenantId: nil), .tenantsLoaded(.success(RestoreFixtures.tenants)), .windowsLoaded(.success(RestoreFixtures.windows))], to: &state,
            world: world)
        return state
    }

    /// The wizard walked to `step` with valid values (the target's reads answered on the way).
    static func at(_ step: RestoreWizardStep, world: FakeWorld = RestoreFixtures.world(), name: String = "trade_r") -> ConsoleState {
        var state = opened(world: world)
        while let current = state.restore?.step, current != step {
            switch current {
            case .target:
                apply(
                    [
                        .targetLoaded(clusterId: 2, .success(RestoreFixtures.targetDetail)),
                        .targetTenantsLoaded(clusterId: 2, .success(RestoreFixtures.targetTenants)),
                        .targetRestoresLoaded(clusterId: 2, .success([])),
                    ], to: &state, world: world)
            case .tenantName:
                for character in name { apply([.typed(character)], to: &state, world: world) }
            case .preview:
                apply([.previewLoaded(.success(RestoreFixtures.preview))], to: &state, world: world)
            default:
                break
            }
            let before = state.restore?.step
            apply([.nextStep], to: &state, world: world)
            if state.restore?.step == before { break }
        }
        return state
    }

    /// Applies actions through the reducer, dropping effects.
    static func apply(_ actions: [RestoreAction], to state: inout ConsoleState, world: FakeWorld = RestoreFixtures.world()) {
        let feature = ConsoleFeature(dependencies: world.dependencies)
        for action in actions { _ = feature.reduce(into: &state, action: .restore(action)) }
    }

    /// Replaces the typed time.
    static func type(date: String, time: String, offset: String, into state: inout ConsoleState) {
        state.restore?.form.dateText = date
        state.restore?.form.timeText = time
        state.restore?.form.offsetText = offset
    }
}
