import Hummingbird
import OCPAPI

/// `GET /api/v2/ob/clusters`, `GET /api/v2/ob/clusters/{id}` and `GET …/{id}/backup/ability`.
enum ClusterRoutes {
    static func add(to router: Router<SimulatorRequestContext>, environment: SimulatorEnvironment) {
        let catalog = environment.state.catalog
        let factory = environment.factory
        router.get("/api/v2/ob/clusters") { request, context -> Response in
            let query = try ClusterListQuery(items: PercentEncoding.parseQuery(Substring(request.uri.query ?? "")))
            return try factory.success(catalog.page(query), started: context.started)
        }
        router.get("/api/v2/ob/clusters/:id") { _, context -> Response in
            let seed = try seed(context, catalog: catalog)
            return try factory.success(catalog.cluster(seed), started: context.started)
        }
        let state = environment.state
        router.get("/api/v2/ob/clusters/:id/backup/ability") { _, context -> Response in
            let seed = try seed(context, catalog: catalog)
            if let failure = catalog.abilityFailure(for: seed) { throw failure }
            let ability = OverviewRenderer.ability(catalog.ability(for: seed), world: await state.world(seed))
            return try factory.success(ability, started: context.started)
        }
    }

    /// The cluster named by the `id` path parameter.
    /// - Throws: 400 COM10001 when it is not a number, 404 OBE11001 when there is no such cluster.
    static func seed(_ context: SimulatorRequestContext, catalog: ClusterCatalog) throws(SimulatorAPIError) -> ClusterSeed {
        let text = context.parameters.get("id") ?? ""
        guard let id = Int64(text) else { throw .invalidParameter("id", "'\(TextSanitizer.singleLine(String(text.prefix(40))))' is not a number") }
        guard let seed = catalog.seed(id: id) else { throw .clusterNotFound(text) }
        return seed
    }
}
