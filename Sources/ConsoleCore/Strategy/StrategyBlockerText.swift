import Localization
import OCPAPI

extension StrategyContext {
    /// Why no strategy can be made for this cluster (``StrategyContext/strategyBlocker``), in both
    /// languages; `nil` when one can.
    package var strategyBlockerText: Bilingual? {
        guard let blocker = strategyBlocker else { return nil }
        let english = TextSanitizer.singleLine(blocker.message)
        if clusterType == .standby { return Bilingual(english, "备集群不能有备份策略；请备份其主集群。") }
        let status = TextSanitizer.singleLine(clusterStatus?.rawValue ?? "")
        return Bilingual(english, "集群状态为 \(status)；只有运行中（或维护中）的集群才能有备份策略。")
    }
}
