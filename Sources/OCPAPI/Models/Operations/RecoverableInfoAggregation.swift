/// The items of parsed backup data over a time scope.
public struct RecoverableInfoAggregation: Codable, Hashable, Sendable {
    /// `LATEST_SEVEN_DAYS` (in the samples; absent from the 4.2 table).
    public var obQueryTimeScopeType: String?
    /// The items of the last seven days.
    public var latestSevenDaysAggregation: SevenDays?

    /// The `latestSevenDaysAggregation` object.
    public struct SevenDays: Codable, Hashable, Sendable {
        /// The items, in OCP's order.
        public var obRecoverableSectionItems: [RecoverableSectionItem]?

        /// Makes the object.
        public init(obRecoverableSectionItems: [RecoverableSectionItem]?) { self.obRecoverableSectionItems = obRecoverableSectionItems }
    }

    /// Makes an aggregation over the last seven days.
    public init(items: [RecoverableSectionItem], scope: String? = "LATEST_SEVEN_DAYS") {
        obQueryTimeScopeType = scope
        latestSevenDaysAggregation = SevenDays(obRecoverableSectionItems: items)
    }

    /// Every item (none when the objects are absent).
    public var items: [RecoverableSectionItem] { latestSevenDaysAggregation?.obRecoverableSectionItems ?? [] }
}
