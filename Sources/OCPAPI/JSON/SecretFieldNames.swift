/// The request and response fields that carry secrets and are masked wherever they are shown.
public enum SecretFieldNames {
    /// Field names documented as secrets.
    public static let known: Set<String> = ["accessKeySecret", "secretAccessKey", "password", "appKey"]

    /// Whether a field with this name holds a secret (documented names, or any name
    /// containing "secret" or "password").
    public static func isSecret(_ name: String) -> Bool {
        if known.contains(name) { return true }
        let lowered = name.lowercased()
        return lowered.contains("secret") || lowered.contains("password")
    }
}
