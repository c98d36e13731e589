import Foundation
import OCPAPI

/// OCP task instances of the simulated tasks: the detail (every subtask field) and the list
/// rows. As in OCP's samples, the subtasks are not listed in execution order and `seriesId` is
/// not it either; `upstreams` and `downstreams` say it.
enum TaskInstanceRenderer {
    /// The task instance of `task` in `world` at its `now`; `basic` for a list row (fewer subtask fields).
    static func instance(_ task: SimulatedTask, in world: ClusterWorld, catalog: ClusterCatalog, basic: Bool = false) -> TaskInstance {
        let time = TimeText(offset: world.utcOffsetSeconds)
        let timeline = task.timeline
        let now = world.now
        var instance = TaskInstance(id: task.id, name: name(of: task, hostile: world.fixtureSet == .hostile, ordinal: world.ordinal))
        instance.status = timeline.status(at: now)
        instance.taskDefinitionId = -1
        instance.executor = "10.0.\(world.ordinal % 250 + 1).10"
        instance.prohibitRollback = true
        instance.createTime = time.trimmed(timeline.start.addingTimeInterval(-1))
        instance.startTime = time.trimmed(timeline.start)
        instance.finishTime = timeline.finish(at: now).map(time.trimmed)
        instance.operation = timeline.runs.last { $0.start <= now }?.operation ?? .execute
        switch task {
        case .backup(let run):
            instance.cluster = reference(world.seed, ordinal: world.ordinal)
            instance.type = run.trigger == .scheduled ? .scheduled : .manual
            instance.creator =
                run.trigger == .scheduled ? TaskCreatorReference(id: 200, name: "system") : TaskCreatorReference(id: 100, name: "admin")
        case .restore(let run):
            let target = catalog.seed(id: run.record.targetClusterId) ?? world.seed
            instance.cluster = reference(target, ordinal: Int(target.id - DemoFixtures.firstId))
            instance.tenant = TaskTenantReference(id: run.record.newTenantId, name: run.record.tenantName, mode: .mysql)
            instance.type = .manual
            instance.creator = TaskCreatorReference(id: 100, name: "admin")
        }
        let states = timeline.steps(at: now)
        let plan = timeline.plan
        let ids = plan.indices.map { TaskIdentifiers.subtask(task.id, step: $0) }
        let subtasks: [Subtask] = plan.indices.map { index in
            let state = states[index]
            var subtask = Subtask(id: ids[index], name: plan[index].name, status: state.status, operation: state.operation)
            subtask.description = plan[index].name
            if !basic {
                subtask.seriesId = Int64(plan.count - 1 - index)
                subtask.executor = instance.executor
                subtask.runTime = state.executions.count
                subtask.timeout = plan[index].duration > 600 ? 86_400 : 3600
                subtask.nodeType = "JAVA_TASK"
                subtask.parallelIdx = plan[index].parallelIndex
                subtask.upstreams = plan[index].upstreams.map { ids[$0] }
                subtask.downstreams = plan.indices.filter { plan[$0].upstreams.contains(index) }.map { ids[$0] }
                subtask.prohibitRollback = true
                subtask.createTime = instance.createTime
                subtask.startTime = state.executions.last.map { time.trimmed($0.start) }
                subtask.finishTime = state.status == .successful || state.status == .failed ? state.executions.last.map { time.trimmed($0.end) } : nil
            }
            return subtask
        }
        instance.subtasks = scrambled(subtasks)
        return instance
    }

    /// The task's name: what it does.
    static func name(of task: SimulatedTask, hostile: Bool, ordinal: Int) -> String {
        if hostile { return HostileCorpus.string(ordinal + 4) }
        switch task {
        case .backup(let run): return run.kind == .incremental ? "Incremental data backup" : "Full data backup"
        case .restore: return "Restore tenant"
        }
    }

    /// The reference of a cluster in a task.
    static func reference(_ seed: ClusterSeed, ordinal: Int) -> TaskClusterReference {
        TaskClusterReference(id: seed.id, name: seed.name, obClusterId: Int64(ordinal + 1), type: seed.type)
    }

    /// `items` in a fixed order that is not theirs: every fifth (or seventh) of them, round.
    static func scrambled<Item>(_ items: [Item]) -> [Item] {
        let count = items.count
        guard count > 2 else { return items.reversed() }
        let step = [5, 7, 3].first { gcd($0, count) == 1 } ?? 1
        return (0..<count).map { items[($0 * step + 2) % count] }
    }

    static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
