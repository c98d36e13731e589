import OCPAPI

/// The credentials the simulator accepts: one Basic user and one AccessKey pair.
public struct AuthCredentials: Sendable {
    /// The Basic user name.
    public var user: String
    /// The Basic password.
    public var password: Secret
    /// The AccessKey id.
    public var accessKeyId: String
    /// The AccessKey secret.
    public var accessKeySecret: Secret

    /// Makes credentials.
    public init(user: String, password: Secret, accessKeyId: String, accessKeySecret: Secret) {
        self.user = user
        self.password = password
        self.accessKeyId = accessKeyId
        self.accessKeySecret = accessKeySecret
    }

    /// The documented demo credentials (`DemoCredentials`).
    public static let demo = AuthCredentials(
        user: DemoCredentials.user, password: Secret(DemoCredentials.password), accessKeyId: DemoCredentials.accessKeyId,
        accessKeySecret: Secret(DemoCredentials.accessKeySecret))
}
