import OCPAPI

/// What OCP answered to create, modify or delete: the response and its trace id.
public struct MutationReceipt: Equatable, Sendable {
    /// The decoded `BackupCommonResponse`.
    public var response: BackupCommonResponse
    /// OCP's trace id for the call.
    public var traceId: String?

    /// Makes a receipt.
    public init(response: BackupCommonResponse, traceId: String?) {
        self.response = response
        self.traceId = traceId
    }
}
