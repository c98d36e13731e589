import Foundation
import Hummingbird
import NIOCore
import OCPAPI

/// `GET`, `POST`, `PATCH` and `DELETE /api/v2/ob/clusters/{id}/backup/config/backupStrategy`.
enum StrategyRoutes {
    static let path = "/api/v2/ob/clusters/:id/backup/config/backupStrategy"

    static func add(to router: Router<SimulatorRequestContext>, environment: SimulatorEnvironment) {
        let state = environment.state
        let factory = environment.factory
        router.get(RouterPath(path)) { _, context -> Response in
            let seed = try ClusterRoutes.seed(context, catalog: state.catalog)
            guard let stored = await state.strategy(clusterId: seed.id) else { throw SimulatorAPIError.noStrategy(clusterId: seed.id) }
            return try factory.success(StrategyNormalizer.readBack(stored), started: context.started)
        }
        router.post(RouterPath(path)) { request, context -> Response in
            let seed = try ClusterRoutes.seed(context, catalog: state.catalog)
            let body = try await decodeBody(request, context: context)
            return try factory.success(try await state.create(body, for: seed), started: context.started)
        }
        router.patch(RouterPath(path)) { request, context -> Response in
            let seed = try ClusterRoutes.seed(context, catalog: state.catalog)
            let body = try await decodeBody(request, context: context)
            return try factory.success(try await state.modify(body, for: seed), started: context.started)
        }
        router.delete(RouterPath(path)) { _, context -> Response in
            let seed = try ClusterRoutes.seed(context, catalog: state.catalog)
            return try factory.success(try await state.delete(for: seed), started: context.started)
        }
    }

    /// The strategy in the body.
    /// - Throws: 400 BAK10001 when the body is empty or not a strategy.
    static func decodeBody(_ request: Request, context: SimulatorRequestContext) async throws -> BackupStrategyRequest {
        var request = request
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        guard buffer.readableBytes > 0 else { throw SimulatorAPIError.unreadableBody("the body is empty") }
        do {
            return try OCPJSON.decoder().decode(BackupStrategyRequest.self, from: Data(Array(buffer: buffer)))
        } catch {
            throw SimulatorAPIError.unreadableBody(DecodingErrorText.describe(error))
        }
    }
}
