/// The requests of the OCP API this tool uses (docs/ocp-api.md), prepared but not sent: the client sends them, `--dry-run` prints them.
extension OCPClient {
    /// OCP's largest page size.
    public static let maxPageSize = 2000

    /// `GET /api/v2/ob/clusters`, one page.
    public static func listClustersRequest(_ query: ClusterQuery, page: Int, size: Int) -> PreparedRequest {
        PreparedRequest(method: "GET", path: "/api/v2/ob/clusters", query: query.items(page: page, size: size))
    }

    /// `GET /api/v2/ob/clusters/{id}`.
    public static func clusterRequest(id: Int64) -> PreparedRequest {
        PreparedRequest(method: "GET", path: "/api/v2/ob/clusters/\(id)")
    }

    /// `GET /api/v2/ob/clusters/{id}/backup/ability`.
    public static func abilityRequest(clusterId: Int64) -> PreparedRequest {
        PreparedRequest(method: "GET", path: "/api/v2/ob/clusters/\(clusterId)/backup/ability")
    }

    /// The strategy path of a cluster.
    public static func strategyPath(clusterId: Int64) -> String {
        "/api/v2/ob/clusters/\(clusterId)/backup/config/backupStrategy"
    }

    /// `GET …/backup/config/backupStrategy`.
    public static func strategyRequest(clusterId: Int64) -> PreparedRequest {
        PreparedRequest(method: "GET", path: strategyPath(clusterId: clusterId))
    }

    /// `POST …/backup/config/backupStrategy` with the body serialized once.
    public static func createStrategyRequest(clusterId: Int64, body: BackupStrategyRequest) throws(OCPAPIError) -> PreparedRequest {
        PreparedRequest(method: "POST", path: strategyPath(clusterId: clusterId), body: try serialize(body))
    }

    /// `PATCH …/backup/config/backupStrategy` with the body serialized once.
    public static func modifyStrategyRequest(clusterId: Int64, body: BackupStrategyRequest) throws(OCPAPIError) -> PreparedRequest {
        PreparedRequest(method: "PATCH", path: strategyPath(clusterId: clusterId), body: try serialize(body))
    }

    /// `DELETE …/backup/config/backupStrategy`.
    public static func deleteStrategyRequest(clusterId: Int64) -> PreparedRequest {
        PreparedRequest(method: "DELETE", path: strategyPath(clusterId: clusterId))
    }

    /// `GET /api/v2/info` (a bare object, no envelope).
    public static let infoRequest = PreparedRequest(method: "GET", path: "/api/v2/info", enveloped: false)

    /// `GET /api/v2/time` (plain text, no authentication).
    public static let timeRequest = PreparedRequest(method: "GET", path: "/api/v2/time", enveloped: false, authenticated: false)

    static func serialize(_ body: some Encodable) throws(OCPAPIError) -> [UInt8] {
        do {
            return try OCPJSON.encode(body)
        } catch {
            throw .invalidRequest("The request body could not be serialized: \(error).")
        }
    }
}
