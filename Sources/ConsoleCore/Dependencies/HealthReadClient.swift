import Foundation
import OCPAPI

/// The reads of the fleet health scan: the fleet's active backup alerts (one paged query a
/// scan) and one cluster's inputs of the health rules (its overview and strategy, the two calls
/// of `ocpbackup health`), judged at OCP's time of the answer.
public struct HealthReadClient: Sendable {
    /// Every active backup alert of the fleet.
    public var alerts: @Sendable () async -> Result<[AlarmEvent], OCPAPIError>
    /// The rules' inputs for one cluster, with its alert events as given; a failed read is kept
    /// as evidence (the rules it feeds say unknown), never thrown.
    public var cluster: @Sendable (_ cluster: ClusterSummary, _ alerts: HealthEvidence<[AlarmEvent]>) async -> HealthInput

    /// Makes a client.
    public init(
        alerts: @escaping @Sendable () async -> Result<[AlarmEvent], OCPAPIError>,
        cluster: @escaping @Sendable (ClusterSummary, HealthEvidence<[AlarmEvent]>) async -> HealthInput
    ) {
        self.alerts = alerts
        self.cluster = cluster
    }

    /// The calls through `client` (`OCPClient.activeBackupAlarms`, `OCPClient.healthInput`).
    public static func live(client: OCPClient) -> HealthReadClient {
        HealthReadClient(
            alerts: {
                do throws(OCPAPIError) { return .success(try await client.activeBackupAlarms()) } catch { return .failure(error) }
            },
            cluster: { cluster, alerts in await client.healthInput(for: cluster, alerts: alerts) })
    }

    /// Every call unimplemented: each reports through `unset` with its name.
    package static func unimplemented(_ unset: @escaping @Sendable (String) -> OCPAPIError) -> HealthReadClient {
        HealthReadClient(
            alerts: { .failure(unset("health.alerts")) },
            cluster: { cluster, _ in
                let problem = unset("health.cluster").message
                return HealthInput(cluster: cluster, overview: .failed(problem), strategy: .failed(problem), now: Date(timeIntervalSince1970: 0))
            })
    }
}
