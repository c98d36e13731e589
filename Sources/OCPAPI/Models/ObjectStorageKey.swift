/// Credentials of an object store: `ossAccessKey` (OSS) or `cosAccessKey` (COS, with `appId`).
public struct ObjectStorageKey: Codable, Hashable, Sendable {
    /// The access domain, e.g. `oss-cn-hangzhou.aliyuncs.com` (OSS may carry `:port`).
    public var endpoint: String?
    /// The AccessKey id.
    public var accessKeyId: String?
    /// The AccessKey secret; read back masked as `******`.
    public var accessKeySecret: Secret?
    /// COS application id (COS only).
    public var appId: String?

    /// Makes credentials.
    public init(endpoint: String?, accessKeyId: String?, accessKeySecret: Secret?, appId: String? = nil) {
        self.endpoint = endpoint
        self.accessKeyId = accessKeyId
        self.accessKeySecret = accessKeySecret
        self.appId = appId
    }
}
