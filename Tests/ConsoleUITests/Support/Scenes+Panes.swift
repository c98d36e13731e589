import ConsoleCore
import ConsoleUI
import OCPAPI

extension Scene {
    /// The list with a cluster's strategy in the detail pane (its Strategy tab).
    static var listWithDetail: Scene {
        var driver = SceneDriver()
        driver.load(SceneData.clusters)
        driver.select("alpha")
        driver.openDetail(ability: SceneData.ability, strategy: .present(SceneData.strategy))
        driver.send(.detail(.selectTab(.strategy)))
        driver.select("生产集群-华东")
        return Scene(name: "list-detail", state: driver.state)
    }

    /// A standby cluster without a strategy: why none can be made (its Strategy tab).
    static var standbyDetail: Scene {
        var driver = SceneDriver()
        driver.load(SceneData.clusters)
        driver.select("测试库")
        driver.openDetail(ability: SceneData.ability, strategy: StrategySnapshot.none)
        driver.send(.detail(.selectTab(.strategy)))
        return Scene(name: "detail-standby", state: driver.state)
    }

    /// The ability failed with a trace id while the strategy is still loading (the Ability tab).
    static var detailError: Scene {
        var driver = SceneDriver()
        driver.load(SceneData.clusters)
        driver.select("生产集群-华东")
        driver.send(.openDetail, .detail(.selectTab(.ability)))
        driver.send(.abilityLoaded(clusterId: 2, .failure(SceneData.serverError)))
        return Scene(name: "detail-error", state: driver.state)
    }

    /// Quitting with unsaved wizard changes.
    static var confirmQuit: Scene {
        var driver = newWizard()
        driver.wizard(.nextStep, .nextField, .toggle)
        driver.send(.quit)
        return Scene(name: "confirm-quit", state: driver.state)
    }

    /// The first page arrived, more are coming.
    static var loading: Scene {
        var driver = SceneDriver()
        driver.send(
            .start, .viewportChanged(rows: 16),
            .list(.pageLoaded(generation: 1, clusters: Array(SceneData.clusters.prefix(3)).map(ClusterSummary.init))))
        return Scene(name: "list-loading", state: driver.state)
    }

    /// The load failed after a page: rows kept, the error with its trace id below.
    static var loadError: Scene {
        var driver = SceneDriver()
        driver.send(.start, .viewportChanged(rows: 16), .list(.pageLoaded(generation: 1, clusters: SceneData.clusters.map(ClusterSummary.init))))
        driver.send(.list(.loadFinished(generation: 1, .failure(SceneData.serverError))))
        return Scene(name: "list-error", state: driver.state)
    }

    /// Typing a filter.
    static var filtering: Scene {
        var driver = SceneDriver()
        driver.load(SceneData.clusters)
        driver.send(.list(.beginFilter), .list(.filterTyped("a")), .list(.filterTyped("l")))
        return Scene(name: "list-filter", state: driver.state)
    }

    /// The palette with `re` typed.
    static var palette: Scene {
        var driver = SceneDriver()
        driver.load(SceneData.clusters)
        driver.send(.openPalette, .dialogTyped("r"), .dialogTyped("e"))
        return Scene(name: "palette", state: driver.state)
    }

    /// Help over the list.
    static var help: Scene {
        var driver = SceneDriver()
        driver.load(SceneData.clusters)
        driver.send(.showHelp)
        return Scene(name: "help", state: driver.state)
    }

    /// Deleting a strategy, the name half typed.
    static var confirmDelete: Scene {
        var driver = SceneDriver()
        driver.load(SceneData.clusters)
        driver.select("alpha")
        driver.openDetail(ability: SceneData.ability, strategy: .present(SceneData.strategy))
        driver.send(.deleteStrategy, .dialogTyped("a"), .dialogTyped("l"), .dialogTyped("p"))
        return Scene(name: "confirm-delete", state: driver.state)
    }

    /// Read-only, with an error flash (the Strategy tab).
    static var readOnly: Scene {
        var driver = SceneDriver(readOnly: true)
        driver.load(SceneData.clusters)
        driver.select("alpha")
        driver.openDetail(ability: SceneData.ability, strategy: StrategySnapshot.none)
        driver.send(.detail(.selectTab(.strategy)))
        driver.send(.newStrategy)
        return Scene(name: "read-only", state: driver.state)
    }

    /// The month grid drawn for a terminal that is not UTF-8.
    static var asciiGrid: Scene {
        var scene = scheduleMonth
        scene.name = "ascii-grid"
        scene.options.lineSet = .ascii
        return scene
    }

    /// The list drawn with ASCII lines.
    static var ascii: Scene {
        var scene = listWithDetail
        scene.name = "ascii"
        scene.options.lineSet = .ascii
        return scene
    }
}
