import Foundation

/// A task's subtasks in execution order: neither OCP's array order nor `seriesId` is it.
///
/// Kahn's algorithm over the graph `upstreams` and `downstreams` describe (either is enough):
/// subtasks whose upstreams are done or unknown come first; ties break by `startTime` (a step
/// not started yet after one that did), then `parallelIdx`, then `id`. The order is
/// `isApproximate` when no subtask says anything about its neighbours (then it is by start
/// time and id), when the graph has a cycle (the rest follow by start time and id), or when an
/// upstream points outside the task (it is ignored).
public struct SubtaskOrder: Sendable, Hashable {
    /// The subtasks, first to run first.
    public var subtasks: [Subtask]
    /// Whether the order is a guess rather than what the graph says.
    public var isApproximate: Bool

    /// Orders `subtasks` (each id once; a repeated id keeps its first entry).
    public init(_ subtasks: [Subtask]) {
        var seen = Set<Int64>()
        let unique = subtasks.filter { seen.insert($0.id).inserted }
        let byId = Dictionary(uniqueKeysWithValues: unique.map { ($0.id, $0) })
        guard unique.contains(where: { $0.upstreams != nil || $0.downstreams != nil }) else {
            self.subtasks = unique.sorted(by: Self.fallbackOrder)
            isApproximate = unique.count > 1
            return
        }
        var edges = Set<Edge>()
        var dangling = false
        for step in unique {
            for upstream in step.upstreams ?? [] {
                if byId[upstream] != nil { edges.insert(Edge(from: upstream, to: step.id)) } else { dangling = true }
            }
            for downstream in step.downstreams ?? [] where byId[downstream] != nil {
                edges.insert(Edge(from: step.id, to: downstream))
            }
        }
        var indegree = Dictionary(uniqueKeysWithValues: unique.map { ($0.id, 0) })
        var dependents: [Int64: [Int64]] = [:]
        for edge in edges {
            indegree[edge.to, default: 0] += 1
            dependents[edge.from, default: []].append(edge.to)
        }
        var ready = unique.filter { indegree[$0.id] == 0 }
        var ordered: [Subtask] = []
        while !ready.isEmpty {
            let index = ready.indices.min { Self.tieBreak(ready[$0], ready[$1]) } ?? 0
            let next = ready.remove(at: index)
            ordered.append(next)
            for dependent in dependents[next.id] ?? [] {
                indegree[dependent, default: 0] -= 1
                if indegree[dependent] == 0, let step = byId[dependent] { ready.append(step) }
            }
        }
        let placed = Set(ordered.map(\.id))
        let cyclic = unique.filter { !placed.contains($0.id) }.sorted(by: Self.fallbackOrder)
        self.subtasks = ordered + cyclic
        isApproximate = !cyclic.isEmpty || dangling
    }

    /// The order of a task's subtasks.
    public init(_ task: TaskInstance) { self.init(task.subtasks ?? []) }

    private struct Edge: Hashable {
        var from: Int64
        var to: Int64
    }

    /// Ready steps: by start time (not started last), then parallel index, then id.
    static func tieBreak(_ lhs: Subtask, _ rhs: Subtask) -> Bool {
        switch (lhs.startTime?.date, rhs.startTime?.date) {
        case (let left?, let right?) where left != right: return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        let (left, right) = (lhs.parallelIdx ?? -1, rhs.parallelIdx ?? -1)
        return left != right ? left < right : lhs.id < rhs.id
    }

    /// Without a graph: by start time (not started last), then id.
    static func fallbackOrder(_ lhs: Subtask, _ rhs: Subtask) -> Bool {
        switch (lhs.startTime?.date, rhs.startTime?.date) {
        case (let left?, let right?) where left != right: return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.id < rhs.id
        }
    }
}
