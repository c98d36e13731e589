import Foundation
import OCPAPI
import Testing

/// Each restore rule on its own: point in time, target, name, resources.
struct RestoreRulesTests {
    typealias F = RestoreFixture

    static func time(_ date: Date) -> RestorePointInTime { RestorePointInTime(date: date, offsetSeconds: F.offset) }

    @Test func aTimeInsideAWindowPassesAndTheDefaultIsTheLatest() throws {
        #expect(RestoreRules.pointInTimeRefusal(Self.time(F.now.addingTimeInterval(-3600)), tenant: F.tenantWindows, now: F.now) == nil)
        #expect(RestoreRules.pointInTimeRefusal(Self.time(F.now.addingTimeInterval(-60)), tenant: F.tenantWindows, now: F.now) == nil)
        let latest = try #require(RestoreRules.defaultPointInTime(F.tenantWindows, offsetSeconds: F.offset))
        #expect(latest.date == F.now.addingTimeInterval(-60))
        #expect(latest.timestamp.raw == "2024-06-01T07:59:00.000+08:00")
        #expect(RestoreRules.defaultPointInTime(TenantRecoverability(tenantId: 1, tenantName: "x", windows: []), offsetSeconds: 0) == nil)
    }

    @Test func aTimeInTheGapGivesTheNearestTimesInsideToTheMillisecond() throws {
        let gap = Self.time(F.now.addingTimeInterval(-36 * F.hour))
        let refusal = RestoreRules.pointInTimeRefusal(gap, tenant: F.tenantWindows, now: F.now)
        // The first window ends at .123456 (cut down to .123), the second starts at .000250 (raised to .001).
        guard case .timeOutsideWindows(let time, "orders", let before?, let after?, F.offset) = refusal else {
            Issue.record("\(String(describing: refusal))")
            return
        }
        #expect(time == gap.date)
        #expect(RecoverableWindow.microseconds(before) == 1_717_027_200_123_000)
        #expect(RecoverableWindow.microseconds(after) == 1_717_113_600_001_000)
        let message = try #require(refusal?.message)
        #expect(message.contains("latest before: 2024-05-30T08:00:00.123+08:00"), "\(message)")
        #expect(message.contains("earliest after: 2024-05-31T08:00:00.001+08:00"), "\(message)")
        for date in [before, after] {
            #expect(RestoreRules.pointInTimeRefusal(Self.time(date), tenant: F.tenantWindows, now: F.now) == nil, "the suggestion is inside")
        }
        let early = RestoreRules.pointInTimeRefusal(Self.time(F.now.addingTimeInterval(-80 * F.hour)), tenant: F.tenantWindows, now: F.now)
        guard case .timeOutsideWindows(_, _, nil, let next?, _) = early else {
            Issue.record("\(String(describing: early))")
            return
        }
        #expect(RecoverableWindow.microseconds(next) == 1_716_940_800_000_000)
    }

    /// OCP's clock (or a simulator's fast one) may run ahead of this machine's: a time inside a
    /// window OCP reported is recoverable even when it is later than the local clock.
    @Test func aTimeInsideAWindowAheadOfTheLocalClockPasses() {
        let localNow = F.now.addingTimeInterval(-300)
        let latest = Self.time(F.now.addingTimeInterval(-60))
        #expect(RestoreRules.pointInTimeRefusal(latest, tenant: F.tenantWindows, now: localNow) == nil)
        let pastTheWindows = Self.time(F.now.addingTimeInterval(1))
        #expect(
            RestoreRules.pointInTimeRefusal(pastTheWindows, tenant: F.tenantWindows, now: localNow)
                == .timeInFuture(time: pastTheWindows.date, now: localNow, offsetSeconds: F.offset))
    }

    @Test func aTimeInTheFutureOrWithoutWindowsIsRefused() {
        let later = Self.time(F.now.addingTimeInterval(1))
        #expect(
            RestoreRules.pointInTimeRefusal(later, tenant: F.tenantWindows, now: F.now)
                == .timeInFuture(time: later.date, now: F.now, offsetSeconds: F.offset))
        let none = TenantRecoverability(tenantId: 3, tenantName: "empty", windows: [])
        #expect(RestoreRules.pointInTimeRefusal(Self.time(F.now), tenant: none, now: F.now) == .noRecoverableWindow(tenant: "empty"))
        let afterLast = RestoreRules.pointInTimeRefusal(Self.time(F.now.addingTimeInterval(-30)), tenant: F.tenantWindows, now: F.now)
        guard case .timeOutsideWindows(_, _, let before?, nil, _) = afterLast else {
            Issue.record("\(String(describing: afterLast))")
            return
        }
        #expect(RecoverableWindow.microseconds(before) == 1_717_199_940_000_000)
    }

    @Test func aTargetMustRunBeAPrimaryAndNotBeOlder() {
        #expect(RestoreRules.targetRefusals(F.target, source: F.source).isEmpty)
        #expect(RestoreRules.targetRefusals(F.cluster(3, "newer", version: "4.3.0.1"), source: F.source).isEmpty)
        var bad = F.cluster(4, "old", version: "3.2.4.1")
        bad.type = .standby
        bad.status = .stopped
        #expect(
            RestoreRules.targetRefusals(bad, source: F.source) == [
                .targetStandby(cluster: "old (4)"), .targetNotRunning(cluster: "old (4)", status: "STOPPED"),
                .targetOlder(cluster: "old (4)", target: OBVersion(3, 2, 4, 1), source: OBVersion(4, 2, 1, 0)),
            ])
        var unknown = F.cluster(5, "odd", version: "next")
        unknown.status = nil
        #expect(RestoreRules.targetRefusals(unknown, source: F.source) == [.targetNotRunning(cluster: "odd (5)", status: nil)])
    }

    @Test func aNameMustBeValidFreeAndNotBeingRestored() {
        func refusal(_ name: String?, tasks: [RestoreTask] = [F.pending]) -> RestoreRefusal? {
            RestoreRules.nameRefusal(name, target: F.target, targetTenants: F.facts().targetTenants, restoreTasks: tasks)
        }
        #expect(refusal("orders_r1") == nil)
        #expect(refusal("a" + String(repeating: "b_1", count: 21)) == nil, "64 characters")
        #expect(refusal(nil) == .nameMissing && refusal("") == .nameMissing)
        for bad in ["1abc", "_abc", "ab-c", "订单", "a" + String(repeating: "b", count: 64), "ab c"] {
            #expect(refusal(bad) == .nameInvalid(bad), "\(bad)")
        }
        #expect(refusal("taken") == .nameTaken("taken", cluster: "dst (2)"))
        #expect(refusal("pending") == .nameBeingRestored("pending", cluster: "dst (2)", restoreId: 7))
        var done = F.pending
        done.finished = true
        done.successful = false
        #expect(refusal("pending", tasks: [done]) == nil, "a failed restore does not hold the name")
        var elsewhere = F.pending
        elsewhere.restoreClusterId = 9
        #expect(refusal("pending", tasks: [elsewhere]) == nil, "a restore into another cluster does not either")
    }

    @Test func zonesMustBeTheTargetsWithGoodPoolsAndOneUnitCountOn4x() {
        let field = "p.restoreTenantInfoParam"
        func findings(_ zones: [RestoreZone], primary: String? = nil, target: Cluster = F.target) -> [RestoreFinding] {
            RestoreRules.resourceFindings(RestoreTenantInfo(name: "n", primaryZone: primary, zones: zones), target: target, field: field)
        }
        #expect(findings(F.zones([2, 2, 2]), primary: "zone1;zone2,zone3").isEmpty)
        #expect(findings(F.zones([1]), primary: "RANDOM").isEmpty)
        #expect(findings([]) == [RestoreFinding(step: .resources, field: "\(field).zones", refusal: .zonesMissing)])
        var zones = F.zones([1, 1, 1])
        zones[0].name = "zone9"
        zones[1].replicaType = ReplicaType(rawValue: "full")
        zones[2].resourcePool = RestoreResourcePool(unitSpecName: "", unitCount: 1)
        #expect(
            findings(zones, primary: "zone1") == [
                RestoreFinding(
                    step: .resources, field: "\(field).zones[0].name", refusal: .zoneUnknown("zone9", known: ["zone1", "zone2", "zone3"])),
                RestoreFinding(step: .resources, field: "\(field).zones[1].replicaType", refusal: .replicaTypeInvalid("full")),
                RestoreFinding(step: .resources, field: "\(field).zones[2].resourcePool", refusal: .poolIncomplete(zone: "zone3")),
                RestoreFinding(
                    step: .resources, field: "\(field).primaryZone", refusal: .primaryZoneUnknown("zone1", zones: ["zone9", "zone2", "zone3"])),
            ])
        let twice = findings([F.zones([1])[0], F.zones([1])[0]])
        #expect(twice.map(\.refusal) == [.zoneRepeated("zone1")])
        let unequal = findings(F.zones([1, 2, 1]))
        #expect(
            unequal.map(\.refusal) == [
                .unitCountsDiffer([
                    RestoreZoneCount(zone: "zone1", unitCount: 1), RestoreZoneCount(zone: "zone2", unitCount: 2),
                    RestoreZoneCount(zone: "zone3", unitCount: 1),
                ])
            ])
        #expect(findings(F.zones([1, 2, 1]), target: F.cluster(6, "three", version: "3.2.4.1")).isEmpty, "3.x allows unequal counts")
        #expect(findings(F.zones([1, 1]), target: Cluster(id: 7, name: "unlisted", obVersion: "4.2.1.0")).isEmpty, "zones unknown: not checked")
    }
}
