import Foundation
import OCPAPI

/// What the restore wizard reads and writes besides the restore itself (which goes through
/// ``ConsoleDependencies/mutate`` like every change): tenants, a cluster's zones, OCP's
/// preview, the restore tasks, the export file and the drafts.
public struct RestoreClient: Sendable {
    /// Every tenant of a cluster.
    public var tenants: @Sendable (_ clusterId: Int64) async -> Result<[Tenant], OCPAPIError>
    /// One cluster with its zones.
    public var cluster: @Sendable (_ clusterId: Int64) async -> Result<Cluster, OCPAPIError>
    /// OCP's preview of a restore from `clusterId` (a POST that changes nothing; not retried).
    public var preview: @Sendable (_ clusterId: Int64, _ body: RestoreRequest) async -> Result<RestorePreview, OCPAPIError>
    /// The cluster's restore tasks in a range, newest first.
    public var restoreTasks: @Sendable (_ clusterId: Int64, _ range: OCPTimeRange) async -> Result<[RestoreTask], OCPAPIError>
    /// Writes an export (never over an existing file); returns the path written.
    public var writeExport: @Sendable (RestoreExport) async -> Result<String, ExportFailure>
    /// The restore draft saved for `key`, if any.
    public var loadDraft: @Sendable (DraftKey) async throws -> RestoreDraft?
    /// Saves (replaces) the restore draft of its key.
    public var saveDraft: @Sendable (RestoreDraft) async throws -> Void
    /// Removes the restore draft of `key`; no error when there is none.
    public var deleteDraft: @Sendable (DraftKey) async throws -> Void

    /// Makes a client.
    public init(
        tenants: @escaping @Sendable (Int64) async -> Result<[Tenant], OCPAPIError>,
        cluster: @escaping @Sendable (Int64) async -> Result<Cluster, OCPAPIError>,
        preview: @escaping @Sendable (Int64, RestoreRequest) async -> Result<RestorePreview, OCPAPIError>,
        restoreTasks: @escaping @Sendable (Int64, OCPTimeRange) async -> Result<[RestoreTask], OCPAPIError>,
        writeExport: @escaping @Sendable (RestoreExport) async -> Result<String, ExportFailure>,
        loadDraft: @escaping @Sendable (DraftKey) async throws -> RestoreDraft?, saveDraft: @escaping @Sendable (RestoreDraft) async throws -> Void,
        deleteDraft: @escaping @Sendable (DraftKey) async throws -> Void
    ) {
        self.tenants = tenants
        self.cluster = cluster
        self.preview = preview
        self.restoreTasks = restoreTasks
        self.writeExport = writeExport
        self.loadDraft = loadDraft
        self.saveDraft = saveDraft
        self.deleteDraft = deleteDraft
    }

    /// The calls through `client`; exports through `files`, drafts in `drafts`.
    public static func live(client: OCPClient, files: RestoreFileWriter, drafts: FileDraftStore?) -> RestoreClient {
        RestoreClient(
            tenants: { id in await answer { () async throws(OCPAPIError) in try await client.allTenants(clusterId: id) } },
            cluster: { id in await answer { () async throws(OCPAPIError) in try await client.cluster(id: id).value } },
            preview: { id, body in await answer { () async throws(OCPAPIError) in try await client.restorePreview(clusterId: id, body).value } },
            restoreTasks: { id, range in
                await answer { () async throws(OCPAPIError) in try await client.allRestoreTasks(clusterId: id, range: range) }
            },
            writeExport: files.write,
            loadDraft: { key in try drafts?.loadRestore(key) },
            saveDraft: { draft in try drafts?.saveRestore(draft) },
            deleteDraft: { key in try drafts?.deleteRestore(key) })
    }

    /// Every call unimplemented: each reports through `unset` with its name.
    package static func unimplemented(_ unset: @escaping @Sendable (String) -> OCPAPIError) -> RestoreClient {
        RestoreClient(
            tenants: { _ in .failure(unset("restore.tenants")) }, cluster: { _ in .failure(unset("restore.cluster")) },
            preview: { _, _ in .failure(unset("restore.preview")) }, restoreTasks: { _, _ in .failure(unset("restore.restoreTasks")) },
            writeExport: { _ in .failure(ExportFailure(unset("restore.writeExport").message)) },
            loadDraft: { _ in throw unset("restore.loadDraft") }, saveDraft: { _ in throw unset("restore.saveDraft") },
            deleteDraft: { _ in throw unset("restore.deleteDraft") })
    }

    private static func answer<Value>(_ call: () async throws(OCPAPIError) -> Value) async -> Result<Value, OCPAPIError> {
        do throws(OCPAPIError) { return .success(try await call()) } catch { return .failure(error) }
    }
}

/// Writes restore exports: a closure so tests record and the app writes the file.
public struct RestoreFileWriter: Sendable {
    /// Writes the export (never over an existing file); returns the path written.
    public var write: @Sendable (RestoreExport) async -> Result<String, ExportFailure>

    /// Makes a writer.
    public init(write: @escaping @Sendable (RestoreExport) async -> Result<String, ExportFailure>) {
        self.write = write
    }

    /// A writer that writes nothing and says so (for front ends without files).
    public static let unavailable = RestoreFileWriter { _ in .failure(ExportFailure("Exporting to a file is not available here.")) }
}
