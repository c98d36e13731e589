import ConsoleCore
import ConsoleUI
import Foundation
import OCPAPI

/// The real console (reducer and renderer) holding a list of clusters, driven by keys through
/// the standard key map; effects are dropped and their results sent by hand.
struct ConsoleScene {
    static let now = Date(timeIntervalSince1970: 1_795_176_000)
    static let feature = ConsoleFeature(
        dependencies: ConsoleDependencies(
            listClusters: { _ in .success(0) }, ability: { _ in .failure(OCPAPIError(kind: .connection, message: "unused")) },
            strategy: { _ in .success(nil) }, create: { _, _ in .failure(OCPAPIError(kind: .connection, message: "unused")) },
            modify: { _, _ in .failure(OCPAPIError(kind: .connection, message: "unused")) },
            delete: { _ in .failure(OCPAPIError(kind: .connection, message: "unused")) }, now: { now }, timeZoneOffset: { _ in 8 * 3600 },
            sleep: { _ in }, drafts: DraftStoreClient(load: { _ in nil }, save: { _ in }, delete: { _ in })))

    var state = ConsoleState(profile: "prod", readOnly: false)
    let size: Size

    /// A console of `size` with `count` clusters loaded.
    init(size: Size, clusters count: Int) {
        self.size = size
        send(.viewportChanged(rows: ConsoleRenderer.listViewportRows(for: size)))
        send(.start)
        let statuses: [ClusterStatus] = [.running, .stopped, .operating, .running]
        let clusters = (0..<count).map { index in
            Cluster(
                id: Int64(index + 1), name: "cluster-\(String(index * 7919 % 100_003, radix: 36))", obVersion: index % 2 == 0 ? "4.2.1.0" : "3.1.4",
                status: statuses[index % statuses.count])
        }
        send(.list(.pageLoaded(generation: 1, clusters: clusters.map(ClusterSummary.init))))
        send(.list(.loadFinished(generation: 1, .success(count))))
    }

    mutating func send(_ action: ConsoleAction) {
        _ = Self.feature.reduce(into: &state, action: action)
    }

    /// Sends what `key` means now.
    mutating func press(_ key: Key) {
        if case .send(let action)? = KeyMap.standard.command(for: key, in: state) { send(action) }
    }

    /// The frame for the current state.
    func render() -> ScreenBuffer {
        ConsoleRenderer.render(state, size: size, options: RenderOptions(address: "https://ocp.example.com:8080", principal: "admin"))
    }

    /// Opens the wizard for a new strategy of the cluster at the cursor, on its schedule step
    /// with the day grid focused.
    mutating func openScheduleGrid() {
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
