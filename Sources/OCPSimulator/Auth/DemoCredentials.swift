/// The credentials `ocpbackup sim` and `ocpbackup demo` use when none are given. They are
/// public on purpose: the simulator prints them when it starts, and the demo and tests use them.
public enum DemoCredentials {
    /// Basic user.
    public static let user = "admin"
    /// Basic password.
    public static let password = "ocp-demo"
    /// AccessKey id.
    public static let accessKeyId = "ocpDemoAccessKey1"
    /// AccessKey secret.
    public static let accessKeySecret = "0123456789abcdef0123456789abcdef"
}
