import ConsoleCore
import Foundation
import OCPAPI
import OCPSimulator
import Testing

@testable import ConsoleUI

/// The task view and the operation dialogs with hostile server text everywhere a task carries
/// it (its name, its steps' names, the failed step's log, a 10 MB log of hostile lines): every
/// screen is safe and full width, scrolled anywhere, in Unicode and ASCII.
@Suite struct HostileTaskScreenTests {
    /// A failed task whose every string is hostile, and the failed step's log of at least
    /// `lines` lines and `bytes` bytes.
    static func scene(strings index: Int, lines: Int, bytes: Int = 0, ascii: Bool = false) -> Scene {
        var task = SceneData.failedTask
        task.name = HostileCorpus.string(index)
        task.subtasks = task.subtasks?.enumerated().map { offset, step in
            var step = step
            step.name = HostileCorpus.string(index + offset + 1)
            return step
        }
        var log = "############{EXECUTE}{2026-11-20T19:41:30.000+08:00}############\n"
        var line = 0
        while line < lines || log.utf8.count < bytes {
            log += "2026-11-20 19:41:44.000 ERROR 57200 --- [\(HostileCorpus.string(index + line))] X : \(HostileCorpus.string(index + line + 7))\n\n"
            line += 1
        }
        var driver = Scene.taskDriver(task, log: log, logStep: 1)
        driver.send(.operation(.retry))
        var scene = Scene(name: "hostile-task-\(index)", state: driver.state)
        if ascii { scene.options.lineSet = .ascii }
        return scene
    }

    /// The view without the retry dialog over it.
    static func withoutDialog(_ scene: Scene) -> ConsoleState {
        var state = scene.state
        state.dialog = nil
        return state
    }

    @Test(arguments: Array(0..<HostileCorpus.strings.count), HostileScreenTests.sizes)
    func everyHostileStringIsDrawnSafely(index: Int, size: Size) {
        for ascii in [false, true] {
            let scene = Self.scene(strings: index, lines: 40, ascii: ascii)
            for state in [scene.state, Self.withoutDialog(scene)] {
                let screen = ConsoleRenderer.render(
                    ScrollScreenTests.scrolled(Scene(name: scene.name, state: state), size: size, []), size: size, options: scene.options)
                let problems = ScreenSafety.problems(in: screen)
                #expect(problems.isEmpty, "\(scene.name) at \(size) ascii \(ascii):\n\(problems.prefix(5).joined(separator: "\n"))")
            }
        }
    }

    @Test func aTenMegabyteHostileLogOpensAtItsTailAndScrollsAPage() throws {
        let scene = Self.scene(strings: 3, lines: 0, bytes: 10_500_000)
        let log = try #require(scene.state.taskView?.log?.content.value)
        #expect(log.byteCount > 10_000_000 && log.checkpointCount <= TaskLogText.maxCheckpoints)
        let size = Size(rows: 40, columns: 120)
        let session = SceneDriver.session(Self.withoutDialog(scene), size: size)
        var screen = session.frame()
        #expect(ScreenSafety.problems(in: screen).isEmpty)
        #expect(screen.text.contains("of \(log.lineCount)") && session.state.taskView?.log?.followsTail == true, "the tail shows first")
        let bottom = session.state.taskView?.log?.scroll.offset ?? 0
        session.press(.pageUp)
        screen = session.frame()
        #expect(ScreenSafety.problems(in: screen).isEmpty)
        #expect((session.state.taskView?.log?.scroll.offset ?? 0) < bottom && session.state.taskView?.log?.followsTail == false)
        session.press(.character("g"))
        screen = session.frame()
        #expect(session.state.taskView?.log?.scroll.offset == 0 && screen.text.contains("EXECUTE"))
        session.press(.character("G"))
        _ = session.frame()
        #expect(session.state.taskView?.log?.followsTail == true)
    }

    /// The Tasks and Recoverable tabs with a hostile string in every row's message and name.
    static func historyScenes(strings index: Int) -> [Scene] {
        var lists = SceneData.taskLists
        lists.data = lists.data.enumerated().map { offset, row in
            var row = row
            row.status = .failed
            row.errorMsg = HostileCorpus.string(index + offset)
            return row
        }
        lists.log = lists.log.map { row in
            var row = row
            row.errorMsg = HostileCorpus.string(index + 5)
            row.status = LogBackupTaskStatus(rawValue: HostileCorpus.string(index + 6))
            return row
        }
        lists.restore = lists.restore.map { row in
            var row = row
            row.restoreTenantName = HostileCorpus.string(index + 7)
            row.backupTenantName = HostileCorpus.string(index + 8)
            return row
        }
        var info = SceneData.backupInfo
        info.tenantBackupInfos = info.tenantBackupInfos?.enumerated().map { offset, tenant in
            var tenant = tenant
            tenant.tenantName = HostileCorpus.string(index + 9 + offset)
            return tenant
        }
        return [DetailTab.tasks, .recoverable, .overview].map { tab in
            var driver = Scene.operationsDriver()
            driver.send(.detail(.selectTab(tab)))
            driver.send(.history(.taskListsLoaded(clusterId: 2, .success(Served(lists, answeredAt: SceneDriver.now)))))
            driver.send(.history(.backupInfoLoaded(clusterId: 2, .success(Served(info, answeredAt: SceneDriver.now)))))
            return Scene(name: "hostile-\(tab.title.english)-\(index)", state: driver.state)
        }
    }

    @Test(arguments: Array(0..<HostileCorpus.strings.count), HostileScreenTests.sizes)
    func theTasksAndRecoverableTabsDrawHostileTextSafely(index: Int, size: Size) {
        for scene in Self.historyScenes(strings: index) {
            for lineSet in [LineSet.unicode, .ascii] {
                let screen = ConsoleRenderer.render(scene.state, size: size, options: RenderOptions(lineSet: lineSet))
                let problems = ScreenSafety.problems(in: screen)
                #expect(problems.isEmpty, "\(scene.name) at \(size):\n\(problems.prefix(5).joined(separator: "\n"))")
            }
        }
    }
}
