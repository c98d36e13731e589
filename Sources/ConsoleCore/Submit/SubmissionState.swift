/// Where submitting the wizard's request stands. At most one request is ever in flight, and
/// nothing is sent again without the person asking after the strategy was re-read.
public enum SubmissionState: Equatable, Sendable {
    /// Not submitted.
    case idle
    /// Asking the person to confirm.
    case confirming
    /// The request is on its way.
    case inFlight
    /// OCP accepted it.
    case succeeded(SubmitResult)
    /// OCP refused it; nothing changed.
    case failed(ErrorInfo)
    /// No answer came: it may or may not have been applied. The strategy is being re-read.
    case outcomeUnknown(ErrorInfo)
    /// After an unknown outcome the strategy was read again; a retry may now be offered.
    case reread(ErrorInfo, current: StrategySnapshot)
    /// After an unknown outcome the strategy could not be read either; read it again first.
    case rereadFailed(ErrorInfo, reread: ErrorInfo)

    /// Whether a submission may start from here (after a re-read, only with confirmation).
    public var allowsSubmit: Bool {
        switch self {
        case .idle, .failed, .reread: true
        case .confirming, .inFlight, .succeeded, .outcomeUnknown, .rereadFailed: false
        }
    }
}
