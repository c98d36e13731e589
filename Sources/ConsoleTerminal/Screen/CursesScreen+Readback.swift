import CNCursesW
import ConsoleUI

extension CursesScreen {
    /// What ncurses holds for one cell, read back from its screen model.
    public struct PresentedCell: Sendable, Hashable {
        /// The grapheme in the cell.
        public var text: String
        /// The attributes of the cell, as a style.
        public var style: Style
        /// The role whose colour pair the cell has, or `nil` for no colour pair.
        public var role: Role?
    }

    /// The text ncurses holds for row `row` (wide characters once, as in ``ScreenBuffer/row(_:)``).
    public func presentedRow(_ row: Int) -> String {
        guard row >= 0, row < size.rows else { return "" }
        var characters = [wchar_t](repeating: 0, count: size.columns * Int(CCHARW_MAX) + 1)
        let count = mvwinnwstr(window, Int32(row), 0, &characters, Int32(characters.count - 1))
        guard count != ERR else { return "" }
        var text = String.UnicodeScalarView()
        for value in characters.prefix(while: { $0 != 0 }) {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: value)) { text.append(scalar) }
        }
        return String(text)
    }

    /// The cell ncurses holds at `row`, `column`, or `nil` outside the screen.
    public func presentedCell(row: Int, column: Int) -> PresentedCell? {
        guard row >= 0, row < size.rows, column >= 0, column < size.columns else { return nil }
        var character = cchar_t()
        guard mvwin_wch(window, Int32(row), Int32(column), &character) != ERR else { return nil }
        var characters = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var attributeBits: attr_t = 0
        var pair: Int16 = 0
        getcchar(&character, &characters, &attributeBits, &pair, nil)
        var text = String.UnicodeScalarView()
        for value in characters.prefix(while: { $0 != 0 }) {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: value)) { text.append(scalar) }
        }
        return PresentedCell(
            text: String(text), style: CellAttributes.style(for: attributeBits), role: attributes.role(forPair: Int(pair))
        )
    }
}
