import ConsoleCore
import ConsoleUI
import Foundation
import OCPAPI
import TestSupport

/// The real console (reducer, key map and renderer through its frame step) holding a list of
/// clusters; effects are dropped and their results sent by hand.
struct ConsoleScene {
    static let now = Date(timeIntervalSince1970: 1_795_176_000)
    /// The frame step every key and frame goes through.
    let session: ConsoleSession

    /// A fresh console without the background health scan (its results are not sent here).
    static var initialState: ConsoleState {
        var state = ConsoleState(profile: "prod", readOnly: false)
        state.health.settings = .off
        return state
    }

    /// A console of `size` with `count` clusters loaded.
    init(size: Size, clusters count: Int) {
        let feature = ConsoleFeature(dependencies: .failing(now: Self.now, timeZoneOffset: 8 * 3600))
        session = ConsoleSession(
            store: .discardingEffects(initialState: Self.initialState, feature: feature), size: size,
            options: RenderOptions(address: "https://ocp.example.com:8080", principal: "admin"))
        session.start()
        let statuses: [ClusterStatus] = [.running, .stopped, .operating, .running]
        let clusters = (0..<count).map { index in
            Cluster(
                id: Int64(index + 1), name: "cluster-\(String(index * 7919 % 100_003, radix: 36))", obVersion: index % 2 == 0 ? "4.2.1.0" : "3.1.4",
                status: statuses[index % statuses.count])
        }
        send(.list(.pageLoaded(generation: 1, clusters: clusters.map(ClusterSummary.init))))
        send(.list(.loadFinished(generation: 1, .success(count))))
    }

    /// The console's state.
    var state: ConsoleState { session.state }

    func send(_ action: ConsoleAction) {
        session.send(action)
    }

    /// Sends what `key` means now.
    func press(_ key: Key) {
        session.press(key)
    }

    /// The frame for the current state.
    func render() -> ScreenBuffer {
        session.frame()
    }

    /// Opens the wizard for a new strategy of the cluster at the cursor, on its schedule step
    /// with the day grid focused.
    func openScheduleGrid() {
        press(.enter)
        let id = state.detailClusterId ?? 0
        let ability = BackupAbility(
            backupAbility: .physical, backupMode: .physical,
            obDataBackupSupportAbility: DataBackupSupportAbility(
                fullBackupEnabled: true, incrementBackupEnabled: true, canDoIncrementalBackup: true, hint: nil))
        send(.abilityLoaded(clusterId: id, .success(ability)))
        send(.strategyLoaded(clusterId: id, .success(.none)))
        send(.newStrategy)
        send(.wizard(.draftLoaded(nil)))
        send(.wizard(.nextStep))
        send(.wizard(.nextField))
    }
}
