extension Theme {
    /// The default theme: 256-colour palette entries, each with an 8-colour fallback.
    public static let standard = Theme(
        name: "default",
        appearances: [
            .normal: Appearance(),
            .header: Appearance(style: .bold, foreground: .palette(231, fallback: 7), background: .palette(24, fallback: 4)),
            // No bold: switching bold off costs a full attribute reset and the colours again on
            // every cursor move (about 16 bytes of the 200 a move may send).
            .selection: Appearance(foreground: .palette(16, fallback: 0), background: .palette(117, fallback: 6)),
            .inactiveSelection: Appearance(foreground: .palette(16, fallback: 0), background: .palette(250, fallback: 7)),
            .error: Appearance(style: .bold, foreground: .palette(203, fallback: 1)),
            .warning: Appearance(foreground: .palette(214, fallback: 3)),
            .ok: Appearance(foreground: .palette(114, fallback: 2)),
            .muted: Appearance(foreground: .palette(245, fallback: 7)),
            .accent: Appearance(style: .bold, foreground: .palette(81, fallback: 6)),
            .disabled: Appearance(style: .dim, foreground: .palette(242, fallback: 7)),
            .border: Appearance(foreground: .palette(240, fallback: 7)),
            .statusBar: Appearance(foreground: .palette(252, fallback: 7), background: .palette(236, fallback: 0)),
            .input: Appearance(style: .underline, foreground: .palette(230, fallback: 7), background: .palette(237, fallback: 0)),
        ]
    )

    /// For terminals with 8 or 16 colours: the standard colours only.
    public static let sixteenColor = Theme(
        name: "16-colour",
        appearances: [
            .normal: Appearance(),
            .header: Appearance(style: .bold, foreground: .white, background: .blue),
            .selection: Appearance(foreground: .black, background: .cyan),
            .inactiveSelection: Appearance(foreground: .black, background: .white),
            .error: Appearance(style: .bold, foreground: .red),
            .warning: Appearance(foreground: .yellow),
            .ok: Appearance(foreground: .green),
            .muted: Appearance(style: .dim),
            .accent: Appearance(style: .bold, foreground: .cyan),
            .disabled: Appearance(style: .dim),
            .border: Appearance(foreground: .standard(8)),
            .statusBar: Appearance(foreground: .black, background: .white),
            .input: Appearance(style: .underline),
        ]
    )

    /// No colours at all (`NO_COLOR`, `--no-color`): bold, reverse, underline and dim only.
    public static let monochrome = Theme(
        name: "monochrome",
        appearances: [
            .normal: Appearance(),
            .header: Appearance(style: [.bold, .reverse]),
            .selection: Appearance(style: .reverse),
            .inactiveSelection: Appearance(style: .underline),
            .error: Appearance(style: .bold),
            .warning: Appearance(style: .bold),
            .ok: Appearance(),
            .muted: Appearance(style: .dim),
            .accent: Appearance(style: .bold),
            .disabled: Appearance(style: .dim),
            .border: Appearance(),
            .statusBar: Appearance(style: .reverse),
            .input: Appearance(style: .underline),
        ]
    )

    /// The built-in themes.
    public static let builtIn: [Theme] = [.standard, .sixteenColor, .monochrome]
}
