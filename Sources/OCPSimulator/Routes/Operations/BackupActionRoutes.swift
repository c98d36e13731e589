import Foundation
import Hummingbird
import OCPAPI

/// The backup mutations of a cluster: back up now, pause and resume scheduling, restore, and
/// the restore preview.
enum BackupActionRoutes {
    static func add(to router: Router<SimulatorRequestContext>, environment: SimulatorEnvironment) {
        let state = environment.state
        let catalog = state.catalog
        let factory = environment.factory
        router.post("/api/v2/ob/clusters/:id/backup/backupNow") { request, context -> Response in
            let seed = try ClusterRoutes.seed(context, catalog: catalog)
            let body = try await RequestBody.decode(BackupNowRequest.self, request, context: context)
            return try factory.success(try await state.backupNow(body, for: seed), started: context.started)
        }
        for (name, pause) in [("stopSchedule", true), ("startSchedule", false)] {
            router.post(RouterPath("\(StrategyRoutes.path)/\(name)")) { _, context -> Response in
                let seed = try ClusterRoutes.seed(context, catalog: catalog)
                return try factory.success(try await state.setScheduling(paused: pause, for: seed), started: context.started)
            }
        }
        router.post("/api/v2/ob/clusters/:id/backup/restore") { request, context -> Response in
            let seed = try ClusterRoutes.seed(context, catalog: catalog)
            let body = try await RequestBody.decode(RestoreRequest.self, request, context: context)
            return try factory.success(try await state.restore(body, from: seed), started: context.started)
        }
        router.post("/api/v2/ob/clusters/:id/backup/restore/preview") { request, context -> Response in
            let seed = try ClusterRoutes.seed(context, catalog: catalog)
            let body = try await RequestBody.decode(RestoreRequest.self, request, context: context)
            return try factory.success(try await state.restorePreview(body, from: seed), started: context.started)
        }
    }
}
