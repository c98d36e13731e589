import Foundation
import OCPAPI
import Testing

@testable import ConsoleCore

/// Steps 6 to 8 and the endings: the preview, the request prepared once, the typed
/// confirmation, one send, OCP's refusal, no answer.
@Suite struct RestoreSendTests {
    static let body = """
        {"backupTenantStatus":"ONLINE","restoreOnlineTenantRequiredParam":{"backupClusterId":1,"backupTenantId":1011,\
        "restoreClusterId":2,"restoreEndTime":"2026-11-20T19:59:00.000+08:00","restoreTenantInfoParam":{"name":"trade_r",\
        "zones":[{"name":"zone1","replicaType":"FULL","resourcePool":{"unitCount":1,"unitSpecName":"S1"}},\
        {"name":"zone2","replicaType":"FULL","resourcePool":{"unitCount":1,"unitSpecName":"S1"}},\
        {"name":"zone3","replicaType":"FULL","resourcePool":{"unitCount":1,"unitSpecName":"S1"}}]}}}
        """

    @Test func thePreviewAsksOCPWithTheRequestAsItStands() async throws {
        let world = RestoreFixtures.world()
        let store = world.store(RestoreHarness.at(.resources, world: world))
        await store.send(.restore(.nextStep)) {
            $0.restore?.step = .preview
            $0.restore?.preview = Loadable(isLoading: true)
        }
        await store.receive(.restore(.previewLoaded(.success(RestoreFixtures.preview)))) {
            $0.restore?.preview = Loadable(value: RestoreFixtures.preview, loadedAt: Fixtures.now)
        }
        store.finish()
        let sent = try #require(world.restore.recorded.previews.first)
        #expect(sent == store.state.restore?.request)
    }

    @Test func aPreviewRefusalNamingTheTimeReturnsToThatStep() {
        var state = RestoreHarness.at(.preview)
        state.restore?.preview = Loadable(isLoading: true)
        let error = ErrorInfo(
            kind: .ocp, code: "BAK10002", message: "restoreOnlineTenantRequiredParam.restoreEndTime: not inside a window", httpStatus: 400,
            fields: ["restore.restoreOnlineTenantRequiredParam.restoreEndTime"])
        RestoreHarness.apply([.previewLoaded(.failure(error))], to: &state)
        #expect(state.restore?.step == .pointInTime)
        #expect(state.restore?.focusedField == .time)
        #expect(state.restore?.fieldErrors[.time]?.hasPrefix("BAK10002 (HTTP 400)") == true)
    }

    @Test func theReviewPreparesTheExactBodyOnce() throws {
        let state = RestoreHarness.at(.review)
        let mutation = try #require(state.restore?.mutation)
        #expect(mutation.operation == .restore)
        #expect(mutation.requestLine == "POST /api/v2/ob/clusters/1/backup/restore")
        let sent = try JSONValue.parse(try #require(mutation.request.body))
        #expect(sent == (try JSONValue.parse(Array(Self.body.utf8))))
    }

    @Test func aWrongNameAtTheConfirmationSendsNothing() async {
        let world = RestoreFixtures.world()
        var state = RestoreHarness.at(.confirm, world: world)
        for character in "trade_x" { RestoreHarness.apply([.typed(character)], to: &state, world: world) }
        let store = world.store(state)
        await store.send(.restore(.send)) {
            $0.restore?.refusal = ["The typed name is not trade_r; type it exactly."]
            $0.restore?.fieldErrors[.confirmName] = "The typed name is not trade_r; type it exactly."
        }
        store.finish()
        #expect(world.restore.recorded.sent.isEmpty)
    }

    @Test func theRestoreSentIsTheRestoreReviewedAndItsTaskOpensOnTheTarget() async throws {
        let world = RestoreFixtures.world()
        var state = RestoreHarness.at(.confirm, world: world)
        for character in "trade_r" { RestoreHarness.apply([.typed(character)], to: &state, world: world) }
        let reviewed = try #require(state.restore?.mutation)
        let store = world.store(state)
        await store.send(.restore(.send)) { $0.restore?.submission = .inFlight }
        await store.send(.restore(.send))
        await store.receiveUnchecked()
        #expect(world.restore.recorded.sent == [reviewed])
        #expect(store.state.restore?.submission == .succeeded(taskIds: [3_000_201], traceId: "trace-ok"))
        #expect(store.state.taskView?.clusterId == 2)
        #expect(store.state.taskView?.taskId == 3_000_201)
        #expect(store.state.flash?.text == "Restore of trade_r started: task 3000201.")
        #expect(world.restore.recorded.draftDeletes == [DraftKey(profile: "prod", clusterId: 1)])
        store.discardPending()
        store.finish()
    }

    @Test func readOnlyRefusesTheSendEvenAtTheConfirmation() async {
        let world = RestoreFixtures.world()
        var state = RestoreHarness.at(.confirm, world: world)
        for character in "trade_r" { RestoreHarness.apply([.typed(character)], to: &state, world: world) }
        state.readOnly = true
        let store = world.store(state)
        await store.sendUnchecked(.restore(.send))
        #expect(store.state.restore?.submission == .idle)
        #expect(world.restore.recorded.sent.isEmpty)
        store.discardPending()
        store.finish()
    }

    @Test func aTargetThatStoppedBetweenStepsTakesTheWizardBackToTheTargetWithOCPsCode() async {
        let world = RestoreFixtures.world()
        var state = RestoreHarness.at(.confirm, world: world)
        for character in "trade_r" { RestoreHarness.apply([.typed(character)], to: &state, world: world) }
        var stopped = RestoreFixtures.targetDetail
        stopped.status = .stopped
        world.restore.set {
            $0.send = [
                .failure(
                    OCPAPIError(
                        kind: .ocp, httpStatus: 400, code: "BAK10002",
                        message: "restoreOnlineTenantRequiredParam.restoreClusterId: the target cluster 2 is STOPPED; it must be RUNNING.",
                        traceId: "t-stop"))
            ]
            $0.clusters = [2: .success(stopped)]
        }
        let store = world.store(state)
        await store.sendUnchecked(.restore(.send))
        await store.receiveUnchecked()
        #expect(store.state.restore?.step == .target)
        #expect(store.state.restore?.refusal.first?.contains("BAK10002") == true)
        #expect(store.state.restore?.refusal.first?.contains("t-stop") == true)
        await store.receiveUnchecked()
        await store.receiveUnchecked()
        await store.receiveUnchecked()
        #expect(store.state.restore?.target?.availability.reason?.english.contains("STOPPED") == true)
        store.finish()
        #expect(world.restore.recorded.sent.count == 1)
    }
}
