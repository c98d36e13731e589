import ConsoleCore
import ConsoleUI
import OCPAPI
import OCPSimulator

/// Console states full of hostile server text (``HostileCorpus``): the list, the detail of every
/// cluster, errors, every wizard step of a modify, the review, the outcomes and the dialogs.
enum HostileScenes {
    /// The hostile fleet as OCP would send it.
    static let clusters = HostileFixtures.seeds.map { ClusterBuilder.cluster($0, utcOffsetSeconds: 8 * 3600) }

    /// The strategies of the hostile fleet, by cluster id, as read back (secrets masked).
    static let strategies: [Int64: BackupStrategy] = Dictionary(
        uniqueKeysWithValues: HostileFixtures.strategies(utcOffsetSeconds: 8 * 3600).compactMap { strategy in
            var masked = strategy
            masked.tenantName = HostileCorpus.string(Int(strategy.clusterId ?? 0))
            if var base = masked.obBackupServiceStorageConfig?.obBackupStorageBaseInfo {
                base.ossAccessKey?.accessKeySecret = Secret(Secret.mask)
                base.cosAccessKey?.accessKeySecret = Secret(Secret.mask)
                masked.obBackupServiceStorageConfig?.obBackupStorageBaseInfo = base
            }
            return strategy.clusterId.map { ($0, masked) }
        })

    /// An OCP error whose every string is hostile.
    static func error(_ index: Int) -> ErrorInfo {
        ErrorInfo(
            OCPAPIError(
                kind: .ocp, httpStatus: 500, code: HostileCorpus.string(index), message: HostileCorpus.string(index + 1),
                traceId: HostileCorpus.string(index + 2), method: "GET", path: "/api/v2/ob/clusters",
                subErrors: [OCPSubError(object: HostileCorpus.string(index + 3), field: HostileCorpus.string(index + 4), message: "x")]))
    }

    /// A driver with the hostile list loaded and the cursor on the `index`-th visible row.
    static func listDriver(cursorAt index: Int, readOnly: Bool = false) -> SceneDriver {
        var driver = SceneDriver(readOnly: readOnly)
        driver.load(clusters)
        driver.send(.list(.jumpToStart))
        for _ in 0..<index { driver.send(.list(.moveDown)) }
        return driver
    }

    /// `driver` with the detail of the cluster at the cursor open and answered.
    static func openDetail(_ driver: inout SceneDriver) {
        driver.send(.openDetail)
        guard let id = driver.state.detailClusterId, let seed = HostileFixtures.seeds.first(where: { $0.id == id }) else { return }
        let ability: Result<BackupAbility, ErrorInfo> =
            HostileFixtures.abilityFailure(for: seed) != nil
            ? .failure(error(Int(id))) : .success(HostileFixtures.ability(for: seed))
        let strategy: StrategySnapshot = strategies[id].map { .present($0) } ?? StrategySnapshot.none
        driver.send(.abilityLoaded(clusterId: id, ability), .strategyLoaded(clusterId: id, .success(strategy)))
    }

    /// The detail of every cluster of the fleet on every tab, one scene each.
    static var details: [Scene] {
        clusters.indices.flatMap { index in
            DetailTab.allCases.map { tab in
                var driver = listDriver(cursorAt: index)
                openDetail(&driver)
                driver.send(.detail(.selectTab(tab)))
                return Scene(name: "hostile-detail-\(index)-\(tab.title.english)", state: driver.state)
            }
        }
    }

    /// Every step of modifying a hostile strategy, then the review, the confirmation and the
    /// outcomes. Every other strategy gets a valid name and a typed secret first, so that its
    /// hostile URL, endpoint and key id reach the review.
    static var modifySteps: [Scene] {
        var scenes: [Scene] = []
        var strategiesSeen = 0
        for index in clusters.indices {
            var driver = listDriver(cursorAt: index)
            guard let id = driver.state.list.highlighted?.cluster.id, strategies[id] != nil else { continue }
            openDetail(&driver)
            driver.send(.editStrategy)
            scenes.append(Scene(name: "hostile-edit-\(index)-0", state: driver.state))
            strategiesSeen += 1
            if strategiesSeen % 2 == 0 {
                driver.state.wizard?.form.storage.configName = "hostile_ok"
                driver.state.wizard?.form.storage.secret = Secret("typed-secret")
            }
            for step in 1...6 {
                driver.wizard(.nextStep)
                scenes.append(Scene(name: "hostile-edit-\(index)-\(step)", state: driver.state))
            }
            var confirm = driver
            confirm.wizard(.submit)
            scenes.append(Scene(name: "hostile-confirm-\(index)", state: confirm.state))
            var failed = confirm
            failed.wizard(.confirmSubmit, .submitFinished(.failure(error(index))))
            scenes.append(Scene(name: "hostile-failed-\(index)", state: failed.state))
            var succeeded = confirm
            succeeded.wizard(.confirmSubmit, .submitFinished(.success(receipt(index))))
            scenes.append(Scene(name: "hostile-succeeded-\(index)", state: succeeded.state))
        }
        return scenes
    }

    /// A receipt whose free texts are hostile.
    static func receipt(_ index: Int) -> MutationReceipt {
        MutationReceipt(
            response: BackupCommonResponse(
                obBackupTaskType: BackupTaskType(rawValue: HostileCorpus.string(index)),
                backupObjectOpsResultList: [
                    BackupObjectOpsResult(
                        obBackupObjectList: [
                            BackupObject(clusterId: 1, tenantId: 7, backupDimension: BackupDimension(rawValue: HostileCorpus.string(index + 1)))
                        ],
                        beSuccessful: false, taskIdList: [3_000_041], errorCode: .string(HostileCorpus.string(index + 2)),
                        hint: HostileCorpus.string(index + 3))
                ]), traceId: HostileCorpus.string(index + 4), httpStatus: 200)
    }

    /// Dialogs, flashes and errors over the hostile list.
    static var dialogs: [Scene] {
        var scenes: [Scene] = []
        var loadError = SceneDriver()
        loadError.send(.start, .viewportChanged(rows: 16), .list(.pageLoaded(generation: 1, clusters: clusters.map(ClusterSummary.init))))
        loadError.send(.list(.loadFinished(generation: 1, .failure(error(3)))))
        scenes.append(Scene(name: "hostile-load-error", state: loadError.state))
        for index in [0, 2, 6, 16, 22, 23] {
            var delete = listDriver(cursorAt: index)
            openDetail(&delete)
            delete.send(.deleteStrategy)
            for character in HostileCorpus.string(index).prefix(12) { delete.send(.dialogTyped(character)) }
            scenes.append(Scene(name: "hostile-delete-\(index)", state: delete.state))
        }
        var palette = listDriver(cursorAt: 1)
        palette.send(.openPalette)
        for character in HostileCorpus.string(0) + HostileCorpus.string(2) { palette.send(.dialogTyped(character)) }
        scenes.append(Scene(name: "hostile-palette", state: palette.state))
        var unknown = palette
        unknown.send(.dialogSubmit)
        scenes.append(Scene(name: "hostile-palette-unknown", state: unknown.state))
        var filter = listDriver(cursorAt: 0)
        filter.send(.list(.beginFilter))
        for character in HostileCorpus.string(13) { filter.send(.list(.filterTyped(character))) }
        scenes.append(Scene(name: "hostile-filter", state: filter.state))
        var readOnly = listDriver(cursorAt: 4, readOnly: true)
        openDetail(&readOnly)
        readOnly.send(.newStrategy)
        scenes.append(Scene(name: "hostile-read-only", state: readOnly.state))
        var help = listDriver(cursorAt: 5)
        help.send(.showHelp)
        scenes.append(Scene(name: "hostile-help", state: help.state))
        return scenes
    }

    /// Every hostile scene, with hostile render options (address and principal) too.
    static var all: [Scene] {
        (details + modifySteps + dialogs).map { scene in
            var scene = scene
            scene.options = RenderOptions(address: "https://ocp\u{1B}]0;pwned\u{07}.example:8080", principal: HostileCorpus.string(1))
            return scene
        }
    }
}
