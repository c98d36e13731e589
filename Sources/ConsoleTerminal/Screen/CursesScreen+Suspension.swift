import CNCursesW

extension CursesScreen {
    /// Suspends the program as Ctrl-Z does in a shell: gives the terminal back, stops the
    /// process, and when it is continued (`fg`) takes the terminal again and repaints it fully.
    ///
    /// In raw mode Ctrl-Z reaches the program as a key, so the key map calls this.
    public func suspend() {
        endwin()
        TerminalSafety.stopProcess()
        forceRedraw()
    }
}
