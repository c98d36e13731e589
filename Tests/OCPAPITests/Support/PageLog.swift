/// The pages delivered to `onPage`, in order.
actor PageLog {
    private(set) var pages: [[Int64]] = []

    func add(_ ids: [Int64]) { pages.append(ids) }

    var first: [Int64]? { pages.first }

    var count: Int { pages.count }
}
