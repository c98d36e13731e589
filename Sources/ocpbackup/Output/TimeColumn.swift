import Foundation
import OCPAPI

/// A table column of times in this machine's zone with their ages (`2024-06-01 12:00:05 (2 h
/// ago)`): the offset goes in the heading (`STARTED (+08:00)`) when every row shares it, else
/// in each cell.
struct TimeColumn {
    /// The heading, with the shared offset.
    let heading: String
    private let times: LocalTimeText
    private let offsetInHeading: Bool

    /// The column `name` for `dates` (absent ones print `-`), ages judged at `times.now`.
    init(_ name: String, dates: [Date?], times: LocalTimeText) {
        let offset = times.sharedOffset(dates.compactMap { $0 })
        heading = name + (offset.map { " (\($0))" } ?? "")
        self.times = times
        offsetInHeading = offset != nil
    }

    /// The cell of `date`.
    func cell(_ date: Date?) -> String {
        guard let date else { return "-" }
        return offsetInHeading ? times.cell(date) : times.timeWithAge(date)
    }
}
