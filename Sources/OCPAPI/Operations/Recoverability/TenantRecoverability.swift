import Foundation

/// One tenant's restorable windows over the scope, and the questions a restore asks of them.
public struct TenantRecoverability: Sendable, Hashable {
    /// OCP tenant id.
    public var tenantId: Int64?
    /// Tenant name.
    public var tenantName: String?
    /// OceanBase tenant id.
    public var obTenantId: Int64?
    /// Whether OCP still manages the tenant.
    public var online: Bool?
    /// The windows, sorted and merged; a space between two is a time that cannot be restored.
    public var windows: [RecoverableWindow]

    /// Makes the object.
    public init(tenantId: Int64?, tenantName: String?, obTenantId: Int64? = nil, online: Bool? = true, windows: [RecoverableWindow]) {
        self.tenantId = tenantId
        self.tenantName = tenantName
        self.obTenantId = obTenantId
        self.online = online
        self.windows = RecoverableWindow.merged(windows)
    }

    /// The windows of a tenant's parsed backup data, clamped to `scope`.
    public init(_ info: TenantBackupInfo, scope: RecoverabilityScope) {
        self.init(
            tenantId: info.tenantId, tenantName: info.tenantName, obTenantId: info.obTenantId, online: info.online,
            windows: scope.windows(of: info.obRecoverableInfoAggregation?.items ?? []))
    }

    /// Whether the tenant can be restored to `date`.
    public func isRecoverable(at date: Date) -> Bool { windows.contains { $0.contains(date) } }

    /// The latest restorable time at or before `date` (`date` itself when it is recoverable).
    public func latestRecoverableTime(atOrBefore date: Date) -> Date? {
        let instant = RecoverableWindow.microseconds(date)
        return windows.filter { $0.startMicroseconds <= instant }.map { min($0.endMicroseconds, instant) }.max().map(RecoverableWindow.date)
    }

    /// The earliest restorable time at or after `date` (`date` itself when it is recoverable).
    public func earliestRecoverableTime(atOrAfter date: Date) -> Date? {
        let instant = RecoverableWindow.microseconds(date)
        return windows.filter { $0.endMicroseconds >= instant }.map { max($0.startMicroseconds, instant) }.min().map(RecoverableWindow.date)
    }

    /// The newest restorable time: the end of the last window.
    public var latestRecoverableTime: Date? { windows.last?.end }

    /// The spans between windows that cannot be restored to.
    public var gaps: [(start: Date, end: Date)] {
        zip(windows, windows.dropFirst()).map { ($0.end, $1.start) }
    }
}
