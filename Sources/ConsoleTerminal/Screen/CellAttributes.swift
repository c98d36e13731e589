import CNCursesW
import ConsoleUI

/// The ncurses attributes and colour pair of every role under one theme, worked out once so
/// drawing a cell is a table look-up.
struct CellAttributes {
    /// The attributes of each role (index: the role's position in `Role.allCases`).
    private var roleAttributes: [attr_t]
    /// The colour pair of each role, 0 when it has none.
    private(set) var rolePairs: [Int16]

    /// The table for `theme`; colour pairs are created (with `init_pair`) only when `colorCount`
    /// is 8 or more and the theme uses colours.
    init(theme: Theme, colorCount: Int) {
        let useColor = theme.usesColor && colorCount >= 8
        roleAttributes = []
        rolePairs = []
        for (index, role) in Role.allCases.enumerated() {
            let appearance = theme.appearance(for: role)
            var pair: Int16 = 0
            if useColor, appearance.usesColor {
                pair = Int16(index + 1)
                let foreground = Int16(appearance.foreground.number(forColorCount: colorCount))
                let background = Int16(appearance.background.number(forColorCount: colorCount))
                init_pair(pair, foreground, background)
            }
            rolePairs.append(pair)
            roleAttributes.append(Self.attributes(for: appearance.style))
        }
    }

    /// The attributes and pair for a cell of `role` with the extra `style`.
    func attributes(role: Role, style: Style) -> (attributes: attr_t, pair: Int16) {
        let index = Self.roles.firstIndex(of: role) ?? 0
        return (roleAttributes[index] | Self.attributes(for: style), rolePairs[index])
    }

    /// The role whose colour pair is `pair`, if any.
    func role(forPair pair: Int) -> Role? {
        guard pair > 0, let index = rolePairs.firstIndex(of: Int16(pair)) else { return nil }
        return Role.allCases[index]
    }

    /// The ncurses attribute bits for a style.
    static func attributes(for style: Style) -> attr_t {
        var bits = cnc_a_normal()
        for (flag, attribute) in styleAttributes where style.contains(flag) {
            bits |= attribute
        }
        return bits
    }

    /// The style that attribute bits read back from ncurses stand for.
    static func style(for attributes: attr_t) -> Style {
        var style: Style = []
        for (flag, attribute) in styleAttributes where attributes & attribute == attribute {
            style.insert(flag)
        }
        return style
    }

    private static let styleAttributes: [(Style, attr_t)] = [
        (.bold, cnc_a_bold()), (.reverse, cnc_a_reverse()), (.underline, cnc_a_underline()),
        (.dim, cnc_a_dim()), (.italic, cnc_a_italic()), (.blink, cnc_a_blink()),
    ]

    /// Every role, in the order of the tables: a linear scan of 13 cases is cheaper than
    /// hashing the role for every cell drawn.
    private static let roles = Role.allCases
}
