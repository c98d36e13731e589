import OCPAPI

extension PreparedMutation {
    /// Restoring a tenant of `sourceClusterId` with `body` (the target is named in the body).
    /// - Throws: when the body cannot be serialized.
    public static func restore(sourceClusterId: Int64, body: RestoreRequest) throws(OCPAPIError) -> PreparedMutation {
        PreparedMutation(
            operation: .restore, clusterId: sourceClusterId, request: try OCPClient.restoreRequest(clusterId: sourceClusterId, body: body))
    }
}
