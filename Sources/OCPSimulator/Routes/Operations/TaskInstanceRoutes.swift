import Foundation
import Hummingbird
import OCPAPI

/// The task-instance endpoints: detail, subtask log, retry, and the list.
enum TaskInstanceRoutes {
    static func add(to router: Router<SimulatorRequestContext>, environment: SimulatorEnvironment) {
        let state = environment.state
        let catalog = state.catalog
        let factory = environment.factory
        router.get("/api/v2/tasks/instances/:taskId") { _, context -> Response in
            let found = try await find(context, state: state)
            return try factory.success(TaskInstanceRenderer.instance(found.task, in: found.world, catalog: catalog), started: context.started)
        }
        router.get("/api/v2/tasks/instances/:taskId/subtasks/:subtaskId/log") { _, context -> Response in
            let found = try await find(context, state: state)
            let text = context.parameters.get("subtaskId") ?? ""
            let steps = found.task.timeline.plan.indices
            guard let id = Int64(text), let step = steps.first(where: { TaskIdentifiers.subtask(found.task.id, step: $0) == id }) else {
                throw SimulatorAPIError.subtaskNotFound(taskId: found.task.id, subtaskId: text)
            }
            let log = SubtaskLogRenderer.log(found.task, step: step, in: found.world)
            return try factory.success(SubtaskLog(log: log), started: context.started)
        }
        router.post("/api/v2/tasks/instances/:taskId/retry") { _, context -> Response in
            let text = context.parameters.get("taskId") ?? ""
            guard let id = Int64(text) else { throw SimulatorAPIError.taskNotFound(text) }
            let retried = try await state.retry(taskId: id)
            return try factory.success(TaskInstanceRenderer.instance(retried.task, in: retried.world, catalog: catalog), started: context.started)
        }
        router.get("/api/v2/tasks/instances") { request, context -> Response in
            let items = RequestBody.query(request)
            let paging = try PageRequest(items, maxSize: OCPClient.maxPageSize)
            let worlds: [ClusterWorld]
            if let text = items.last(where: { $0.name == "clusterId" })?.value, !text.isEmpty {
                guard let id = Int64(text) else {
                    throw SimulatorAPIError.invalidParameter("clusterId", "'\(TextSanitizer.singleLine(String(text.prefix(20))))' is not a number")
                }
                guard let seed = catalog.seed(id: id) else { throw SimulatorAPIError.clusterNotFound(text) }
                worlds = [await state.world(seed)]
            } else {
                worlds = await state.eventfulWorlds()
            }
            let selected = try TaskListFilter(items).select(from: worlds)
            let page = paging.slice(selected.map(\.task.id))
            let byId = Dictionary(selected.map { ($0.task.id, $0) }, uniquingKeysWith: { first, _ in first })
            let rows = page.contents.compactMap { byId[$0] }.map {
                TaskInstanceRenderer.instance($0.task, in: $0.world, catalog: catalog, basic: true)
            }
            return try factory.success(OCPPage(contents: rows, page: page.page), started: context.started)
        }
    }

    /// The task named by the `taskId` path parameter.
    /// - Throws: 404 TSK10001 when there is none.
    static func find(_ context: SimulatorRequestContext, state: SimulatorState) async throws -> (world: ClusterWorld, task: SimulatedTask) {
        let text = context.parameters.get("taskId") ?? ""
        guard let id = Int64(text), let found = await state.task(id: id) else { throw SimulatorAPIError.taskNotFound(text) }
        return found
    }
}

/// The filters of the task list: `status` (comma-separated or repeated), `type`, fuzzy `name`,
/// `tenantId`, and `sort` on `id` or `startTime` (newest first by default).
struct TaskListFilter {
    var statuses: Set<String>
    var type: String?
    var name: String?
    var tenantId: Int64?
    var descending = true

    /// Parses the query.
    /// - Throws: 400 COM10001 for an unknown status or type, COM10011 for an unsortable field.
    init(_ items: [QueryItem]) throws(SimulatorAPIError) {
        statuses = Set(items.filter { $0.name == "status" }.flatMap { $0.value.uppercased().split(separator: ",").map(String.init) })
        for status in statuses where !TaskInstanceStatus(rawValue: status).isDocumented {
            throw .invalidParameter("status", "'\(TextSanitizer.singleLine(String(status.prefix(20))))' is not RUNNING, FAILED or SUCCESSFUL")
        }
        type = items.last { $0.name == "type" }?.value.uppercased()
        if let type, !type.isEmpty, !TaskType(rawValue: type).isDocumented {
            throw .invalidParameter("type", "'\(TextSanitizer.singleLine(String(type.prefix(20))))' is not a task type")
        }
        name = items.last { $0.name == "name" }?.value.lowercased()
        tenantId = items.last { $0.name == "tenantId" }.flatMap { Int64($0.value) }
        if let sort = items.last(where: { $0.name == "sort" })?.value, !sort.isEmpty {
            let parts = sort.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let field = parts.first, ["id", "startTime", "createTime"].contains(field) else { throw .unsortable(parts.first ?? sort) }
            descending = parts.count < 2 || parts[1].lowercased() != "asc"
        }
    }

    /// The tasks of `worlds` that pass, in order.
    func select(from worlds: [ClusterWorld]) -> [(world: ClusterWorld, task: SimulatedTask)] {
        var selected: [(world: ClusterWorld, task: SimulatedTask)] = []
        for world in worlds {
            for task in world.tasks {
                if !statuses.isEmpty, !statuses.contains(task.timeline.status(at: world.now).rawValue) { continue }
                if let type, !type.isEmpty {
                    let taskType: TaskType = if case .backup(let run) = task, run.trigger == .scheduled { .scheduled } else { .manual }
                    if taskType.rawValue != type { continue }
                }
                if let name, !name.isEmpty {
                    let taskName = TaskInstanceRenderer.name(of: task, hostile: world.fixtureSet == .hostile, ordinal: world.ordinal)
                    if !taskName.lowercased().contains(name) { continue }
                }
                if let tenantId {
                    guard case .restore(let run) = task, run.record.newTenantId == tenantId else { continue }
                }
                selected.append((world, task))
            }
        }
        return selected.sorted { descending ? $0.task.start > $1.task.start : $0.task.start < $1.task.start }
    }
}
