/// A zone and the unit count asked for it, as an unequal-count refusal lists them.
public struct RestoreZoneCount: Sendable, Hashable {
    /// The zone's name as given (`nil` when it has none).
    public var zone: String?
    /// The unit count as given (`nil` when missing).
    public var unitCount: Int?

    /// Makes the pair.
    public init(zone: String?, unitCount: Int?) {
        self.zone = zone
        self.unitCount = unitCount
    }
}
