import OCPAPI
import Testing

@testable import ConsoleCore

/// The review exports the request body, secrets masked, through the strategy file client.
@Suite struct ExportTests {
    static func ossReviewState() -> ConsoleState {
        WizardHarness.ossReview(secret: "hunter2")
    }

    @Test func theReviewWritesTheMaskedBodyAndFlashesThePath() async throws {
        let world = FakeWorld()
        let state = Self.ossReviewState()
        let store = world.store(state)
        await store.send(.wizard(.export(path: nil)))
        await store.receive(.wizard(.exportFinished(.success("strategy-alpha.yaml")))) {
            $0.flash = Flash(
                id: 1, text: "Wrote strategy-alpha.yaml (secrets as ******).", tone: .info, expiresAt: Fixtures.now.addingTimeInterval(4))
            $0.nextFlashId = 2
        }
        await store.receive(.flashExpired(id: 1)) { $0.flash = nil }
        store.finish()
        let export = try #require(world.recorded.exports.first)
        #expect(export.path == nil)
        #expect(export.clusterId == 1)
        #expect(export.defaultFileName == "strategy-alpha.yaml")
        let serialized = String(decoding: export.body.serialized(), as: UTF8.self)
        #expect(!serialized.contains("hunter2"))
        #expect(serialized.contains("\"accessKeySecret\":\"******\""))
        let review = try #require(state.wizard?.review)
        #expect(try JSONValue.parse(Array(review.body.utf8)) == export.body, "the file holds the body the review shows")
    }

    @Test func thePaletteNamesTheFileAndAFailureIsShown() async throws {
        let world = FakeWorld(.init(export: .failure(ExportFailure("out.yaml exists and was kept; nothing was written."))))
        var state = Self.ossReviewState()
        state.dialog = .palette("export  out.yaml ")
        let store = world.store(state)
        await store.send(.dialogSubmit) { $0.dialog = nil }
        await store.receive(.wizard(.exportFinished(.failure(ExportFailure("out.yaml exists and was kept; nothing was written."))))) {
            $0.flash = Flash(
                id: 1, text: "out.yaml exists and was kept; nothing was written.", tone: .error, expiresAt: Fixtures.now.addingTimeInterval(4))
            $0.nextFlashId = 2
        }
        await store.receive(.flashExpired(id: 1)) { $0.flash = nil }
        store.finish()
        #expect(world.recorded.exports.map(\.path) == ["out.yaml"])
    }

    @Test func exportNeedsTheReview() async {
        let world = FakeWorld()
        var state = WizardHarness.state(with: WizardHarness.newWizard())
        state.dialog = .palette("export")
        let store = world.store(state)
        await store.send(.dialogSubmit) {
            $0.dialog = nil
            $0.flash = Flash(
                id: 1, text: "Export works on the wizard's review step: finish the steps first, then x or :export.", tone: .error,
                expiresAt: Fixtures.now.addingTimeInterval(4))
            $0.nextFlashId = 2
        }
        await store.receive(.flashExpired(id: 1)) { $0.flash = nil }
        store.finish()
        #expect(world.recorded.exports.isEmpty)
    }

    @Test func paletteLinesSplitTheCommandFromItsPath() {
        #expect(PaletteCommand.parseLine("export /tmp/a b.yaml")?.command == .export)
        #expect(PaletteCommand.parseLine("exp /tmp/a b.yaml")?.argument == "/tmp/a b.yaml")
        #expect(PaletteCommand.parseLine("  refresh  ")?.command == .refresh)
        #expect(PaletteCommand.parseLine("refresh now") == nil, "only export takes an argument")
        #expect(PaletteCommand.parseLine("e") == nil, "edit and export both start with e")
    }

    @Test func defaultFileNamesKeepCJKAndDropPathCharacters() {
        func name(_ cluster: String) -> String {
            StrategyExport(clusterId: 7, clusterName: cluster, body: .null, path: nil).defaultFileName
        }
        #expect(name("生产集群-华东") == "strategy-生产集群-华东.yaml")
        #expect(name("../etc/passwd") == "strategy-etc-passwd.yaml")
        #expect(name("evil\u{1B}[31m") == "strategy-evil--31m.yaml")
        #expect(name("///") == "strategy-7.yaml")
    }
}
