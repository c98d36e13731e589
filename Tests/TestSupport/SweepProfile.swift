/// The profile the secret sweeps configure: a URL, an AccessKey id whose secret comes from a
/// command, and a password from an environment variable, so every way a secret enters is used.
public enum SweepProfile {
    /// `config.yaml` with the profile `sweep`.
    public static func configYAML(url: String, accessKeyId: String, secretCommand: String) -> String {
        """
        profiles:
          sweep:
            url: \(url)
            accessKeyId: \(accessKeyId)
            accessKeySecretCommand: \(secretCommand)
            passwordEnv: SWEEP_PROFILE_PASSWORD
        """
    }
}
