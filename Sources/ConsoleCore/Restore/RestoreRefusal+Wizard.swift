import OCPAPI

extension RestoreRefusal {
    /// The refusal as a sentence beside a field: OCP-API's message with a capital.
    var sentence: String {
        let text = message
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// A target's refusal short enough for its row in the target list at 80 columns (the row
    /// already names the cluster).
    var targetReason: String {
        switch self {
        case .targetStandby: "a standby; restore into a primary"
        case .targetNotRunning(_, let status): "it is \(status.map(TextSanitizer.singleLine) ?? "of unknown status"), not RUNNING"
        case .targetOlder(_, _, let source): "older than the source's \(source)"
        default: sentence
        }
    }
}
