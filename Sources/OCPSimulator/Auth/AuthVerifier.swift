import Foundation
import OCPAPI

/// Checks Basic and AK/SK authentication exactly as docs/ocp-api.md (Authentication) describes.
///
/// AK/SK: the scheme word is exactly `OCP-ACCESS-KEY-HMACSHA1`; the AccessKey must be known;
/// `Date` (or, without it, `x-ocp-date`) must be RFC 1123 and less than 15 minutes from the
/// clock; the string to sign is rebuilt from what arrived (method, MD5 of the raw body,
/// `Content-Type`, the date text, `Host`, every `x-ocp*` header, the path and the canonical form
/// of the raw query). A signature made with either percent-encoding style of the official
/// samples (RFC 3986 or Java `URLEncoder`), and with `x-ocp*` names as sent or lower-cased, is
/// accepted.
package struct AuthVerifier: Sendable {
    /// What is accepted.
    package let credentials: AuthCredentials
    /// The clock the `Date` window is measured against.
    package let now: @Sendable () -> Date
    /// The largest accepted distance between `Date` and the clock.
    package static let window: TimeInterval = 15 * 60

    /// Makes a verifier.
    package init(credentials: AuthCredentials, now: @escaping @Sendable () -> Date) {
        self.credentials = credentials
        self.now = now
    }

    /// `nil` when the request is authenticated, otherwise why not.
    package func failure(for request: ReceivedRequest) -> String? {
        guard let authorization = request.header("Authorization"), !authorization.isEmpty else {
            return "no Authorization header; send Basic credentials or an OCP-ACCESS-KEY-HMACSHA1 signature."
        }
        guard let space = authorization.firstIndex(of: " ") else {
            return "the Authorization header has no scheme word followed by a space."
        }
        let scheme = authorization[..<space]
        let value = authorization[authorization.index(after: space)...]
        if scheme == "Basic" { return basicFailure(String(value)) }
        if scheme == OCPSigner.scheme { return accessKeyFailure(String(value), request: request) }
        return "unknown scheme '\(TextSanitizer.singleLine(String(scheme.prefix(40))))'; use Basic or \(OCPSigner.scheme)."
    }

    private func basicFailure(_ token: String) -> String? {
        guard let data = Data(base64Encoded: token), let text = String(data: data, encoding: .utf8),
            let colon = text.firstIndex(of: ":")
        else { return "the Basic credentials are not base64 of user:password." }
        let user = String(text[..<colon])
        let password = String(text[text.index(after: colon)...])
        guard user == credentials.user, Self.constantTimeEqual(password, credentials.password.reveal()) else {
            return "Bad credentials: the user name or password is wrong."
        }
        return nil
    }

    private func accessKeyFailure(_ value: String, request: ReceivedRequest) -> String? {
        guard let colon = value.firstIndex(of: ":") else {
            return "the AccessKey signature must be written AccessKeyId:Signature."
        }
        let accessKeyId = String(value[..<colon])
        let signature = String(value[value.index(after: colon)...])
        guard accessKeyId == credentials.accessKeyId else {
            return "unknown AccessKey '\(TextSanitizer.singleLine(String(accessKeyId.prefix(64))))'."
        }
        guard let dateText = request.header("Date") ?? request.header("x-ocp-date") else {
            return "missing Date header; AK/SK requests need an RFC 1123 Date."
        }
        guard let date = HTTPDate.parse(dateText) else {
            return "the Date '\(TextSanitizer.singleLine(String(dateText.prefix(64))))' is not RFC 1123 (e.g. Tue, 17 Jan 2023 09:13:57 GMT)."
        }
        let skew = date.timeIntervalSince(now())
        guard abs(skew) < Self.window else {
            let minutes = Int(abs(skew) / 60)
            let direction = skew < 0 ? "in the past" : "in the future"
            return "the Date is \(minutes) minutes \(direction); it must be within 15 minutes of the server time."
        }
        for candidate in candidateStrings(request, date: dateText)
        where OCPSigner.isValid(signature: signature, stringToSign: candidate, secret: credentials.accessKeySecret) {
            return nil
        }
        return "bad signature: it does not match the request as received (method, body MD5, Content-Type, Date, Host, x-ocp headers, path and query)."
    }

    /// Every string to sign a correct client may have signed for `request`.
    func candidateStrings(_ request: ReceivedRequest, date: String) -> [String] {
        let items = PercentEncoding.parseQuery(Substring(request.rawQuery ?? ""))
        let ocpHeaders = request.headers.filter { $0.name.lowercased().hasPrefix("x-ocp") }
        let lowered = ocpHeaders.map { (name: $0.name.lowercased(), value: $0.value) }
        var headerSets = [ocpHeaders]
        if lowered.map(\.name) != ocpHeaders.map(\.name) { headerSets.append(lowered) }
        var candidates: [String] = []
        for headers in headerSets {
            let input = SigningInput(
                method: request.method, body: request.body, contentType: request.header("Content-Type") ?? "", date: date,
                host: request.host, ocpHeaders: headers, path: request.path, query: items)
            for style in PercentEncoding.Style.allCases {
                let text = OCPSigner.stringToSign(input, style: style)
                if !candidates.contains(text) { candidates.append(text) }
            }
        }
        return candidates
    }

    static func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        var difference = UInt8(left.count == right.count ? 0 : 1)
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? left[index] : 0
            let b = index < right.count ? right[index] : 0
            difference |= a ^ b
        }
        return difference == 0
    }
}
