/// A list `data` object: `contents`, plus `page` for paged lists.
public struct OCPPage<Item: Codable & Sendable>: Codable, Sendable {
    /// The items of this page.
    public var contents: [Item]
    /// Paging information; absent for unpaged lists.
    public var page: OCPPageInfo?

    /// Makes a page.
    public init(contents: [Item], page: OCPPageInfo?) {
        self.contents = contents
        self.page = page
    }
}
