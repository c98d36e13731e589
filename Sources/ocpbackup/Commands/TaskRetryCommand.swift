import ArgumentParser
import Foundation
import OCPAPI

/// `ocpbackup task retry TASK [--yes] [--dry-run] [--follow]`: runs a failed task's failed
/// step, and the steps after it, again.
struct TaskRetryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retry",
        abstract: "Retry a failed task: its failed step and the steps after it run again (asks first; --yes for scripts).",
        discussion: "Only a failed task can be retried; the request is sent once and never resent.")

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var mutation: MutationOptions
    @OptionGroup var following: FollowOptions

    @Argument(help: "The OCP task id.")
    var task: String

    func run() async throws {
        let id = try TaskCommand.id(task)
        let timeout = try following.timeout()
        let (options, follow) = (mutation, following.follow)
        try await ClientSession.with(connection) { session throws(CommandFailure) in
            if !options.dryRun {
                try session.requireWritable("retry")
                try Confirmation.requireAnswerable(yes: options.yes, action: "retry a task")
            }
            let current = try await session.call { client throws(OCPAPIError) in try await client.taskInstance(id: id) }.value
            guard current.statusClass == .failed else {
                throw .usage(
                    "Task \(id) is \(TaskReport.statusText(current)), not failed: only a failed task can be retried. Nothing was sent.")
            }
            let change = CommandMutation(
                request: OCPClient.retryTaskRequest(id: id), operation: .retryTask, cluster: Self.cluster(of: current),
                check: "ocpbackup task show \(id)")
            if options.dryRun { return print(change.dryRunText) }
            let step = TaskProgress(current).failurePoint.map { " from its failed step '\(TaskReport.stepName($0))'" } ?? ""
            let question =
                "Retry task \(id) (\(TaskReport.clipped(current.name ?? "no name", 60))) of cluster \(change.cluster.label)\(step)?"
            let answer = try await change.send(session, question: question, yes: options.yes, as: TaskInstance.self, taskIds: { [$0.id] })
            print("Retrying task \(id): \(TaskReport.statusText(answer.value)).\(answer.traceId.map { " traceId \($0)" } ?? "")")
            if follow { return try await FollowRun.run(session, id: id, first: answer, timeout: timeout) }
            print("Follow it: ocpbackup task show \(id) --follow")
        }
    }

    /// The cluster the task works on, as the audit log names it.
    static func cluster(of task: TaskInstance) -> Cluster {
        Cluster(id: task.cluster?.id ?? 0, name: task.cluster?.name ?? "", type: task.cluster?.type)
    }
}
