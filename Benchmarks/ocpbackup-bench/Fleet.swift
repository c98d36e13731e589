import ConsoleCore
import ConsoleUI
import Foundation
import OCPAPI

/// A generated fleet of clusters and console states holding it, built through the reducer the
/// way pages from OCP arrive (2,000 per page).
enum Fleet {
    /// The fixed moment of every state.
    static let now = Date(timeIntervalSince1970: 1_795_176_000)

    /// `count` clusters with varied names, versions and statuses, always the same.
    static func clusters(_ count: Int) -> [ClusterSummary] {
        let prefixes = ["pay", "order", "risk", "ledger", "search", "iot", "生产库", "账单", "crm", "billing"]
        let regions = ["hz", "sh", "bj", "sz", "sg"]
        let versions = ["4.2.1.0", "4.3.2.0", "3.1.4", "2.2.77", "4.2.5.1"]
        let statuses: [ClusterStatus] = [.running, .running, .running, .stopped, .operating]
        return (0..<count).map { index in
            let hash = UInt32(truncatingIfNeeded: index &* 2_654_435_761)
            let name = "\(prefixes[Int(hash % 10)])-\(regions[Int((hash >> 4) % 5)])-\(String(format: "%06d", index))"
            return ClusterSummary(
                id: Int64(1_000_000 + index), name: name, obVersion: versions[Int((hash >> 8) % 5)], type: .primary,
                status: statuses[Int((hash >> 12) % 5)])
        }
    }

    /// The console's frame step holding `count` clusters at `size`, effects dropped (results are
    /// sent by hand): only the clock and the time zone are set, the rest is unimplemented and
    /// answers a failure.
    static func session(clusters count: Int, size: Size, options: RenderOptions) -> ConsoleSession {
        var dependencies = ConsoleDependencies.unimplemented { _ in }
        dependencies.now = { now }
        dependencies.timeZoneOffset = { _ in 8 * 3600 }
        let session = ConsoleSession(
            store: .discardingEffects(
                initialState: ConsoleState(profile: "bench", readOnly: false), feature: ConsoleFeature(dependencies: dependencies)),
            size: size, options: options)
        session.start()
        let all = clusters(count)
        var start = 0
        while start < all.count {
            let end = min(all.count, start + 2000)
            session.send(.list(.pageLoaded(generation: 1, clusters: Array(all[start..<end]))))
            start = end
        }
        session.send(.list(.loadFinished(generation: 1, .success(all.count))))
        return session
    }
}
