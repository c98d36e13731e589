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

    /// A feature whose effects are never run (the benchmarks call `reduce` directly).
    static let feature = ConsoleFeature(
        dependencies: ConsoleDependencies(
            listClusters: { _ in .success(0) }, ability: { _ in .failure(.invalidRequest("offline")) },
            strategy: { _ in .success(nil) }, create: { _, _ in .failure(.invalidRequest("offline")) },
            modify: { _, _ in .failure(.invalidRequest("offline")) }, delete: { _ in .failure(.invalidRequest("offline")) },
            now: { now }, timeZoneOffset: { _ in 8 * 3600 }, sleep: { _ in },
            drafts: DraftStoreClient(load: { _ in nil }, save: { _ in }, delete: { _ in })))

    /// The console with `count` clusters loaded, sized for `size`.
    static func state(clusters count: Int, size: Size) -> ConsoleState {
        var state = ConsoleState(profile: "bench", readOnly: false)
        apply(.viewportChanged(rows: ConsoleRenderer.listViewportRows(for: size)), to: &state)
        apply(.start, to: &state)
        let all = clusters(count)
        var start = 0
        while start < all.count {
            let end = min(all.count, start + 2000)
            apply(.list(.pageLoaded(generation: 1, clusters: Array(all[start..<end]))), to: &state)
            start = end
        }
        apply(.list(.loadFinished(generation: 1, .success(all.count))), to: &state)
        return state
    }

    /// Applies `action`, dropping the effect.
    static func apply(_ action: ConsoleAction, to state: inout ConsoleState) {
        _ = feature.reduce(into: &state, action: action)
    }

    /// Applies what `key` means in `state`; `false` when the key means nothing there.
    @discardableResult
    static func press(_ key: Key, in state: inout ConsoleState) -> Bool {
        guard case .send(let action)? = KeyMap.standard.command(for: key, in: state) else { return false }
        apply(action, to: &state)
        return true
    }
}
