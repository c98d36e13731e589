/// The `page` object of a paged list (1-based).
public struct OCPPageInfo: Codable, Hashable, Sendable {
    /// The page number, from 1.
    public var number: Int
    /// The page size asked for.
    public var size: Int
    /// Items across all pages.
    public var totalElements: Int
    /// Number of pages (the doc tables say `totalPage`; every sample says `totalPages`).
    public var totalPages: Int

    /// Makes page information.
    public init(number: Int, size: Int, totalElements: Int, totalPages: Int) {
        self.number = number
        self.size = size
        self.totalElements = totalElements
        self.totalPages = totalPages
    }

    private enum CodingKeys: String, CodingKey {
        case number, size, totalElements, totalPages, totalPage
    }

    /// Reads `totalPages`, or the documented-but-unseen `totalPage`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        number = try container.decodeIfPresent(Int.self, forKey: .number) ?? 1
        size = try container.decodeIfPresent(Int.self, forKey: .size) ?? 0
        totalElements = try container.decodeIfPresent(Int.self, forKey: .totalElements) ?? 0
        totalPages =
            try container.decodeIfPresent(Int.self, forKey: .totalPages)
            ?? container.decodeIfPresent(Int.self, forKey: .totalPage) ?? 1
    }

    /// Writes `totalPages`, as OCP does.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number, forKey: .number)
        try container.encode(size, forKey: .size)
        try container.encode(totalElements, forKey: .totalElements)
        try container.encode(totalPages, forKey: .totalPages)
    }
}
