import OCPSimulator

/// The random input of the monkey test: tmux key names drawn from a fixed seed with weights
/// like a person's typing (mostly moves, letters and Enter, some Esc, Tab, pages, F-keys,
/// palettes and Ctrl-L, and the operations' keys, so back up now, pause and retry open their
/// dialogs and the task view, and `!`, `[`, `]` for the problems filter and the detail tabs).
/// The keys that leave or stop the console — `q`, `Q` (the palette takes it as `quit`),
/// Ctrl-C, Ctrl-Z, Ctrl-\ — are never drawn, so one run covers every key.
struct MonkeyKeys {
    private var generator: SplitMix64

    /// Draws from `seed`.
    init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    /// Groups of tmux key names and how often each group is drawn (out of the weights' sum).
    static let groups: [(weight: Int, keys: [String])] = [
        (30, ["Up", "Down", "Left", "Right"]),
        (22, "abcdefghijklmnoprstuvwxyz".map(String.init)),
        (6, "ABCDEFGHIJKLMNOPRSTUVWXYZ0123456789".map(String.init)),
        (8, ["n", "e", "d", "r", "s", "j", "k", "g", "G", "y", "x", "Space"]),
        (6, ["b", "p", "R", "f", "i", "J", "K"]),
        (10, ["Enter"]),
        (6, ["Escape"]),
        (5, ["Tab", "BTab"]),
        (5, ["PPage", "NPage", "Home", "End"]),
        (3, ["BSpace"]),
        (2, (1...12).map { "F\($0)" }),
        (3, [":", "/", "?"]),
        (1, ["C-l", "C-u"]),
        (1, ["_", ".", ",", "*", "@", "备", "é", "!", "[", "]"]),
    ]

    /// Keys never drawn.
    static let excluded: Set<String> = ["q", "Q", "C-c", "C-z", "C-\\"]

    /// The next key's tmux name.
    mutating func nextKey() -> String {
        let total = Self.groups.reduce(0) { $0 + $1.weight }
        var pick = number(below: total)
        for group in Self.groups {
            if pick < group.weight { return group.keys[number(below: group.keys.count)] }
            pick -= group.weight
        }
        return "Enter"
    }

    /// A number in `0..<bound`.
    mutating func number(below bound: Int) -> Int {
        Int(generator.next() % UInt64(bound))
    }

    /// A number in `range`.
    mutating func number(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + number(below: range.count)
    }
}
