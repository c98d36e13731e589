import Foundation

/// The commands of the `:` palette.
public enum PaletteCommand: String, Equatable, Sendable, CaseIterable {
    /// Show the cluster list.
    case clusters
    /// Reload the focused pane.
    case refresh
    /// Create a strategy for the selected cluster.
    case new
    /// Edit the selected cluster's strategy.
    case edit
    /// Delete the selected cluster's strategy.
    case delete
    /// Show help.
    case help
    /// Leave the console.
    case quit

    /// What the command does, for the palette's list.
    public var summary: String {
        switch self {
        case .clusters: "Show the cluster list"
        case .refresh: "Reload the focused pane"
        case .new: "New backup strategy for the selected cluster"
        case .edit: "Edit the selected cluster's strategy"
        case .delete: "Delete the selected cluster's strategy"
        case .help: "Show the keys"
        case .quit: "Quit"
        }
    }

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
