extension SubmissionState {
    /// Whether the form may change: not while confirming, sending, or sorting out an unknown outcome.
    var allowsEditing: Bool {
        switch self {
        case .idle, .failed, .reread: true
        case .confirming, .inFlight, .succeeded, .outcomeUnknown, .rereadFailed: false
        }
    }
}
