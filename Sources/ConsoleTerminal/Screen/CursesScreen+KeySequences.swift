import CNCursesW

extension CursesScreen {
    /// Home and End sequences that terminals send whatever `TERM` claims: VT220 style
    /// (`ESC [1~`, `ESC [4~`, as tmux and screen send), rxvt (`ESC [7~`, `ESC [8~`) and xterm's
    /// normal and application cursor modes (`ESC [H`, `ESC OH`, `ESC [F`, `ESC OF`). Each is
    /// taught to ncurses only when the terminal description leaves it unbound, so nothing the
    /// description defines is overridden.
    static let commonKeySequences: [(sequence: String, code: Int32)] = [
        ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
        ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
    ]

    /// Binds every unbound sequence of `commonKeySequences` in the current screen.
    static func defineCommonKeySequences() {
        for (sequence, code) in commonKeySequences where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }
}
