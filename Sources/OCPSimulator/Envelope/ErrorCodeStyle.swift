import OCPAPI

/// How `error.code` is written (docs/ocp-api.md, Envelope): OCP 4.2 and later use prefixed strings,
/// OCP 4.0 and earlier plain numbers.
public enum ErrorCodeStyle: String, Sendable, CaseIterable {
    /// `"BAK21001"`: the 4.2+ style, the default.
    case string
    /// `21001`: the ≤ 4.0 style (the module prefix is dropped).
    case numeric

    /// The code as this style writes it.
    public func code(_ code: String) -> OCPErrorCode {
        switch self {
        case .string:
            return .string(code)
        case .numeric:
            let digits = code.drop(while: { !$0.isNumber })
            return .number(Int64(digits) ?? 0)
        }
    }
}
