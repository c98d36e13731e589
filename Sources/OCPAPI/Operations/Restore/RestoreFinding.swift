/// One reason a restore request would be refused, with the step and the body field it concerns.
public struct RestoreFinding: Sendable, Hashable, CustomStringConvertible {
    /// The step to return to.
    public var step: RestoreStep
    /// The field of the request body, as a path (`restoreOnlineTenantRequiredParam.restoreEndTime`,
    /// `….restoreTenantInfoParam.zones[1].replicaType`).
    public var field: String
    /// What is wrong, with the values a message needs.
    public var refusal: RestoreRefusal

    /// Makes a finding.
    public init(step: RestoreStep, field: String, refusal: RestoreRefusal) {
        self.step = step
        self.field = field
        self.refusal = refusal
    }

    /// `field: message`, in English, server text sanitized.
    public var description: String { "\(field): \(refusal.message)" }
}
