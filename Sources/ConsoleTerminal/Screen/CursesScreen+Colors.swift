import CNCursesW

extension CursesScreen {
    /// How many colours the terminal has (terminfo `colors`); 0 without colour support.
    public var colorCount: Int {
        has_colors() ? Int(cnc_colors()) : 0
    }
}
