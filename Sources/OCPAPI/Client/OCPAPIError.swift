import Foundation

/// Every failure of an OCP call, typed: what happened, OCP's code and message, the HTTP status,
/// the `traceId`, and what to do next.
public struct OCPAPIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The broad class of failure, which decides the exit code and the advice.
    public enum Kind: String, Sendable, Equatable {
        /// OCP answered with its error envelope (or a non-2xx status).
        case ocp
        /// OCP refused the credentials or the signature (401/403).
        case authentication
        /// The server could not be reached; nothing was sent.
        case connection
        /// The server's TLS certificate was not accepted; nothing was sent.
        case tls
        /// A read timed out; for a GET nothing changed.
        case timeout
        /// A POST/PATCH/DELETE was sent but no answer came: it may or may not have been applied.
        case outcomeUnknown
        /// The answer could not be understood.
        case decoding
        /// The request was rejected before sending (bad input).
        case invalidRequest
        /// The caller cancelled.
        case cancelled
    }

    /// The class of failure.
    public var kind: Kind
    /// The HTTP status, when there was a response.
    public var httpStatus: Int?
    /// OCP's error code (`BAK21001`, `0`), when OCP gave one.
    public var code: String?
    /// OCP's message or our description of the failure.
    public var message: String
    /// OCP's trace id, when given.
    public var traceId: String?
    /// The method of the failed request.
    public var method: String?
    /// The path of the failed request.
    public var path: String?
    /// Validation details from OCP.
    public var subErrors: [OCPSubError]
    /// The server's clock when it answered (a refusal included): the envelope's `timestamp`,
    /// else the HTTP `Date` header; `nil` without an answer.
    public var serverDate: Date?

    /// Makes an error.
    public init(
        kind: Kind, httpStatus: Int? = nil, code: String? = nil, message: String, traceId: String? = nil,
        method: String? = nil, path: String? = nil, subErrors: [OCPSubError] = [], serverDate: Date? = nil
    ) {
        self.kind = kind
        self.httpStatus = httpStatus
        self.code = code
        self.message = message
        self.traceId = traceId
        self.method = method
        self.path = path
        self.subErrors = subErrors
        self.serverDate = serverDate
    }

    /// A rejected request (bad input), nothing sent.
    public static func invalidRequest(_ message: String) -> OCPAPIError {
        OCPAPIError(kind: .invalidRequest, message: message)
    }

    /// The command-line exit code: 1 OCP error, 2 bad input, 3 connect/auth/timeout.
    public var exitCode: Int32 {
        switch kind {
        case .ocp, .decoding: 1
        case .invalidRequest: 2
        case .authentication, .connection, .tls, .timeout, .outcomeUnknown, .cancelled: 3
        }
    }

    /// One line: `BAK21001 (HTTP 409): message [traceId 0123…]`.
    public var summary: String {
        var parts: [String] = []
        if let code, !code.isEmpty { parts.append(code) }
        if let httpStatus { parts.append("(HTTP \(httpStatus))") }
        let head = parts.isEmpty ? "" : parts.joined(separator: " ") + ": "
        let trace = traceId.flatMap { $0.isEmpty ? nil : " [traceId \($0)]" } ?? ""
        return TextSanitizer.singleLine(head + message + trace)
    }

    /// What the person should do next.
    public var nextStep: String {
        switch kind {
        case .authentication:
            "Check the user and password or the AccessKey pair; for AccessKeys also check that this machine's clock is within 15 minutes of OCP's (ocpbackup doctor)."
        case .connection:
            "Check the OCP URL and that the server is reachable from here; nothing was sent."
        case .tls:
            "Trust the CA that signed OCP's certificate with --cacert FILE (PEM); only if you accept the risk, skip verification with --insecure. Nothing was sent."
        case .timeout:
            "The server did not answer in time; retry, or raise --timeout."
        case .outcomeUnknown:
            "The change may or may not have been applied. Read the strategy again (ocpbackup strategy show) before retrying."
        case .decoding:
            "The answer was not the OCP response this tool expects; check that the URL points at OCP's API."
        case .invalidRequest:
            "Correct the input and run the command again; nothing was sent."
        case .cancelled:
            "The request was cancelled."
        case .ocp:
            OCPErrorAdvice.nextStep(code: code, httpStatus: httpStatus)
        }
    }

    /// The full text for a person: what happened and what to do next.
    public var description: String {
        var lines = [summary]
        for sub in subErrors {
            let field = [sub.object, sub.field].compactMap { $0 }.joined(separator: ".")
            lines.append("  - " + TextSanitizer.singleLine((field.isEmpty ? "" : field + ": ") + (sub.message ?? "")))
        }
        if let method, let path { lines.append("  request: \(method) \(TextSanitizer.singleLine(path))") }
        lines.append("  next: " + nextStep)
        return lines.joined(separator: "\n")
    }
}
