import Foundation

/// The rules of a restore, one step at a time, pure and deterministic. `RestoreCheck` applies
/// them all to a request; the console's wizard applies each on its own step.
public enum RestoreRules {}

extension RestoreRules {
    /// Why `time` cannot be restored to for `tenant`: outside every window and later than `now`,
    /// no window at all, or outside every window (with the nearest recoverable times before and
    /// after); `nil` when a window holds it, even ahead of this machine's clock.
    public static func pointInTimeRefusal(_ time: RestorePointInTime, tenant: TenantRecoverability, now: Date) -> RestoreRefusal? {
        // Inside a window OCP reported is recoverable whatever this machine's clock says: OCP's
        // clock (or a simulator's fast one) may run ahead of it.
        if tenant.windows.contains(where: { $0.startMicroseconds <= time.microseconds && time.microseconds <= $0.endMicroseconds }) {
            return nil
        }
        if time.microseconds > RecoverableWindow.microseconds(now) {
            return .timeInFuture(time: time.date, now: now, offsetSeconds: time.offsetSeconds)
        }
        let name = tenant.tenantName ?? tenant.tenantId.map(String.init) ?? "?"
        if tenant.windows.isEmpty { return .noRecoverableWindow(tenant: name) }
        let before = tenant.windows.filter { $0.endMicroseconds < time.microseconds }.map(\.endMicroseconds).max()
        let after = tenant.windows.filter { $0.startMicroseconds > time.microseconds }.map(\.startMicroseconds).min()
        return .timeOutsideWindows(
            time: time.date, tenant: name, before: before.flatMap { insideMillisecond(down: $0, in: tenant) },
            after: after.flatMap { insideMillisecond(up: $0, in: tenant) }, offsetSeconds: time.offsetSeconds)
    }

    /// The default point in time: the tenant's latest recoverable time, cut to the millisecond
    /// (`nil` without a window that holds a whole millisecond).
    public static func defaultPointInTime(_ tenant: TenantRecoverability, offsetSeconds: Int) -> RestorePointInTime? {
        guard let end = tenant.windows.last?.endMicroseconds, let date = insideMillisecond(down: end, in: tenant) else { return nil }
        return RestorePointInTime(date: date, offsetSeconds: offsetSeconds)
    }

    /// `micros` cut down to the millisecond, if that is still inside a window.
    static func insideMillisecond(down micros: Int64, in tenant: TenantRecoverability) -> Date? {
        inside(micros.floorDividedBy(1000) * 1000, tenant)
    }

    /// `micros` raised to the next whole millisecond, if that is still inside a window.
    static func insideMillisecond(up micros: Int64, in tenant: TenantRecoverability) -> Date? {
        inside((micros + 999).floorDividedBy(1000) * 1000, tenant)
    }

    private static func inside(_ micros: Int64, _ tenant: TenantRecoverability) -> Date? {
        tenant.windows.contains { $0.startMicroseconds <= micros && micros <= $0.endMicroseconds } ? RecoverableWindow.date(micros) : nil
    }
}
