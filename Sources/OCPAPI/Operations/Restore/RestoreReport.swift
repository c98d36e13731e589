/// What `RestoreCheck` found: every refusal, the source tenant's windows and the point in time
/// when they could be read. A request is sent only when `findings` is empty.
public struct RestoreReport: Sendable, Hashable {
    /// Every refusal, in step order.
    public var findings: [RestoreFinding]
    /// The source tenant's recoverable windows, when the tenant was found.
    public var sourceTenant: TenantRecoverability?
    /// The point in time, when it could be read.
    public var pointInTime: RestorePointInTime?

    /// Makes a report.
    public init(findings: [RestoreFinding], sourceTenant: TenantRecoverability? = nil, pointInTime: RestorePointInTime? = nil) {
        self.findings = findings
        self.sourceTenant = sourceTenant
        self.pointInTime = pointInTime
    }

    /// Whether nothing stands in the way of sending the request.
    public var isAllowed: Bool { findings.isEmpty }

    /// The earliest step with a refusal, where a wizard goes back to.
    public var firstStep: RestoreStep? { findings.map(\.step).min() }

    /// The refusals of `step`.
    public func findings(of step: RestoreStep) -> [RestoreFinding] { findings.filter { $0.step == step } }
}
