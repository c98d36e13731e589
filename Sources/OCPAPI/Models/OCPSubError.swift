/// One validation detail of an OCP error: which field was rejected and why.
public struct OCPSubError: Codable, Hashable, Sendable {
    /// The object that failed validation.
    public var object: String?
    /// The field that failed validation.
    public var field: String?
    /// The rejected value, as text.
    public var rejectedValue: JSONValue?
    /// Why it was rejected.
    public var message: String?

    /// Makes a sub-error.
    public init(object: String? = nil, field: String? = nil, rejectedValue: JSONValue? = nil, message: String? = nil) {
        self.object = object
        self.field = field
        self.rejectedValue = rejectedValue
        self.message = message
    }
}
