import Synchronization

/// Reading every page of a paged list: the first page, then the rest with a bounded number of
/// requests in flight. Each page is a GET, so it is retried as every GET is.
extension OCPClient {
    /// Every page of the list `request` names, without keeping them: `request(page, size)`
    /// builds one page's request; `onPage` sees each page with its number as it arrives (the first
    /// page first). The number of pages is `totalPages`, or what `totalElements` implies for the
    /// size asked for when that is more (the echoed `page.size` is never trusted). Returns how
    /// many items the pages held.
    public func forEachPage<Item: Codable & Sendable>(
        of item: Item.Type, pageSize: Int, concurrency: Int = 4,
        request: @escaping @Sendable (_ page: Int, _ size: Int) -> PreparedRequest,
        onPage: @Sendable (Int, OCPPage<Item>) async -> Void
    ) async throws(OCPAPIError) -> Int {
        let size = max(1, pageSize)
        @Sendable func page(_ number: Int) async throws(OCPAPIError) -> OCPPage<Item> {
            try await perform(request(number, size), as: OCPPage<Item>.self).value
        }
        let first = try await page(1)
        await onPage(1, first)
        let totalPages = Self.pageCount(of: first, size: size)
        guard totalPages > 1 else { return first.contents.count }
        let outcome: Result<Int, OCPAPIError> = await withTaskGroup(of: (Int, Result<OCPPage<Item>, OCPAPIError>).self) { group in
            var delivered = first.contents.count
            var next = 2
            func launch() {
                let number = next
                next += 1
                group.addTask {
                    do throws(OCPAPIError) {
                        return (number, .success(try await page(number)))
                    } catch {
                        return (number, .failure(error))
                    }
                }
            }
            for _ in 0..<min(max(1, concurrency), totalPages - 1) { launch() }
            while let (number, result) = await group.next() {
                switch result {
                case .success(let page):
                    delivered += page.contents.count
                    await onPage(number, page)
                    if next <= totalPages { launch() }
                case .failure(let error):
                    group.cancelAll()
                    return .failure(error)
                }
            }
            return .success(delivered)
        }
        return try outcome.get()
    }

    /// Every item of the list `request` names, in page order (see `forEachPage`).
    public func allPages<Item: Codable & Sendable>(
        of item: Item.Type, pageSize: Int, concurrency: Int = 4,
        request: @escaping @Sendable (_ page: Int, _ size: Int) -> PreparedRequest
    ) async throws(OCPAPIError) -> [Item] {
        let collected = Mutex<[Int: [Item]]>([:])
        _ = try await forEachPage(of: item, pageSize: pageSize, concurrency: concurrency, request: request) { number, page in
            collected.withLock { $0[number] = page.contents }
        }
        return collected.withLock { pages in pages.keys.sorted().flatMap { pages[$0] ?? [] } }
    }

    /// The pages a list has: `totalPages`, or what `totalElements` implies for `size` when that is
    /// more (the echoed `page.size` is never trusted).
    package static func pageCount<Item>(of page: OCPPage<Item>, size: Int) -> Int {
        let implied = page.page.map { ($0.totalElements + max(1, size) - 1) / max(1, size) } ?? 1
        return max(page.page?.totalPages ?? 1, implied)
    }
}
