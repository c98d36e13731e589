import Foundation

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
    public var summary: String {
        switch self {
        case .clusters: "Show the cluster list"
        case .problems: "Show only clusters whose backups have problems (the filter /!)"
        case .refresh: "Reload the focused pane"
        case .new: "New backup strategy for the selected cluster"
        case .edit: "Edit the selected cluster's strategy"
        case .delete: "Delete the selected cluster's strategy"
        case .export: "Write the reviewed strategy to a YAML file: export [PATH]"
        case .help: "Show the keys"
        case .quit: "Quit"
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
