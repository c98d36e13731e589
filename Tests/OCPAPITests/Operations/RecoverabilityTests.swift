import Foundation
import OCPAPI
import Testing

/// Recoverable windows per tenant, merged and clamped, and the questions a restore asks.
struct RecoverabilityTests {
    /// 2021-09-23T15:14:52+08:00, when the sample was answered.
    static let answeredAt = Date(timeIntervalSince1970: 1_632_381_292)
    static let day: TimeInterval = 86_400

    static func item(_ start: Date, _ end: Date, tableName: Bool = false) -> RecoverableSectionItem {
        let interval = RecoverableTimeInterval(
            startTime: OCPTimestamp(date: start, offsetSeconds: 8 * 3600, style: .microseconds),
            endTime: OCPTimestamp(date: end, offsetSeconds: 8 * 3600, style: .microseconds))
        return tableName
            ? RecoverableSectionItem(type: .recoverable, logRecoverableTimeInterval: interval)
            : RecoverableSectionItem(type: .recoverable, realRecoverableTimeInterval: interval)
    }

    static func tenant(_ name: String, _ items: [RecoverableSectionItem]) -> TenantBackupInfo {
        TenantBackupInfo(tenantId: 1, tenantName: name, obRecoverableInfoAggregation: RecoverableInfoAggregation(items: items))
    }

    @Test func theSampleIsJudgedPerTenantNotByTheAggregate() throws {
        let info = try OCPJSON.decoder().decode(ClusterBackupInfo.self, from: Data(OperationSamples.backupInfo.utf8))
        let cluster = ClusterRecoverability(info, scope: RecoverabilityScope(end: Self.answeredAt))
        let yctest = try #require(cluster.tenant(named: "yctest"))
        let ycrestore = try #require(cluster.tenant(id: 2_000_004))
        #expect(yctest.windows.count == 1 && yctest.windows[0].startsAtScopeEdge, "the start is the scope's edge: at least since then")
        #expect(yctest.windows[0].startMicroseconds == 1_632_381_292_000_000 - 7 * 86_400_000_000, "clamped to the seven days")
        #expect(yctest.windows[0].endMicroseconds == 1_632_381_200_657_125)
        let between = Date(timeIntervalSince1970: 1_632_381_199)
        #expect(yctest.isRecoverable(at: between) && !ycrestore.isRecoverable(at: between))
        #expect(!cluster.isClusterRecoverable(at: between), "every tenant must be recoverable")
        #expect(cluster.isClusterRecoverable(at: Date(timeIntervalSince1970: 1_632_381_197)))
        #expect(cluster.aggregate.last?.endMicroseconds == 1_632_381_200_657_125, "the aggregate overstates the lagging tenant")
        #expect(cluster.commonWindows.last?.endMicroseconds == 1_632_381_197_654_205)
        #expect(cluster.isRecoverable(at: between, tenantNamed: "yctest") && !cluster.isRecoverable(at: between, tenantNamed: "nobody"))
    }

    @Test func aLaggingTenantIsBehindTheOthers() throws {
        let info = try OCPJSON.decoder().decode(ClusterBackupInfo.self, from: Data(OperationSamples.backupInfo.utf8))
        let cluster = ClusterRecoverability(info, scope: RecoverabilityScope(end: Self.answeredAt))
        #expect(cluster.tenantsBehind(by: 93).map(\.tenantName) == ["ycrestore"], "its window ends 3 s before the other's")
        #expect(cluster.tenantsBehind(by: 60).map(\.tenantName) == ["ycrestore", "yctest"], "most behind first")
        #expect(cluster.tenantsBehind(by: 100).isEmpty)
    }

    @Test func aLogInterruptionSplitsTheWindow() throws {
        let now = Date(timeIntervalSince1970: 1_717_200_000)
        let d1 = now.addingTimeInterval(-6 * Self.day)
        let info = Self.tenant(
            "t1",
            [
                Self.item(d1, d1.addingTimeInterval(2 * Self.day + 36_000)),
                Self.item(d1.addingTimeInterval(21_600), d1.addingTimeInterval(Self.day)),
                Self.item(d1.addingTimeInterval(2 * Self.day + 57_600), now.addingTimeInterval(-60), tableName: true),
                RecoverableSectionItem(type: .logBackup, logRecoverableTimeInterval: RecoverableTimeInterval(startTime: nil, endTime: nil)),
            ])
        let tenant = TenantRecoverability(info, scope: RecoverabilityScope(end: now))
        #expect(tenant.windows.count == 2, "the overlapping window merges, the LOG_BACKUP item is not a window")
        let gapStart = d1.addingTimeInterval(2 * Self.day + 36_000)
        let gapEnd = d1.addingTimeInterval(2 * Self.day + 57_600)
        #expect(tenant.gaps.count == 1 && tenant.gaps[0].start == gapStart && tenant.gaps[0].end == gapEnd)
        let inGap = gapStart.addingTimeInterval(3600)
        #expect(!tenant.isRecoverable(at: inGap))
        #expect(tenant.latestRecoverableTime(atOrBefore: inGap) == gapStart)
        #expect(tenant.earliestRecoverableTime(atOrAfter: inGap) == gapEnd)
        #expect(tenant.latestRecoverableTime(atOrBefore: gapStart.addingTimeInterval(-5)) == gapStart.addingTimeInterval(-5), "inside: itself")
        #expect(tenant.earliestRecoverableTime(atOrAfter: now) == nil && tenant.latestRecoverableTime(atOrBefore: d1.addingTimeInterval(-1)) == nil)
        #expect(tenant.latestRecoverableTime == now.addingTimeInterval(-60))
    }

    @Test func theSevenDayClampAndTheMicrosecondEdges() throws {
        let now = Date(timeIntervalSince1970: 1_717_200_000)
        let info = Self.tenant(
            "t1",
            [
                Self.item(now.addingTimeInterval(-10 * Self.day), now.addingTimeInterval(-8 * Self.day)),
                Self.item(now.addingTimeInterval(-9 * Self.day), now.addingTimeInterval(-2 * Self.day)),
                Self.item(now.addingTimeInterval(-3600), now.addingTimeInterval(3600)),
                Self.item(now.addingTimeInterval(-60), now.addingTimeInterval(-120)),
            ])
        let windows = TenantRecoverability(info, scope: RecoverabilityScope(end: now)).windows
        #expect(windows.count == 2, "older than the scope: dropped; reversed: dropped")
        #expect(windows[0].start == now.addingTimeInterval(-7 * Self.day) && windows[0].startsAtScopeEdge)
        #expect(windows[1].end == now && !windows[1].startsAtScopeEdge, "a window cannot end after the answer")
        let exact = RecoverableWindow(startMicroseconds: 1_632_381_000_000_000, endMicroseconds: 1_632_381_200_657_125)
        #expect(exact.contains(Date(timeIntervalSince1970: 1_632_381_200.657_125)))
        #expect(!exact.contains(Date(timeIntervalSince1970: 1_632_381_200.657_126)))
        #expect(exact.duration == 200.657_125)
    }

    @Test func restoreTimesAreCutToTheMillisecondSoTheyStayInside() throws {
        let end = Date(timeIntervalSince1970: 1_632_381_200.657_125)
        let body = RestoreRequest.online(
            sourceClusterId: 1, tenantId: 2, targetClusterId: 3, pointInTime: end, offsetSeconds: 8 * 3600,
            tenant: RestoreTenantInfo(name: "t_r", zones: []))
        #expect(body.restoreEndTime?.raw == "2021-09-23T15:13:20.657+08:00")
        let window = RecoverableWindow(start: end.addingTimeInterval(-10), end: end)
        #expect(window.contains(try #require(body.restoreEndTime?.date)))
    }
}
