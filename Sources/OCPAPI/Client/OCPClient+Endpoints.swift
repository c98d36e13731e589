import Foundation
import Synchronization

/// The operations of the OCP API this tool uses (docs/ocp-api.md).
extension OCPClient {
    /// One page of clusters.
    public func clusters(
        _ query: ClusterQuery = ClusterQuery(), page: Int = 1, size: Int = maxPageSize
    )
        async throws(OCPAPIError) -> OCPResponse<OCPPage<Cluster>>
    {
        try await perform(Self.listClustersRequest(query, page: page, size: size), as: OCPPage<Cluster>.self)
    }

    /// Every cluster, in page order: the pages of `forEachClusterPage`, collected.
    public func allClusters(
        _ query: ClusterQuery = ClusterQuery(), pageSize: Int = maxPageSize, concurrency: Int = 4,
        onPage: @Sendable (OCPPage<Cluster>) async -> Void = { _ in }
    ) async throws(OCPAPIError) -> [Cluster] {
        let collected = Mutex<[Int: [Cluster]]>([:])
        let count = try await forEachClusterPage(query, pageSize: pageSize, concurrency: concurrency) { number, page in
            collected.withLock { $0[number] = page.contents }
            await onPage(page)
        }
        let clusters = collected.withLock { pages in pages.keys.sorted().flatMap { pages[$0] ?? [] } }
        assert(clusters.count == count)
        return clusters
    }

    /// Every cluster, page after page, without keeping them: the first page is fetched, then the
    /// rest with at most `concurrency` requests in flight; `onPage` sees each page with its
    /// number as it arrives (the first page first). Returns how many clusters the pages held.
    public func forEachClusterPage(
        _ query: ClusterQuery = ClusterQuery(), pageSize: Int = maxPageSize, concurrency: Int = 4,
        onPage: @Sendable (Int, OCPPage<Cluster>) async -> Void
    ) async throws(OCPAPIError) -> Int {
        try await forEachClusterPage(query, as: Cluster.self, pageSize: pageSize, concurrency: concurrency, onPage: onPage)
    }

    /// Every cluster as `Item` (a `Cluster`, or a `ClusterSummary` that skips what a list does
    /// not show), page after page, as `forEachClusterPage(_:pageSize:concurrency:onPage:)` does.
    public func forEachClusterPage<Item: Codable & Sendable>(
        _ query: ClusterQuery = ClusterQuery(), as item: Item.Type, pageSize: Int = maxPageSize, concurrency: Int = 4,
        onPage: @Sendable (Int, OCPPage<Item>) async -> Void
    ) async throws(OCPAPIError) -> Int {
        let size = min(max(1, pageSize), Self.maxPageSize)
        return try await forEachPage(
            of: item, pageSize: size, concurrency: concurrency,
            request: { number, size in
                Self.listClustersRequest(query, page: number, size: size)
            }, onPage: onPage)
    }

    /// One cluster by id.
    public func cluster(id: Int64) async throws(OCPAPIError) -> OCPResponse<Cluster> {
        try await perform(Self.clusterRequest(id: id), as: Cluster.self)
    }

    /// The backup ability of a cluster.
    public func backupAbility(clusterId: Int64) async throws(OCPAPIError) -> OCPResponse<BackupAbility> {
        try await perform(Self.abilityRequest(clusterId: clusterId), as: BackupAbility.self)
    }

    /// The cluster's strategy; OCP answers BAK21006 when there is none.
    public func backupStrategy(clusterId: Int64) async throws(OCPAPIError) -> OCPResponse<BackupStrategy> {
        try await perform(Self.strategyRequest(clusterId: clusterId), as: BackupStrategy.self)
    }

    /// The cluster's strategy, or `nil` when OCP says it has none (BAK21006).
    public func backupStrategyIfAny(clusterId: Int64) async throws(OCPAPIError) -> OCPResponse<BackupStrategy>? {
        do {
            return try await backupStrategy(clusterId: clusterId)
        } catch  where error.code == "BAK21006" {
            return nil
        }
    }

    /// Creates a strategy. Never resent automatically.
    public func createBackupStrategy(
        clusterId: Int64, _ body: BackupStrategyRequest
    )
        async throws(OCPAPIError) -> OCPResponse<BackupCommonResponse>
    {
        try await sendMutation(try Self.createStrategyRequest(clusterId: clusterId, body: body))
    }

    /// Replaces a strategy (PATCH with the full body, as documented). Never resent automatically.
    public func modifyBackupStrategy(
        clusterId: Int64, _ body: BackupStrategyRequest
    )
        async throws(OCPAPIError) -> OCPResponse<BackupCommonResponse>
    {
        try await sendMutation(try Self.modifyStrategyRequest(clusterId: clusterId, body: body))
    }

    /// Deletes a strategy. Never resent automatically.
    public func deleteBackupStrategy(clusterId: Int64) async throws(OCPAPIError) -> OCPResponse<BackupCommonResponse> {
        try await sendMutation(Self.deleteStrategyRequest(clusterId: clusterId))
    }

    /// Sends a mutation prepared earlier (`createStrategyRequest`, …) byte for byte, once, and
    /// decodes OCP's `BackupCommonResponse`: what was reviewed and audited is what is sent.
    public func sendMutation(_ request: PreparedRequest) async throws(OCPAPIError) -> OCPResponse<BackupCommonResponse> {
        try await perform(request, as: BackupCommonResponse.self)
    }

    /// OCP's build information.
    public func serverInfo() async throws(OCPAPIError) -> OCPResponse<ServerInfo> {
        try await perform(Self.infoRequest, as: ServerInfo.self)
    }

    /// OCP's clock (plain text). Sent without credentials unless `authenticated`: a server that
    /// protects every path refuses it unauthenticated.
    public func serverTime(authenticated: Bool = false) async throws(OCPAPIError) -> OCPResponse<OCPTimestamp> {
        var request = Self.timeRequest
        request.authenticated = authenticated
        let response = try await send(request)
        var text = String(decoding: response.body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") { text = String(text.dropFirst().dropLast()) }
        if let data = JSONFieldExtractor.value(of: "data", in: response.body),
            case .string(let inner)? = try? JSONValue.parse(data)
        {
            text = inner
        }
        let stamp = OCPTimestamp(raw: text)
        guard stamp.date != nil else {
            throw OCPAPIError(
                kind: .decoding, httpStatus: response.status,
                message: "The server time '\(TextSanitizer.singleLine(String(text.prefix(60))))' could not be read.", method: "GET",
                path: "/api/v2/time")
        }
        return OCPResponse(value: stamp, traceId: nil, httpStatus: response.status, body: response.body)
    }

    /// Finds a cluster by id (all digits) or exact name (see `resolveClusterAnswer(_:)`, which
    /// also gives OCP's clock).
    /// - Throws: `OCPAPIError` `invalidRequest` when no cluster or several clusters have the name.
    public func resolveCluster(_ reference: String) async throws(OCPAPIError) -> Cluster {
        try await resolveClusterAnswer(reference).value
    }
}
