import OCPAPI

/// What OCP answered to create, modify or delete: the response, its trace id and HTTP status.
public struct MutationReceipt: Equatable, Sendable {
    /// The decoded `BackupCommonResponse`.
    public var response: BackupCommonResponse
    /// OCP's trace id for the call.
    public var traceId: String?
    /// The HTTP status of the answer, when known.
    public var httpStatus: Int?

    /// Makes a receipt.
    public init(response: BackupCommonResponse, traceId: String?, httpStatus: Int? = nil) {
        self.response = response
        self.traceId = traceId
        self.httpStatus = httpStatus
    }
}
