import Foundation
import Hummingbird
import OCPAPI

/// `GET /api/v2/ob/clusters/{id}/tenants`: paged, `name` (case-insensitive substring), `mode`,
/// `status` (comma-separated or repeated), `sort` on `name`, `id` or `createTime`.
enum TenantRoutes {
    static func add(to router: Router<SimulatorRequestContext>, environment: SimulatorEnvironment) {
        let state = environment.state
        let factory = environment.factory
        router.get("/api/v2/ob/clusters/:id/tenants") { request, context -> Response in
            let seed = try ClusterRoutes.seed(context, catalog: state.catalog)
            let items = RequestBody.query(request)
            let paging = try PageRequest(items, maxSize: OCPClient.maxPageSize)
            let world = await state.world(seed)
            var tenants = world.tenants.map { $0.listed(in: seed, ordinal: world.ordinal, utcOffsetSeconds: world.utcOffsetSeconds) }
            if let name = items.last(where: { $0.name == "name" })?.value.lowercased(), !name.isEmpty {
                tenants = tenants.filter { $0.name.lowercased().contains(name) }
            }
            if let mode = items.last(where: { $0.name == "mode" })?.value.uppercased(), !mode.isEmpty {
                tenants = tenants.filter { $0.mode?.canonical.rawValue == mode }
            }
            let statuses = Set(items.filter { $0.name == "status" }.flatMap { $0.value.uppercased().split(separator: ",").map(String.init) })
            if !statuses.isEmpty { tenants = tenants.filter { statuses.contains($0.status?.rawValue ?? "") } }
            if let sort = items.last(where: { $0.name == "sort" })?.value, !sort.isEmpty {
                let parts = sort.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                let descending = parts.count > 1 && parts[1].lowercased() == "desc"
                switch parts.first {
                case "name": tenants.sort { descending ? $0.name > $1.name : $0.name < $1.name }
                case "id", "createTime": tenants.sort { descending ? $0.id > $1.id : $0.id < $1.id }
                default: throw SimulatorAPIError.unsortable(parts.first ?? sort)
                }
            }
            return try factory.success(paging.slice(tenants), started: context.started)
        }
    }
}
