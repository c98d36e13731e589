import ConsoleCore
import ConsoleUI
import OCPAPI

extension Scene {
    /// The task view's and the operations' scenes (in `Scene.all`).
    static var taskScenes: [Scene] {
        [
            taskRunning, taskFailed, taskFailedASCII, taskLoading, backupNowChoice, backupNowConfirm, pauseConfirm, retryConfirm, operationUnknown,
            alreadyRunning, tasksTab, recoverableTab, recoverableASCII, overviewActions,
        ]
    }

    /// The detail of 生产集群-华东 with its strategy, as the operations start from it.
    static func operationsDriver(readOnly: Bool = false) -> SceneDriver {
        var driver = SceneDriver(readOnly: readOnly)
        driver.load(SceneData.clusters)
        driver.select("生产集群-华东")
        driver.openDetail(ability: SceneData.ability, strategy: .present(SceneData.strategy))
        return driver
    }

    /// A task view showing `task` and the log of `logStep`.
    static func taskDriver(_ task: TaskInstance, log: String, logStep: Int) -> SceneDriver {
        var driver = operationsDriver()
        driver.send(.task(.open(clusterId: 2, taskId: task.id)))
        driver.send(.task(.loaded(view: 1, .success(Served(task, answeredAt: SceneDriver.now)))))
        driver.send(.task(.logLoaded(view: 1, subtaskId: SceneData.stepId(logStep), .success(TaskLogText(log)))))
        return driver
    }

    /// A backup running its fourth step, the tail of that step's log.
    static var taskRunning: Scene {
        Scene(name: "task-running", state: taskDriver(SceneData.runningTask, log: SceneData.copyLog(lines: 60), logStep: 3).state)
    }

    /// A backup that failed in its compaction step, with that step's log.
    static var taskFailed: Scene {
        Scene(name: "task-failed", state: taskDriver(SceneData.failedTask, log: SceneData.failureLog(), logStep: 1).state)
    }

    /// The failed task for a terminal that is not UTF-8.
    static var taskFailedASCII: Scene {
        var scene = taskFailed
        scene.name = "task-failed-ascii"
        scene.options.lineSet = .ascii
        return scene
    }

    /// A data backup row whose task is being looked up.
    static var taskLoading: Scene {
        var driver = operationsDriver()
        let row = DataBackupTask(taskId: 23, backupSetId: 23, startTime: SceneData.stamp(0), status: .done)
        driver.send(.task(.openDataBackup(clusterId: 2, row)))
        return Scene(name: "task-loading", state: driver.state)
    }

    /// `b`, incremental chosen while OCP says it cannot work yet.
    static var backupNowChoice: Scene {
        var driver = operationsDriver()
        driver.send(.operation(.backUpNow), .operation(.choose(.incremental)))
        return Scene(name: "backup-now-choice", state: driver.state)
    }

    /// `b`, a full backup confirmed with the request it sends.
    static var backupNowConfirm: Scene {
        var driver = operationsDriver()
        driver.send(.operation(.backUpNow), .operation(.proceed))
        return Scene(name: "backup-now-confirm", state: driver.state)
    }

    /// `p` on a running schedule, the log backup read.
    static var pauseConfirm: Scene {
        var driver = operationsDriver()
        driver.send(.operation(.pauseOrResume))
        let overview = Served(
            BackupOverview(clusterId: 2, backupScheduleStatus: .normal, lastDataBackupTime: SceneData.stamp(-86_400)), answeredAt: SceneDriver.now)
        let log = LogBackupTask(clusterId: 2, createTime: SceneData.stamp(-90_000), status: .running, checkpoint: SceneData.stamp(1160), delay: 40)
        driver.send(.operation(.scheduleFactsRead(clusterId: 2, .success(ScheduleFacts(overview: overview, logTasks: .success([log]))))))
        return Scene(name: "pause-confirm", state: driver.state)
    }

    /// `R` on the failed task.
    static var retryConfirm: Scene {
        var driver = taskDriver(SceneData.failedTask, log: SceneData.failureLog(), logStep: 1)
        driver.send(.operation(.retry))
        return Scene(name: "retry-confirm", state: driver.state)
    }

    /// Back up now confirmed and sent; then the `results` for the prepared change arrive.
    static func backupNowSent(name: String, _ results: (PreparedMutation) -> [ConsoleAction]) -> Scene {
        var driver = operationsDriver()
        driver.send(.operation(.backUpNow), .operation(.proceed))
        guard case .operation(let dialog)? = driver.state.dialog, let mutation = dialog.mutation else {
            return Scene(name: name, state: driver.state)
        }
        driver.send(.operation(.proceed))
        for action in results(mutation) { driver.send(action) }
        return Scene(name: name, state: driver.state)
    }

    /// Back up now got no answer; the re-read found the backup running.
    static var operationUnknown: Scene {
        backupNowSent(name: "operation-unknown") { mutation in
            let noAnswer = ErrorInfo(kind: .outcomeUnknown, message: "No answer came back for POST; OCP may or may not have applied it.")
            let overview = Served(
                BackupOverview(clusterId: 2, backupScheduleStatus: .normal, lastDataBackupTime: SceneData.stamp(-86_400)), answeredAt: SceneDriver.now
            )
            return [
                .operation(.sent(mutation, .failure(noAnswer))),
                .operation(.reread(mutation, .success(ClusterRereading(overview: overview, tasks: [SceneData.runningTask])))),
            ]
        }
    }

    /// Back up now answered BAK31005; the running task was found.
    static var alreadyRunning: Scene {
        backupNowSent(name: "already-running") { mutation in
            let busy = ErrorInfo(
                kind: .ocp, code: "BAK31005", message: "A baseline backup task already exists for cluster 2 (task 3000101); wait for it to finish.",
                traceId: "5d1c0a9e7f3b2468", httpStatus: 409)
            return [
                .operation(.sent(mutation, .failure(busy))), .operation(.runningTasksRead(clusterId: 2, .success([SceneData.runningTask]))),
            ]
        }
    }

    /// The detail focused on `tab` of 生产集群-华东 with the week's tasks and windows read.
    static func historyDriver(_ tab: DetailTab) -> SceneDriver {
        var driver = operationsDriver()
        driver.send(.detail(.selectTab(tab)))
        driver.send(.history(.taskListsLoaded(clusterId: 2, .success(Served(SceneData.taskLists, answeredAt: SceneDriver.now)))))
        driver.send(.history(.backupInfoLoaded(clusterId: 2, .success(Served(SceneData.backupInfo, answeredAt: SceneDriver.now)))))
        return driver
    }

    /// The Tasks tab, the cursor on the failed backup's predecessor.
    static var tasksTab: Scene {
        var driver = historyDriver(.tasks)
        driver.send(.history(.nextTask))
        return Scene(name: "tasks-tab", state: driver.state)
    }

    /// The Recoverable tab: a tenant with an eight-hour gap, another three hours behind.
    static var recoverableTab: Scene { Scene(name: "recoverable-tab", state: historyDriver(.recoverable).state) }

    /// The Recoverable tab for a terminal that is not UTF-8.
    static var recoverableASCII: Scene {
        var scene = recoverableTab
        scene.name = "recoverable-ascii"
        scene.options.lineSet = .ascii
        return scene
    }

    /// The Overview after the tasks were read: b, p and R (the latest backup failed).
    static var overviewActions: Scene { Scene(name: "overview-actions", state: historyDriver(.overview).state) }
}
