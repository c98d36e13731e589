import Foundation
import OCPAPI

/// What `tasks` reads for one kind, and what it prints: every page of the list in the range,
/// rows kept by `--status` (and, for task instances, which OCP does not filter by time, by the
/// range), newest first in the table.
struct TaskListing: Sendable {
    let kind: TaskKind
    let cluster: Cluster
    let range: OCPTimeRange
    let filter: StatusFilter?

    /// The pages read, by kind.
    enum Pages: Sendable {
        case data(RawPages<DataBackupTask>)
        case log(RawPages<LogBackupTask>)
        case restore(RawPages<RestoreTask>)
        case instances(RawPages<TaskInstance>)
    }

    /// What was read, with what decides which rows are kept.
    struct Result: Sendable {
        let pages: Pages
        let listing: TaskListing

        /// OCP's clock at the last page.
        var serverTime: OCPTimestamp? {
            switch pages {
            case .data(let pages): pages.serverTime
            case .log(let pages): pages.serverTime
            case .restore(let pages): pages.serverTime
            case .instances(let pages): pages.serverTime
            }
        }

        /// OCP's `data` unchanged, or the rows kept as OCP sent them.
        var data: [UInt8] {
            switch pages {
            case .data(let pages): listing.filter == nil ? pages.data : pages.data(keeping: listing.keeps)
            case .log(let pages): listing.filter == nil ? pages.data : pages.data(keeping: listing.keeps)
            case .restore(let pages): listing.filter == nil ? pages.data : pages.data(keeping: listing.keeps)
            case .instances(let pages): pages.data(keeping: listing.keeps)
            }
        }

        /// The rows kept, newest first, as a table.
        func table(times: LocalTimeText) -> String {
            switch pages {
            case .data(let pages): TaskListTable.data(TaskRowOrder.newestFirst(pages.rows.filter(listing.keeps)), times: times)
            case .log(let pages): TaskListTable.log(TaskRowOrder.newestFirst(pages.rows.filter(listing.keeps)), times: times)
            case .restore(let pages): TaskListTable.restore(TaskRowOrder.newestFirst(pages.rows.filter(listing.keeps)), times: times)
            case .instances(let pages): TaskListTable.instances(TaskListTable.newestFirst(pages.rows.filter(listing.keeps)), times: times)
            }
        }
    }

    /// Reads every page of the list.
    func read(_ client: OCPClient) async throws(OCPAPIError) -> Result {
        let id = cluster.id
        let range = self.range
        let pages: Pages
        switch kind {
        case .data:
            pages = .data(try await RawPages.read(client) { OCPClient.dataBackupTasksRequest(clusterId: id, range: range, page: $0, size: $1) })
        case .log:
            pages = .log(try await RawPages.read(client) { OCPClient.logBackupTasksRequest(clusterId: id, range: range, page: $0, size: $1) })
        case .restore:
            pages = .restore(try await RawPages.read(client) { OCPClient.restoreTasksRequest(clusterId: id, range: range, page: $0, size: $1) })
        case .instances:
            let query = TaskListQuery(statuses: instanceStatuses, clusterId: id)
            pages = .instances(try await RawPages.read(client) { OCPClient.taskInstancesRequest(query, page: $0, size: $1) })
        }
        return Result(pages: pages, listing: self)
    }

    /// OCP's spellings to ask the task-instance list for (it filters by status itself); empty
    /// when a class is asked for, which is filtered here.
    var instanceStatuses: [TaskInstanceStatus] {
        guard let filter, filter.classes.isEmpty else { return [] }
        return filter.spellings.sorted().map(TaskInstanceStatus.init(rawValue:))
    }

    func keeps(_ row: DataBackupTask) -> Bool { filter?.accepts(row.status, statusClass: row.statusClass) ?? true }
    func keeps(_ row: LogBackupTask) -> Bool { filter?.accepts(row.status, statusClass: row.statusClass) ?? true }
    func keeps(_ row: RestoreTask) -> Bool { filter?.accepts(row.status, statusClass: row.statusClass) ?? true }

    /// A task instance started (or created) in the range, with a status `--status` accepts.
    func keeps(_ row: TaskInstance) -> Bool {
        guard filter?.accepts(row.status, statusClass: row.statusClass) ?? true else { return false }
        guard let time = (row.startTime ?? row.createTime)?.date else { return true }
        return range.start.map { time >= $0 } ?? true && range.end.map { time <= $0 } ?? true
    }
}
