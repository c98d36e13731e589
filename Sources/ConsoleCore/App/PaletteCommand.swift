import Foundation
import Localization

/// The commands of the `:` palette.
public enum PaletteCommand: String, Equatable, Sendable, CaseIterable {
    /// Show the cluster list.
    case clusters
    /// Keep only the clusters with problems (the filter `!`).
    case problems
    /// Reload the focused pane.
    case refresh
    /// Create a strategy for the selected cluster.
    case new
    /// Edit the selected cluster's strategy.
    case edit
    /// Delete the selected cluster's strategy.
    case delete
    /// Write the reviewed request body as a strategy file (`export PATH`).
    case export
    /// Show help.
    case help
    /// Leave the console.
    case quit

    /// What the command does, for the palette's list.
    public var summary: Bilingual {
        switch self {
        case .clusters: Bilingual("Show the cluster list", "显示集群列表")
        case .problems: Bilingual("Show only clusters whose backups have problems (the filter /!)", "只显示备份有问题的集群（筛选 /!）")
        case .refresh: Bilingual("Reload the focused pane", "重新加载当前窗格")
        case .new: Bilingual("New backup strategy for the selected cluster", "为选中的集群新建备份策略")
        case .edit: Bilingual("Edit the selected cluster's strategy", "编辑选中集群的备份策略")
        case .delete: Bilingual("Delete the selected cluster's strategy", "删除选中集群的备份策略")
        case .export: Bilingual("Write the reviewed strategy to a YAML file: export [PATH]", "将审阅过的策略写入 YAML 文件：export [路径]")
        case .help: Bilingual("Show the keys", "显示按键")
        case .quit: Bilingual("Quit", "退出")
        }
    }

    /// The command of a typed line and the rest of the line after its first word; `nil` when
    /// the word names no command, or a command that takes no argument is given one.
    public static func parseLine(_ text: String) -> (command: PaletteCommand, argument: String)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let word = String(trimmed.prefix { $0 != " " })
        let argument = String(trimmed.dropFirst(word.count)).trimmingCharacters(in: .whitespaces)
        guard let command = parse(word), argument.isEmpty || command.takesArgument else { return nil }
        return (command, argument)
    }

    /// Whether the command reads the rest of the line (a path).
    public var takesArgument: Bool { self == .export }

    /// The command named by `text` or uniquely started by it (`ref` → refresh), ignoring case
    /// and surrounding spaces; `nil` when none or several match.
    public static func parse(_ text: String) -> PaletteCommand? {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !word.isEmpty else { return nil }
        if let exact = PaletteCommand(rawValue: word) { return exact }
        let matches = allCases.filter { $0.rawValue.hasPrefix(word) }
        return matches.count == 1 ? matches[0] : nil
    }
}
