import Foundation
import OCPAPI

extension ConsoleDependencies {
    /// The console's page size when listing clusters: small enough that the pages in flight
    /// (about 0.25 MB of JSON each, and their decoding) stay near a megabyte, large enough that
    /// 100,000 clusters take 400 requests.
    public static let listPageSize = 250

    /// The real dependencies: OCP through `client`, the system clock and time zone, `drafts`,
    /// `strategyFiles`, `restoreFiles` and the restore drafts in `restoreDrafts`. Clusters are listed as summaries, `pageSize` at a time with at most
    /// `concurrency` pages in flight.
    public static func live(
        client: OCPClient, drafts: DraftStoreClient, strategyFiles: StrategyFileClient = .unavailable,
        restoreFiles: RestoreFileWriter = .unavailable, restoreDrafts: FileDraftStore? = nil, pageSize: Int = listPageSize, concurrency: Int = 4
    ) -> ConsoleDependencies {
        ConsoleDependencies(
            listClusters: { onPage in
                do throws(OCPAPIError) {
                    let count = try await client.forEachClusterPage(as: ClusterSummary.self, pageSize: pageSize, concurrency: concurrency) {
                        _, page in
                        await onPage(page.contents)
                    }
                    return .success(count)
                } catch {
                    return .failure(error)
                }
            },
            ability: { id in
                do throws(OCPAPIError) { return .success(try await client.backupAbility(clusterId: id).value) } catch { return .failure(error) }
            },
            strategy: { id in
                do throws(OCPAPIError) { return .success(try await client.backupStrategyIfAny(clusterId: id)?.value) } catch {
                    return .failure(error)
                }
            },
            mutate: { mutation in
                do throws(OCPAPIError) {
                    if mutation.answersWithTask {
                        let answer = try await client.perform(mutation.request, as: TaskInstance.self)
                        return .success(
                            MutationReceipt(
                                response: BackupCommonResponse(obBackupTaskType: nil, backupObjectOpsResultList: nil), traceId: answer.traceId,
                                httpStatus: answer.httpStatus, task: answer.value))
                    }
                    let answer = try await client.sendMutation(mutation.request)
                    return .success(MutationReceipt(response: answer.value, traceId: answer.traceId, httpStatus: answer.httpStatus))
                } catch {
                    return .failure(error)
                }
            },
            now: { Date() },
            timeZoneOffset: { date in TimeZone.current.secondsFromGMT(for: date) },
            sleep: { duration in try? await Task.sleep(for: duration) },
            drafts: drafts, operations: .live(client: client), health: .live(client: client), strategyFiles: strategyFiles,
            restore: .live(client: client, files: restoreFiles, drafts: restoreDrafts))
    }
}
