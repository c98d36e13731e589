/// Filters of the alert event list (pages of at most 200).
public struct AlarmQuery: Sendable, Hashable {
    /// OB, OCP, OMS, OBProxy or Backup.
    public var appType: String?
    /// One alarm type.
    public var alarmType: String?
    /// One level, 1–5.
    public var level: Int?
    /// Active, Inactive, Silenced or Inhibited.
    public var status: AlarmStatus?
    /// Free-text keyword.
    public var keyword: String?
    /// Events active in this range (`activeAtStart`, `activeAtEnd`).
    public var activeAt: OCPTimeRange

    /// Makes a query.
    public init(
        appType: String? = nil, alarmType: String? = nil, level: Int? = nil, status: AlarmStatus? = nil, keyword: String? = nil,
        activeAt: OCPTimeRange = .unbounded
    ) {
        self.appType = appType
        self.alarmType = alarmType
        self.level = level
        self.status = status
        self.keyword = keyword
        self.activeAt = activeAt
    }

    /// Every active backup alert, fleet-wide: `appType=Backup&status=Active`.
    public static let activeBackup = AlarmQuery(appType: "Backup", status: .active)

    /// The query items for one page (size at most 200).
    public func items(page: Int, size: Int) -> [QueryItem] {
        var items = OCPClient.pageItems(page: page, size: size, maxSize: OCPClient.maxAlarmPageSize)
        if let appType { items.append(QueryItem("appType", appType)) }
        if let alarmType { items.append(QueryItem("alarmType", alarmType)) }
        if let level { items.append(QueryItem("level", String(level))) }
        if let status { items.append(QueryItem("status", status.rawValue)) }
        if let keyword, !keyword.isEmpty { items.append(QueryItem("keyword", keyword)) }
        let range = activeAt.items.map { QueryItem($0.name == "startTime" ? "activeAtStart" : "activeAtEnd", $0.value) }
        return items + range
    }
}
