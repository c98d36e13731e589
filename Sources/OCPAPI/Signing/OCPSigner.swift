import Crypto
import Foundation

/// The `OCP-ACCESS-KEY-HMACSHA1` signature (docs/ocp-api.md, Authentication): pure functions, no I/O, no clock.
public enum OCPSigner {
    /// The scheme word of the `Authorization` header.
    public static let scheme = "OCP-ACCESS-KEY-HMACSHA1"

    /// Uppercase hex MD5 of the body, left-padded to 32; `""` for an empty body.
    public static func md5Payload(_ body: [UInt8]) -> String {
        guard !body.isEmpty else { return "" }
        let hex = Array("0123456789ABCDEF".utf8)
        var output = [UInt8]()
        for byte in Insecure.MD5.hash(data: body) {
            output.append(hex[Int(byte >> 4)])
            output.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The `x-ocp*` lines: headers sorted by name, `name:value`, values of a repeated name joined by
    /// `,` in the order given, lines joined by `\n`.
    public static func ocpHeaderLines(_ headers: [(name: String, value: String)]) -> String {
        var grouped: [String: [String]] = [:]
        for header in headers where header.name.lowercased().hasPrefix("x-ocp") {
            grouped[header.name, default: []].append(header.value)
        }
        return grouped.keys.sorted(by: CanonicalQuery.javaOrder)
            .map { "\($0):\(grouped[$0, default: []].joined(separator: ","))" }
            .joined(separator: "\n")
    }

    /// The seven `\n`-joined lines that are signed.
    public static func stringToSign(_ input: SigningInput, style: PercentEncoding.Style = .rfc3986) -> String {
        [
            input.method.uppercased(),
            md5Payload(input.body),
            input.contentType,
            input.date,
            input.host,
            ocpHeaderLines(input.ocpHeaders),
            CanonicalQuery.pathAndQuery(path: input.path, items: input.query, style: style),
        ].joined(separator: "\n")
    }

    /// Base64 of HMAC-SHA1 over the UTF-8 string to sign, keyed by the UTF-8 secret.
    public static func signature(stringToSign: String, secret: Secret) -> String {
        let key = SymmetricKey(data: Data(secret.reveal().utf8))
        let mac = HMAC<Insecure.SHA1>.authenticationCode(for: Data(stringToSign.utf8), using: key)
        return Data(mac).base64EncodedString()
    }

    /// The signature of a request.
    public static func sign(_ input: SigningInput, secret: Secret) -> String {
        signature(stringToSign: stringToSign(input), secret: secret)
    }

    /// `OCP-ACCESS-KEY-HMACSHA1 AK:signature`.
    public static func authorization(accessKeyId: String, signature: String) -> String {
        "\(scheme) \(accessKeyId):\(signature)"
    }

    /// Whether `signature` is valid for `stringToSign`, compared in constant time.
    public static func isValid(signature: String, stringToSign: String, secret: Secret) -> Bool {
        guard let given = Data(base64Encoded: signature) else { return false }
        let key = SymmetricKey(data: Data(secret.reveal().utf8))
        return HMAC<Insecure.SHA1>.isValidAuthenticationCode(given, authenticating: Data(stringToSign.utf8), using: key)
    }
}
