import ConsoleCore
import Testing

@testable import ConsoleUI

/// Screens are drawn with roles; every role they use has an appearance in every built-in theme.
@Suite struct ThemeCoverageTests {
    @Test(arguments: Theme.builtIn.map(\.name))
    func everyDrawnRoleIsThemed(themeName: String) throws {
        let theme = try #require(Theme.builtIn.first { $0.name == themeName })
        var used: Set<Role> = []
        for scene in Scene.all {
            let screen = ConsoleRenderer.render(scene.state, size: Size(rows: 24, columns: 80), options: scene.options)
            used.formUnion(screen.cells.map(\.role))
        }
        used.remove(.normal)
        #expect(used.contains(.selection))
        for role in used.sorted(by: { $0.rawValue < $1.rawValue }) {
            #expect(theme.appearances[role] != nil, "\(theme.name) has no appearance for \(role)")
        }
    }
}
