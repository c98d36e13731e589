import OCPAPI

/// An OCP call's outcome as a value, so calls can run side by side with `async let` (which
/// loses a typed error) and still throw `OCPAPIError` when read.
enum OCPCall {
    /// The outcome of `body`.
    static func result<T: Sendable>(_ body: () async throws(OCPAPIError) -> T) async -> Result<T, OCPAPIError> {
        do {
            return .success(try await body())
        } catch {
            return .failure(error)
        }
    }
}
