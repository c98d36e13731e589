import Foundation
import OCPAPI
import Testing

@testable import ConsoleCore

/// Steps 3 to 5: the target, the new name, the resources.
@Suite struct RestoreTargetTests {
    @Test func onlyRunningPrimariesAtTheSourcesVersionOrLaterCanBeChosen() throws {
        let state = RestoreHarness.at(.target)
        let wizard = try #require(state.restore)
        let reasons = Dictionary(uniqueKeysWithValues: wizard.targets.map { ($0.id, $0.availability.reason) })
        #expect(reasons[1] == .some(nil) && reasons[2] == .some(nil))
        #expect(reasons[3]??.english.contains("standby") == true)
        #expect(reasons[4]??.english.contains("STOPPED") == true)
        #expect(reasons[5]??.english.contains("older") == true)
        #expect(wizard.form.targetId == 2)
    }

    @Test func aDisabledTargetIsRefusedWithItsReason() {
        var state = RestoreHarness.at(.target)
        state.restore?.form.targetId = 3
        RestoreHarness.apply([.nextStep], to: &state)
        #expect(state.restore?.step == .target)
        #expect(state.restore?.refusal == ["The target cluster 上海_备库 (3) is a standby; restore into a primary."])
        #expect(state.restore?.fieldErrors[.target] == "The target cluster 上海_备库 (3) is a standby; restore into a primary.")
    }

    @Test func aTakenNameIsRefusedBeforeAnythingIsSent() {
        var state = RestoreHarness.at(.tenantName, name: "")
        for character in "pay" { RestoreHarness.apply([.typed(character)], to: &state) }
        RestoreHarness.apply([.nextStep], to: &state)
        #expect(state.restore?.step == .tenantName)
        #expect(state.restore?.fieldErrors[.tenantName] == "Cluster 北京_灾备 (2) already has a tenant pay (BAK42005): choose another name.")
        state.restore?.form.tenantName = "9lives"
        RestoreHarness.apply([.nextStep], to: &state)
        #expect(state.restore?.fieldErrors[.tenantName]?.hasPrefix("9lives cannot name a tenant: start with a letter") == true)
        state.restore?.form.tenantName = "busy"
        var running = RestoreTask(id: 91, restoreTenantName: "busy", status: RestoreTaskStatus(rawValue: "RESTORING"))
        running.restoreClusterId = 2
        RestoreHarness.apply([.targetRestoresLoaded(clusterId: 2, .success([running])), .nextStep], to: &state)
        #expect(state.restore?.fieldErrors[.tenantName]?.contains("(BAK42004)") == true)
    }

    @Test func theTargetsZonesBecomeRowsAndOn4xTheUnitCountsMustMatch() throws {
        var state = RestoreHarness.at(.resources)
        #expect(state.restore?.form.zones.map(\.name) == ["zone1", "zone2", "zone3"])
        #expect(state.restore?.fields(of: .resources).count == 10)
        state.restore?.form.zones[1].unitCountText = "2"
        RestoreHarness.apply([.nextStep], to: &state)
        #expect(state.restore?.step == .resources)
        #expect(state.restore?.refusal == ["On OceanBase 4.x every zone needs the same unit count (zone1: 1, zone2: 2, zone3: 1)."])
        #expect(state.restore?.fieldErrors[.zoneUnitCount(2)] != nil)
        state.restore?.form.zones[1].unitCountText = "1"
        state.restore?.form.primaryZone = "zone9"
        RestoreHarness.apply([.nextStep], to: &state)
        #expect(
            state.restore?.fieldErrors[.primaryZone] == "The primary zone names zone9, which is not among the tenant's zones (zone1, zone2, zone3).")
        state.restore?.form.primaryZone = "zone1"
        state.restore?.focusIndex = 0
        RestoreHarness.apply([.toggle, .toggle, .toggle], to: &state)
        #expect(state.restore?.form.zones[0].replica == nil)
        #expect(state.restore?.fields(of: .resources).first == .zoneReplica(0))
        RestoreHarness.apply([.nextStep], to: &state)
        #expect(state.restore?.fieldErrors[.primaryZone] == "The primary zone names zone1, which is not among the tenant's zones (zone2, zone3).")
    }
}
