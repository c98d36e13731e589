/// One `key=value` of a query string, unencoded.
public struct QueryItem: Hashable, Sendable {
    /// The key.
    public var name: String
    /// The value.
    public var value: String

    /// Makes a query item.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
