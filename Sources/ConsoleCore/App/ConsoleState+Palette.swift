import Foundation

extension ConsoleState {
    /// The palette commands that start with what has been typed (all when nothing is typed),
    /// for the palette's list; empty when the palette is closed.
    public var paletteMatches: [PaletteCommand] {
        guard case .palette(let text)? = dialog else { return [] }
        let word = String(text.trimmingCharacters(in: .whitespaces).lowercased().prefix { $0 != " " })
        return PaletteCommand.allCases.filter { word.isEmpty || $0.rawValue.hasPrefix(word) }
    }
}
