import Localization
import OCPAPI

/// A failure as the console shows it: already sanitized, with OCP's code, message, HTTP status
/// and `traceId`, and the next step.
public struct ErrorInfo: Error, Equatable, Sendable {
    /// The class of failure.
    public var kind: OCPAPIError.Kind
    /// OCP's error code, when it gave one.
    public var code: String?
    /// The message, safe to draw.
    public var message: String
    /// OCP's trace id, when it gave one.
    public var traceId: String?
    /// The HTTP status, when there was a response.
    public var httpStatus: Int?
    /// What the person should do next.
    public var nextStep: String
    /// Fields OCP named in its validation details (`object.field`), safe to draw.
    public var fields: [String]

    /// Makes an error.
    public init(
        kind: OCPAPIError.Kind, code: String? = nil, message: String, traceId: String? = nil, httpStatus: Int? = nil,
        nextStep: String = "", fields: [String] = []
    ) {
        self.kind = kind
        self.code = code
        self.message = message
        self.traceId = traceId
        self.httpStatus = httpStatus
        self.nextStep = nextStep
        self.fields = fields
    }

    /// The console's view of an API error; every server string passes through `TextSanitizer`.
    public init(_ error: OCPAPIError) {
        self.init(
            kind: error.kind, code: error.code.map(TextSanitizer.singleLine), message: TextSanitizer.singleLine(error.message),
            traceId: error.traceId.map(TextSanitizer.singleLine), httpStatus: error.httpStatus, nextStep: error.nextStep,
            fields: error.subErrors.compactMap { sub in
                let path = [sub.object, sub.field].compactMap { $0 }.joined(separator: ".")
                return path.isEmpty ? nil : TextSanitizer.singleLine(path)
            })
    }

    /// What to do next in `language`: the stored English, or the Chinese of the same advice
    /// (worked out again from the kind, OCP's code and the HTTP status); empty when there is none.
    public func nextStep(in language: Language) -> String {
        guard language == .simplifiedChinese, !nextStep.isEmpty else { return nextStep }
        return OCPAPIError.chineseNextStep(kind: kind, code: code, httpStatus: httpStatus)
    }

    /// One line: `CODE (HTTP n): message [traceId t]`.
    public var summary: String {
        var head: [String] = []
        if let code, !code.isEmpty { head.append(code) }
        if let httpStatus { head.append("(HTTP \(httpStatus))") }
        let prefix = head.isEmpty ? "" : head.joined(separator: " ") + ": "
        let trace = traceId.map { " [traceId \($0)]" } ?? ""
        return prefix + message + trace
    }
}
