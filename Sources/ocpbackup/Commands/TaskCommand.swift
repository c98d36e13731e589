import ArgumentParser
import Foundation
import OCPAPI

/// `ocpbackup task …`: one OCP task instance: show (and follow) it, or retry it.
struct TaskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "task", abstract: "Show, follow or retry one OCP task (a backup, a restore): TASK is its OCP task id.",
        subcommands: [TaskShowCommand.self, TaskRetryCommand.self])

    /// The task id of a `TASK` argument.
    /// - Throws: a usage failure for text that is not a positive number.
    static func id(_ text: String) throws(CommandFailure) -> Int64 {
        guard let id = Int64(text.trimmingCharacters(in: .whitespaces)), id > 0 else {
            throw .usage(
                "TASK must be an OCP task id (a positive number such as 3000101), not '\(InputExcerpt.clipped(text))'; list a cluster's "
                    + "with: ocpbackup tasks CLUSTER --kind instances. Nothing was sent.")
        }
        return id
    }
}
