import ConsoleCore
import OCPAPI
import OCPSimulator
import Testing

@testable import ConsoleUI

/// Hostile server text (terminal escapes, C1 controls, bidi overrides, zero-width and combining
/// characters, emoji sequences, wide CJK, 10,000 characters, nothing) in every field the console
/// shows: every screen stays free of control characters and exactly as wide as the terminal,
/// and the list's columns stay where they belong.
@Suite struct HostileScreenTests {
    static let sizes = [Size(rows: 24, columns: 80), Size(rows: 40, columns: 120)]

    @Test func theCorpusCoversEveryKindOfHostileText() {
        let scalars = Set(HostileCorpus.strings.joined().unicodeScalars.map(\.value))
        for value: UInt32 in [0x1B, 0x9B, 0x9D, 0x0D, 0x08, 0x07, 0x7F, 0x09, 0x00, 0x0A, 0x202E, 0x2066, 0x2069, 0x200B, 0xFEFF, 0x200D, 0xFE0F] {
            #expect(scalars.contains(value), "the corpus lacks U+\(String(value, radix: 16))")
        }
        #expect(HostileCorpus.strings.contains(""))
        #expect(HostileCorpus.strings.contains { $0.count >= 10_000 })
        #expect(HostileScenes.all.count > 100)
        #expect(HostileScenes.modifySteps.contains { $0.state.wizard?.step == .review }, "a hostile strategy reaches the review")
    }

    @Test(arguments: HostileScenes.all, HostileScreenTests.sizes)
    func everyScreenIsSafeAndFullWidth(scene: Scene, size: Size) {
        let screen = ConsoleRenderer.render(scene.state, size: size, options: scene.options)
        let problems = ScreenSafety.problems(in: screen)
        #expect(problems.isEmpty, "\(scene.name) at \(size):\n\(problems.prefix(5).joined(separator: "\n"))\n\(screen.text)")
    }

    @Test(arguments: HostileScreenTests.sizes, [0, 11, 23])
    func listColumnsStayAligned(size: Size, cursor: Int) throws {
        var driver = HostileScenes.listDriver(cursorAt: 0)
        driver.send(.viewportChanged(rows: ConsoleRenderer.listViewportRows(for: size)))
        for _ in 0..<cursor { driver.send(.list(.moveDown)) }
        let list = driver.state.list
        let screen = ConsoleRenderer.render(driver.state, size: size)
        // The columns shown at this width (the narrow ones drop the type and the version and
        // abbreviate the status); every one starts after a blank cell on every row.
        let health = try #require(screen.find("HEALTH"))
        let titles = ["SCHEDULE", "SCHD", "DATA", "LOG", "VERSION", "STATUS", "STAT", "TYPE"].compactMap { title in
            screen.find(title).flatMap { $0.row == health.row ? (title, $0) : nil }
        }
        let status = try #require(titles.first { $0.0.hasPrefix("STAT") })
        #expect(titles.count >= 4)
        let shown = min(list.visibleCount - list.scrollTop, ConsoleRenderer.listViewportRows(for: size))
        #expect(shown > 5)
        var knownCells = 0
        for offset in 0..<shown {
            let row = list.row(atVisible: list.scrollTop + offset)
            let line = health.row + 1 + offset
            for separator in [health.column - 1] + titles.map({ $0.1.column - 1 }) {
                let cell = screen.cell(row: line, column: separator)
                #expect(cell?.text == " ", "row \(line) (\(row.cluster.id)): column \(separator) holds '\(cell?.text ?? "-")'")
            }
            var values = [(row.cluster.status?.rawValue == "RUNNING" ? (status.0 == "STAT" ? "RUN" : "RUNNING") : nil, status.1)]
            if let version = titles.first(where: { $0.0 == "VERSION" }) { values.append((row.cluster.obVersion, version.1)) }
            if let type = titles.first(where: { $0.0 == "TYPE" }) { values.append((row.cluster.type?.rawValue, type.1)) }
            for (value, position) in values {
                guard let value, ["4.2.1.0", "RUN", "RUNNING", "PRIMARY"].contains(value) else { continue }
                knownCells += 1
                #expect(
                    ScreenSafety.text(of: screen, row: line, column: position.column, count: value.count) == value, "row \(line): \(screen.row(line))"
                )
            }
        }
        #expect(knownCells >= shown / 2)
    }

    @Test func hostileStoragePrefillsTheWizardSanitized() throws {
        let scene = try #require(HostileScenes.modifySteps.first)
        let wizard = try #require(scene.state.wizard)
        let storage = wizard.form.storage
        for text in [storage.configName, storage.url, storage.endpoint, storage.accessKeyId, storage.appId] {
            #expect(!text.unicodeScalars.contains(where: TextSanitizer.isUnsafe), "\(text.debugDescription)")
        }
    }
}
