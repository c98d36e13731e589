import ConsoleCore
import ConsoleUI
import Foundation
import Localization
import OCPAPI
import TestSupport

/// Builds console states by sending actions through the real reducer; effects are dropped and
/// their results sent by hand, so every state is one the app can reach.
struct SceneDriver {
    /// 2026-11-20T12:00:00Z, a Friday.
    static let now = Date(timeIntervalSince1970: 1_795_176_000)

    /// The state being built.
    var state: ConsoleState
    private let feature: ConsoleFeature

    /// The language scenes are built in (their flashes and notes are worded as they are made);
    /// `ChineseScreenTests` builds every scene again under `zh-CN`.
    @TaskLocal static var language: Language = .english

    /// A driver starting from a fresh console; the health scan and the detail following the
    /// cursor are off unless `health` turns them on (their results are sent by the scenes).
    init(profile: String = "prod", readOnly: Bool = false, health: HealthScanSettings = .off) {
        state = ConsoleState(profile: profile, readOnly: readOnly, language: Self.language)
        state.health.settings = health
        feature = ConsoleFeature(dependencies: Self.dependencies)
    }

    /// Sends `actions` in order.
    mutating func send(_ actions: ConsoleAction...) {
        for action in actions { _ = feature.reduce(into: &state, action: action) }
    }

    /// Sends wizard actions in order.
    mutating func wizard(_ actions: WizardAction...) {
        for action in actions { send(.wizard(action)) }
    }

    /// Types `text` into the focused wizard field.
    mutating func type(_ text: String) {
        for character in text { send(.wizard(.typed(character))) }
    }

    /// Loads `clusters` as one finished load of the list.
    mutating func load(_ clusters: [Cluster], finish: Result<Int, ErrorInfo>? = nil) {
        send(.start, .viewportChanged(rows: 16))
        send(.list(.pageLoaded(generation: 1, clusters: clusters.map(ClusterSummary.init))))
        send(.list(.loadFinished(generation: 1, finish ?? .success(clusters.count))))
    }

    /// Opens the detail of the cluster at the cursor with its ability and strategy.
    mutating func openDetail(ability: BackupAbility, strategy: StrategySnapshot) {
        send(.openDetail)
        guard let id = state.detailClusterId else { return }
        send(.abilityLoaded(clusterId: id, .success(ability)), .strategyLoaded(clusterId: id, .success(strategy)))
    }

    /// Moves the list cursor to the cluster named `name`.
    mutating func select(_ name: String) {
        send(.list(.jumpToStart))
        for _ in 0..<state.list.visibleCount where state.list.highlighted?.name != name {
            send(.list(.moveDown))
        }
    }

    /// Dependencies with the scenes' clock and time zone; nothing else may be called (effects
    /// are dropped, results are sent by the scenes themselves).
    static let dependencies = ConsoleDependencies.failing(now: now, timeZoneOffset: 8 * 3600)

    /// A frame step over `state` at `size`, effects dropped: what the app would show and do.
    static func session(_ state: ConsoleState, size: Size, options: RenderOptions = RenderOptions()) -> ConsoleSession {
        ConsoleSession(
            store: .discardingEffects(initialState: state, feature: ConsoleFeature(dependencies: dependencies)), size: size, options: options)
    }
}
