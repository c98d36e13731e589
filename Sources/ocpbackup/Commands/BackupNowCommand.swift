import ArgumentParser
import ConsoleCore
import Foundation
import OCPAPI

/// `ocpbackup backup now CLUSTER (--full|--incremental) [--yes] [--dry-run] [--follow]`.
struct BackupNowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "now",
        abstract: "Back a cluster up now, full or incremental, to its strategy's storage (asks first; --yes for scripts).",
        discussion: """
            OCP accepting the request is not success: a backup that cannot run fails inside its task (an incremental \
            before any full one fails in its first step). --follow follows the task. The request is sent once; when \
            its answer is lost, check with `ocpbackup tasks CLUSTER --kind data --since 10m` before trying again.
            """)

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var mutation: MutationOptions
    @OptionGroup var following: FollowOptions

    @Argument(help: "The cluster: its OCP id or its exact name.")
    var cluster: String

    @Flag(help: "A full data backup.")
    var full = false

    @Flag(help: "An incremental data backup (needs a full one to build on).")
    var incremental = false

    func run() async throws {
        guard full != incremental else {
            throw CommandFailure.usage("Give --full or --incremental (one of them); nothing was sent.")
        }
        let kind: DataBackupKind = full ? .full : .incremental
        let timeout = try following.timeout()
        let (reference, options, follow) = (cluster, mutation, following.follow)
        try await ClientSession.with(connection) { session throws(CommandFailure) in
            if !options.dryRun {
                try session.requireWritable("back up now")
                try Confirmation.requireAnswerable(yes: options.yes, action: "back up now")
            }
            let target = try await session.call { client throws(OCPAPIError) in try await client.resolveCluster(reference) }
            let strategy = try await Self.strategy(session, of: target, kind: kind)
            let request: PreparedRequest
            do throws(OCPAPIError) {
                request = try OCPClient.backupNowRequest(clusterId: target.id, body: BackupNowRequest(strategy: strategy, kind: kind))
            } catch {
                throw .usage(error.message)
            }
            let change = CommandMutation(
                request: request, operation: .backupNow, cluster: target, check: "ocpbackup tasks \(target.id) --kind data --since 10m")
            if options.dryRun { return print(change.dryRunText) }
            let what =
                "a \(HealthText.english(kind)) data backup (\(strategy.backupMode.map { BackupVocabulary.mode($0, in: .english) } ?? "mode not given"))"
            let storage = strategy.obBackupServiceStorageConfig.map { StrategyPresentation.storageText($0, in: .english) } ?? "the strategy's storage"
            let answer = try await change.send(
                session, question: "Start \(what) of cluster \(target.label) now, to \(storage)?", yes: options.yes,
                as: BackupCommonResponse.self, taskIds: \.allTaskIds, advice: { Self.advice($0, cluster: target) })
            try Self.report(answer, what: what, cluster: target)
            guard follow, let id = answer.value.allTaskIds.first else {
                if let id = answer.value.allTaskIds.first { print("Follow it: ocpbackup task show \(id) --follow") }
                return
            }
            let first = try await session.call { client throws(OCPAPIError) in try await client.taskInstance(id: id) }
            try await FollowRun.run(session, id: id, first: first, timeout: timeout)
        }
    }

    /// The cluster's strategy, whose mode and storage the backup uses; warns on standard error
    /// when OCP says an incremental backup cannot work yet.
    /// - Throws: a usage failure when there is no strategy, or for an incremental logical backup.
    static func strategy(_ session: ClientSession, of cluster: Cluster, kind: DataBackupKind) async throws(CommandFailure) -> BackupStrategy {
        guard
            let strategy = try await session.call({ client throws(OCPAPIError) in try await client.backupStrategyIfAny(clusterId: cluster.id) })?
                .value
        else {
            throw .usage(
                "Cluster \(cluster.label) has no backup strategy: back up now writes to the strategy's storage, so create one first "
                    + "(ocpbackup strategy create \(cluster.id) --file F). Nothing was sent.")
        }
        guard kind == .incremental else { return strategy }
        if strategy.backupMode == .logical {
            throw .usage("Cluster \(cluster.label) backs up logically, which makes full backups only: use --full. Nothing was sent.")
        }
        let ability = try await session.call { client throws(OCPAPIError) in try await client.backupAbility(clusterId: cluster.id) }.value
        if let data = ability.obDataBackupSupportAbility, data.canDoIncrementalBackup == false {
            let hint = data.hint.map { " (OCP: \(TaskReport.clipped($0, 200)))" } ?? ""
            FileHandle.standardError.write(
                Data(
                    ("warning: OCP says cluster \(cluster.label) cannot do an incremental backup yet\(hint): there is no full backup to "
                        + "build on, so it will fail in its first step. Back up with --full first.\n").utf8))
        }
        return strategy
    }

    /// Prints the task ids OCP started, and any object OCP reports as not successful.
    /// - Throws: exit 1 when OCP says the backup was not started for an object.
    static func report(_ answer: OCPResponse<BackupCommonResponse>, what: String, cluster: Cluster) throws(CommandFailure) {
        let ids = answer.value.allTaskIds.map(String.init).joined(separator: ", ")
        let trace = answer.traceId.map { "; traceId \($0)" } ?? ""
        print("Started \(what) of cluster \(cluster.label)" + (ids.isEmpty ? " (OCP named no task)" : "; task id \(ids)") + trace + ".")
        let failed = (answer.value.backupObjectOpsResultList ?? []).filter { $0.beSuccessful == false }
        guard !failed.isEmpty else { return }
        let lines = failed.map { result in
            let code: String? =
                switch result.errorCode {
                case .string(let text)?: text
                case .integer(let number)?: String(number)
                default: nil
                }
            return "  not successful: " + TaskReport.clipped([code, result.hint].compactMap { $0 }.joined(separator: ": "), 200)
        }
        throw CommandFailure(message: "error: OCP did not start the backup for every object:\n" + lines.joined(separator: "\n"), exitCode: 1)
    }

    /// What to do next for the refusals back up now meets.
    static func advice(_ error: OCPAPIError, cluster: Cluster) -> String? {
        switch error.code {
        case "BAK31005":
            "A data backup already runs on cluster \(cluster.label): follow it (ocpbackup tasks \(cluster.id) --kind instances --status running) instead of starting another."
        default: nil
        }
    }
}
