import Foundation

/// Distinctive random secrets for one sweep, and the places that must never hold them.
struct SweepSecrets {
    /// The AccessKey secret OCP accepts.
    let accessKey = "aksk-" + Self.random()
    /// The Basic password OCP accepts.
    let password = "pw-" + Self.random()
    /// An unrelated secret in a variable the profile names: never handed to a secret command.
    let profileVariable = "pv-" + Self.random()
    /// The OSS storage key's secret.
    let oss = "oss-" + Self.random()
    /// The COS storage key's secret.
    let cos = "cos-" + Self.random()

    /// Every secret, with `Basic` header forms of the password.
    func all(user: String) -> [String] {
        [accessKey, password, profileVariable, oss, cos, Data("\(user):\(password)".utf8).base64EncodedString()]
    }

    /// The secrets found in `text`.
    func found(in text: String, user: String) -> [String] {
        all(user: user).filter { text.contains($0) }
    }

    /// The secrets found in any file under `directory`, as `file: secret` lines.
    func found(under directory: URL, user: String) -> [String] {
        var hits: [String] = []
        let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            hits += found(in: text, user: user).map { "\(file.lastPathComponent): \($0)" }
        }
        return hits
    }

    /// 24 random hex digits.
    static func random() -> String {
        (0..<3).map { _ in String(UInt32.random(in: .min ... .max), radix: 16) }.joined()
    }

    /// A strategy body with OSS storage holding `secret`.
    static func ossBody(secret: String) -> String {
        body(
            storage: """
                    backupStorageType: BACKUP_STORAGE_OSS
                    storageUrl: bucket/sweep
                    ossAccessKey:
                      endpoint: oss-cn-hangzhou.aliyuncs.com
                      accessKeyId: LTAIsweep
                      accessKeySecret: \(secret)
                """)
    }

    /// A strategy body with COS storage holding `secret`.
    static func cosBody(secret: String) -> String {
        body(
            storage: """
                    backupStorageType: BACKUP_STORAGE_COS
                    storageUrl: bucket-sweep/backup
                    cosAccessKey:
                      endpoint: cos.ap-shanghai.myqcloud.com
                      accessKeyId: AKIDsweep
                      accessKeySecret: \(secret)
                      appId: "1250000000"
                """)
    }

    private static func body(storage: String) -> String {
        StrategyYAML.body(days: ["2: FULL_BACKUP"], configName: "sweep_store", storage: storage)
    }
}
