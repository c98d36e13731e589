import ConsoleTerminal
import ConsoleUI
import Foundation
import Logging
import Testing

extension TerminalTests {
    @Suite struct ScreenSetupTests {
        let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

        @Test func anUnknownTerminalTypeIsAClearError() {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("ocpbackup-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            #expect(throws: TerminalError.unusableTerminal(term: "no-such-terminal-ocp")) {
                try CursesScreen(
                    outputPath: path, size: Size(rows: 24, columns: 80), terminalType: "no-such-terminal-ocp",
                    configuration: ScreenConfiguration(locale: "C.UTF-8"), logger: logger
                )
            }
        }

        @Test(arguments: [("C.UTF-8", LineSet.unicode), ("C", LineSet.ascii)])
        func frameCharactersFollowTheLocale(locale: String, expected: LineSet) throws {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("ocpbackup-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            let screen = try CursesScreen(
                outputPath: path, size: Size(rows: 24, columns: 80), configuration: ScreenConfiguration(locale: locale), logger: logger
            )
            defer { screen.close() }
            #expect(screen.lineSet == expected)
        }

        @Test func theFixedSizeIsTheScreenSize() throws {
            for size in [Size(rows: 24, columns: 80), Size(rows: 50, columns: 200)] {
                let file = try ScreenFile(size: size)
                #expect(file.screen.size == size)
                file.screen.close()
            }
        }
    }
}
