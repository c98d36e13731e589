import Localization

/// The tabs of the detail pane, numbered as the keys `1`–`5` that show them.
public enum DetailTab: Int, Equatable, Sendable, CaseIterable {
    /// Backup health at a glance: schedule, last backups, log backup, size, alerts, the rules'
    /// reasons and the actions the status allows. The tab a cluster opens on.
    case overview = 1
    /// The backup strategy, in words.
    case strategy
    /// What backup the cluster can do.
    case ability
    /// Data, log and restore tasks of the last seven days.
    case tasks
    /// Each tenant's recoverable windows over the last seven days.
    case recoverable

    /// The tab's name in the tab bar and the help.
    public var title: Bilingual {
        switch self {
        case .overview: Bilingual("Overview", "概览")
        case .strategy: Bilingual("Strategy", "备份策略")
        case .ability: Bilingual("Ability", "备份能力")
        case .tasks: Bilingual("Tasks", "任务")
        case .recoverable: Bilingual("Recoverable", "可恢复时间")
        }
    }

    /// The key that shows it, `1`–`5`.
    public var key: Character { Character(String(rawValue)) }

    /// The tab a key names, or `nil`.
    public init?(key: Character) {
        guard let number = key.wholeNumberValue, let tab = DetailTab(rawValue: number) else { return nil }
        self = tab
    }

    /// The tab to the right, wrapping to the first (`]`).
    public var next: DetailTab { DetailTab(rawValue: rawValue % Self.allCases.count + 1) ?? .overview }

    /// The tab to the left, wrapping to the last (`[`).
    public var previous: DetailTab {
        DetailTab(rawValue: (rawValue + Self.allCases.count - 2) % Self.allCases.count + 1) ?? .overview
    }
}
