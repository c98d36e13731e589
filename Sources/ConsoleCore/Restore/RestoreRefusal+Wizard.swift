import Localization
import OCPAPI

extension RestoreRefusal {
    /// The refusal as a sentence beside a field: OCP-API's message with a capital.
    var sentence: String {
        let text = message
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// A target's refusal short enough for its row in the target list at 80 columns (the row
    /// already names the cluster).
    var targetReason: Bilingual {
        switch self {
        case .targetStandby: Bilingual("a standby; restore into a primary", "备集群；请恢复到主集群")
        case .targetNotRunning(_, let status):
            Bilingual(
                "it is \(status.map(TextSanitizer.singleLine) ?? "of unknown status"), not RUNNING",
                "状态为 \(status.map(TextSanitizer.singleLine) ?? "未知")，不是 RUNNING")
        case .targetOlder(_, _, let source): Bilingual("older than the source's \(source)", "版本低于源集群的 \(source)")
        default: Bilingual(sentence, sentence)
        }
    }
}
