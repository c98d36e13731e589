/// What the renderer needs beyond the state: the line set and the connection facts for the
/// header, which the state does not hold.
public struct RenderOptions: Sendable, Hashable {
    /// Frame characters: Unicode, or ASCII when the locale is not UTF-8.
    public var lineSet: LineSet
    /// The OCP address shown in the header, e.g. `https://ocp.example.com:8080`.
    public var address: String
    /// The user or AccessKey id shown in the header.
    public var principal: String

    /// Options with `lineSet` and, optionally, the header's address and principal.
    public init(lineSet: LineSet = .unicode, address: String = "", principal: String = "") {
        self.lineSet = lineSet
        self.address = address
        self.principal = principal
    }

    /// Whether the line set is ASCII (markers and symbols follow it).
    var isASCII: Bool { lineSet == .ascii }
}
