import Testing

/// ncurses has one global screen: every test that creates a `CursesScreen` (or drives a real
/// terminal in tmux) lives in a suite nested in this one, so they run one after another.
@Suite(.serialized) enum TerminalTests {}
