import ConsoleCore
import ConsoleUI
import Foundation
import OCPAPI

/// The fleet's health as the scan answers it, for the scenes.
enum SceneHealth {
    /// A fleet whose names reach 20 display columns (CJK counted double) and every level.
    static let clusters: [Cluster] =
        SceneData.clusters + [
            Cluster(id: 7, name: "华东生产订单集群-001", obVersion: "4.2.5.1"),
            Cluster(id: 8, name: "ob-payments-hz-00010", obVersion: "4.2.1.0", type: .standby),
        ]

    /// Cluster `id`'s health: its schedule, last data backup and log delay, or a failed overview.
    static func summary(
        _ id: Int64, schedule: BackupScheduleStatus = .normal, backupAgo: TimeInterval = 3 * 3600, delay: Double = 40, failed: Bool = false
    ) -> ClusterHealthSummary {
        let cluster = ClusterSummary(clusters.first { $0.id == id } ?? Cluster(id: id, name: "?"))
        let overview = BackupOverview(
            clusterId: id, backupScheduleStatus: schedule, lastDataBackupTime: OCPTimestamp(date: SceneDriver.now.addingTimeInterval(-backupAgo)),
            latestLogBackupCheckpoint: OCPTimestamp(date: SceneDriver.now.addingTimeInterval(-delay)), logBackupDelaySeconds: delay)
        let input = HealthInput(
            cluster: cluster,
            overview: failed
                ? .failed("OCP answered 503 ERR_SERVICE_UNAVAILABLE (traceId 7f3a9c21e4b05d18): press r to try again.") : .read(overview),
            strategy: .read(SceneData.strategy), alerts: .read([]), now: SceneDriver.now)
        return ClusterHealthSummary(input, clusterId: id, readAt: SceneDriver.now, generation: 1)
    }

    /// Every level: OK, a paused schedule (WARN), a log far behind (CRIT), a failed overview (?).
    static let answers: [ClusterHealthSummary] = [
        summary(1), summary(2, schedule: .paused, backupAgo: 9 * 86_400), summary(3, delay: 7_200), summary(4), summary(5, failed: true),
        summary(7), summary(8, schedule: .abnormal, backupAgo: 4 * 86_400),
    ]

    /// A driver holding the fleet, scanned but for cluster 6 (being read).
    static func scanned() -> SceneDriver {
        var driver = SceneDriver(health: HealthScanSettings(concurrency: 2, refreshInterval: nil, followDelay: nil))
        driver.load(clusters)
        driver.send(.health(.alertsRead(generation: 1, .success([]))))
        for answer in answers { driver.send(.health(.clusterRead(generation: 1, answer))) }
        return driver
    }
}

extension Scene {
    /// The fleet with its health, the scan under way, a CJK name of 20 columns shown whole.
    static var fleetHealth: Scene {
        var driver = SceneHealth.scanned()
        driver.select("华东生产订单集群-001")
        return Scene(name: "fleet-health", state: driver.state)
    }

    /// The fleet with its health in ASCII: the levels say it in text.
    static var fleetHealthASCII: Scene {
        var scene = fleetHealth
        scene.name = "fleet-health-ascii"
        scene.options.lineSet = .ascii
        return scene
    }

    /// Only the clusters with problems, worst first.
    static var problems: Scene {
        var driver = SceneHealth.scanned()
        driver.send(.list(.showProblems))
        for _ in 0..<3 { driver.send(.list(.cycleSort)) }
        return Scene(name: "fleet-problems", state: driver.state)
    }

    /// The Overview of a paused cluster: its health reasons, facts and actions, detail focused.
    static var overviewHealth: Scene { pausedOverview(name: "overview-health", listFocused: false) }

    /// The same Overview beside the focused list, as the detail shows the cluster under the
    /// cursor: at 80 columns the pane is narrow and its lines flow onto more lines.
    static var overviewFollowing: Scene { pausedOverview(name: "overview-following", listFocused: true) }

    /// The paused cluster's Overview, with the detail or the list focused.
    private static func pausedOverview(name: String, listFocused: Bool) -> Scene {
        var driver = SceneHealth.scanned()
        driver.select("生产集群-华东")
        driver.openDetail(ability: SceneData.ability, strategy: .present(SceneData.strategy))
        let overview = BackupOverview(
            clusterId: 2, backupScheduleStatus: .paused, lastDataBackupTime: OCPTimestamp(date: SceneDriver.now.addingTimeInterval(-9 * 86_400)),
            latestLogBackupCheckpoint: OCPTimestamp(date: SceneDriver.now.addingTimeInterval(-40)), logBackupDelaySeconds: 40)
        driver.send(.operation(.overviewRead(clusterId: 2, .success(Served(overview, answeredAt: SceneDriver.now)))))
        if listFocused { driver.send(.back) }
        return Scene(name: name, state: driver.state)
    }

    /// The Overview of a cluster whose overview could not be read: `?` and the error.
    static var overviewFailed: Scene {
        var driver = SceneHealth.scanned()
        driver.select("legacy-2x")
        driver.openDetail(ability: SceneData.ability, strategy: .present(SceneData.strategy))
        driver.send(.operation(.overviewRead(clusterId: 5, .failure(SceneData.serverError))))
        return Scene(name: "overview-failed", state: driver.state)
    }

    /// The scenes of the fleet's health.
    static var healthScenes: [Scene] { [fleetHealth, fleetHealthASCII, problems, overviewHealth, overviewFollowing, overviewFailed] }
}
