import ArgumentParser
import ConsoleUI

/// The `--theme` values.
enum ConsoleThemeChoice: String, ExpressibleByArgument, CaseIterable {
    /// Monochrome under `NO_COLOR`, 16 colours on terminals with fewer than 256, else standard.
    case auto
    /// The 256-colour theme.
    case standard
    /// The 16-colour theme.
    case sixteen = "16"
    /// No colours: bold, underline and reverse only.
    case mono

    /// The theme to open the screen with, before the terminal's colour count is known:
    /// monochrome for `--no-color` or a non-empty `NO_COLOR` (no-color.org).
    func initialTheme(noColor: Bool, environment: [String: String]) -> Theme {
        if noColor { return .monochrome }
        switch self {
        case .auto:
            if let value = environment["NO_COLOR"], !value.isEmpty { return .monochrome }
            return .standard
        case .standard: return .standard
        case .sixteen: return .sixteenColor
        case .mono: return .monochrome
        }
    }

    /// The theme once the terminal's colour count is known.
    func finalTheme(initial: Theme, colorCount: Int) -> Theme {
        guard self == .auto, initial == .standard, colorCount < 256 else { return initial }
        return .sixteenColor
    }
}
