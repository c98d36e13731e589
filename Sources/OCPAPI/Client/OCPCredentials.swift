/// How requests are authenticated.
public enum OCPCredentials: Sendable {
    /// HTTP Basic with a user and password.
    case basic(user: String, password: Secret)
    /// AccessKey pair signing (`OCP-ACCESS-KEY-HMACSHA1`).
    case accessKey(id: String, secret: Secret)
    /// No credentials (only `/api/v2/time` accepts that).
    case anonymous

    /// The user name or AccessKey id, safe to show and log.
    public var principal: String {
        switch self {
        case .basic(let user, _): user
        case .accessKey(let id, _): id
        case .anonymous: "anonymous"
        }
    }

    /// A short name of the scheme.
    public var schemeName: String {
        switch self {
        case .basic: "basic"
        case .accessKey: "access-key"
        case .anonymous: "none"
        }
    }
}
