import Foundation
import Hummingbird
import OCPAPI

/// The backup reads of a cluster: the overview, the data, log and restore task lists, and the
/// parsed backup data of the cluster and of one tenant.
enum BackupReadRoutes {
    static let prefix = "/api/v2/ob/clusters/:id/backup"

    static func add(to router: Router<SimulatorRequestContext>, environment: SimulatorEnvironment) {
        let state = environment.state
        let catalog = state.catalog
        let factory = environment.factory
        router.get("\(prefix)/overview") { _, context -> Response in
            let seed = try ClusterRoutes.seed(context, catalog: catalog)
            let world = await state.world(seed)
            let ability = OverviewRenderer.ability(catalog.ability(for: seed), world: world)
            return try factory.success(OverviewRenderer.overview(world, ability: ability), started: context.started)
        }
        router.get("\(prefix)/task/dataBackupTasks") { request, context -> Response in
            let seed = try ClusterRoutes.seed(context, catalog: catalog)
            let items = RequestBody.query(request)
            let paging = try PageRequest(items, maxSize: OCPClient.maxPageSize, required: true)
            let filter = try TimeFilter(items)
            let set = items.last { $0.name == "backupSetId" }.flatMap { Int64($0.value) }
            let rows = TaskRowRenderer.dataRows(await state.world(seed)).filter { row in
                filter.overlaps(from: row.startTime?.date, to: row.startTime?.date) && (set.map { row.backupSetId == $0 } ?? true)
            }
            // OCP echoes 2000 as the page size of this list whatever was asked.
            return try factory.success(paging.slice(rows, echoedSize: OCPClient.maxPageSize), started: context.started)
        }
        router.get("\(prefix)/task/logBackupTasks") { request, context -> Response in
            let seed = try ClusterRoutes.seed(context, catalog: catalog)
            let items = RequestBody.query(request)
            let paging = try PageRequest(items, maxSize: OCPClient.maxPageSize, required: true)
            let filter = try TimeFilter(items)
            let rows = TaskRowRenderer.logRows(await state.world(seed)).filter { filter.overlaps(from: $0.createTime?.date, to: $0.modifyTime?.date) }
            let page = paging.slice(rows)
            // OCP echoes the number of rows shown as the page size of this list.
            return try factory.success(paging.slice(rows, echoedSize: page.contents.count), started: context.started)
        }
        router.get("\(prefix)/task/restoreTasks") { request, context -> Response in
            let seed = try ClusterRoutes.seed(context, catalog: catalog)
            let items = RequestBody.query(request)
            let paging = try PageRequest(items, maxSize: OCPClient.maxPageSize, required: true)
            let filter = try TimeFilter(items)
            let rows = TaskRowRenderer.restoreRows(await state.world(seed), catalog: catalog).filter {
                filter.overlaps(from: $0.createTime?.date, to: $0.finishTime?.date)
            }
            let page = paging.slice(rows)
            return try factory.success(paging.slice(rows, echoedSize: page.contents.count), started: context.started)
        }
        router.get("\(prefix)/info") { request, context -> Response in
            let seed = try ClusterRoutes.seed(context, catalog: catalog)
            _ = try TimeFilter(RequestBody.query(request))
            return try factory.success(BackupInfoRenderer.cluster(await state.world(seed)), started: context.started)
        }
        router.get("/api/v2/ob/clusters/:id/tenants/:tenantId/backup/info") { request, context -> Response in
            let seed = try ClusterRoutes.seed(context, catalog: catalog)
            _ = try TimeFilter(RequestBody.query(request))
            let world = await state.world(seed)
            let text = context.parameters.get("tenantId") ?? ""
            let tenants = world.backedUpTenants
            guard let id = Int64(text), let index = tenants.firstIndex(where: { $0.id == id }) else {
                throw SimulatorAPIError.tenantNotFound(text, clusterId: seed.id)
            }
            let info = BackupInfoRenderer.tenant(world, tenants[index], index: index + 1, format: TimeText(offset: world.utcOffsetSeconds).nano)
            return try factory.success(info, started: context.started)
        }
    }
}
