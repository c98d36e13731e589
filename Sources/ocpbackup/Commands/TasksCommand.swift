import ArgumentParser
import Foundation
import OCPAPI

/// `ocpbackup tasks CLUSTER [--kind data|log|restore|instances] [--since] [--until] [--status]`.
struct TasksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks",
        abstract: "List a cluster's data backups, log backup rounds, restores or OCP task instances, newest first.",
        discussion: """
            TIME is ISO 8601 with an offset (2024-06-01T12:00:00+08:00) or a span before now (7d, 12h, 30m), now being \
            OCP's clock. The lists reach back at most \(Int(maximumAge / 86_400)) days (the longest range OCP's console \
            offers). Data rows are backup sets; `--kind instances` lists the OCP task ids that `task show` and \
            `task retry` take.
            """)

    /// How far back `--since` may reach.
    static let maximumAge: TimeInterval = 30 * 86_400

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The cluster: its OCP id or its exact name.")
    var cluster: String

    @Option(help: "Which list: data, log, restore or instances (OCP task instances).")
    var kind: TaskKind = .data

    @Option(help: ArgumentHelp("From this time (ISO 8601 with an offset, or 7d, 12h, 30m before now).", valueName: "time"))
    var since = "7d"

    @Option(help: ArgumentHelp("Until this time (default: now).", valueName: "time"))
    var until: String?

    @Option(
        help: ArgumentHelp(
            "Only these statuses, comma-separated: classes (running, succeeded, failed, paused, pending, unknown) or OCP's own (DONE, FAILED, …).",
            valueName: "status,…"))
    var status: String?

    func run() async throws {
        let from = try TimeArgument.parse(since, flag: "--since")
        let to = try until.map { text throws(CommandFailure) in try TimeArgument.parse(text, flag: "--until") }
        let filter = try StatusFilter.parse(status, documented: kind.documentedStatuses)
        let reference = cluster
        let kind = self.kind
        let format = output.output
        try await ClientSession.with(connection) { session throws(CommandFailure) in
            let answer = try await session.call { client throws(OCPAPIError) in try await client.resolveClusterAnswer(reference) }
            let now = answer.serverTime?.date ?? Date()
            let range = try Self.range(from: from, to: to, now: now)
            let listing = TaskListing(kind: kind, cluster: answer.value, range: range, filter: filter)
            let result = try await session.call { client throws(OCPAPIError) in try await listing.read(client) }
            if format == .table {
                print(result.table(times: LocalTimeText(now: result.serverTime?.date ?? now)))
            } else {
                try DataPrinter.print(raw: result.data, format: format)
            }
        }
    }

    /// The range `--since` and `--until` name at OCP's `now`.
    /// - Throws: a usage failure for a time after now, a start after the end, or a start older
    ///   than the lists reach.
    static func range(from: TimeArgument, to: TimeArgument?, now: Date) throws(CommandFailure) -> OCPTimeRange {
        let start = from.date(now: now)
        let end = to?.date(now: now) ?? now
        let times = LocalTimeText(now: now)
        for (argument, flag, date) in [(from, "--since", start), (to, "--until", end)] where argument != nil && date > now.addingTimeInterval(60) {
            throw .usage(
                "\(flag) \(argument?.text ?? "") lies in the future: OCP's clock says \(times.timeWithOffset(now)); the list was not read.")
        }
        if start > end { throw .usage("--since \(from.text) is after --until \(to?.text ?? "now"); the list was not read.") }
        if now.timeIntervalSince(start) > maximumAge {
            throw .usage(
                "--since \(from.text) reaches back further than OCP's task lists (\(Int(maximumAge / 86_400)) days, to "
                    + "\(times.timeWithOffset(now.addingTimeInterval(-maximumAge)))); ask for --since 30d or less. The list was not read.")
        }
        return OCPTimeRange(start: start, end: to == nil ? nil : end)
    }
}
