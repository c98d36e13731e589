import CTerminalSafety

/// Restores the terminal on every way out of the program: fatal signals (Swift traps arrive
/// as `SIGILL` or `SIGTRAP`), terminating signals and `exit`. The work happens in C
/// (`CTerminalSafety`), where the handler only writes precomputed bytes and calls
/// `tcsetattr`, both async-signal-safe.
enum TerminalSafety {
    /// Saves the terminal modes of `descriptor` as they are now, before ncurses changes them.
    static func saveModes(of descriptor: Int32) {
        _ = terminal_safety_save_termios(descriptor)
    }

    /// Arms the handlers with `bytes`, to be written to `descriptor`.
    static func arm(restoreBytes bytes: [UInt8], descriptor: Int32) {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                _ = terminal_safety_set_restore_bytes(descriptor, characters.baseAddress, characters.count)
            }
        }
        _ = terminal_safety_install()
    }

    /// Puts the previous handlers back; the normal exit path restores through `endwin`.
    static func disarm() {
        terminal_safety_uninstall()
    }

    /// Forwards `SIGWINCH` and `SIGCONT` as a byte written to `descriptor`, so a loop blocked in
    /// `poll(2)` on another thread's signal still wakes up.
    static func forwardSignals(to descriptor: Int32) {
        _ = terminal_safety_forward_signals(descriptor)
    }

    /// Stops forwarding signals.
    static func stopForwardingSignals() {
        terminal_safety_stop_forwarding()
    }

    /// Stops the process like Ctrl-Z and returns when it is continued.
    static func stopProcess() {
        terminal_safety_stop_process()
    }
}
