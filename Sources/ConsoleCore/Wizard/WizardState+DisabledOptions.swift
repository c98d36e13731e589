import Localization
import OCPAPI

extension WizardState {
    /// The options of `step` the cluster rules out, each with its reason, for the screen to
    /// show greyed out.
    public func disabledOptions(of step: WizardStep) -> [DisabledOption] {
        var disabled: [DisabledOption] = []
        func add(_ field: WizardField, _ option: Bilingual, _ availability: Availability) {
            if let reason = availability.reason { disabled.append(DisabledOption(field: field, option: option, reason: reason)) }
        }
        switch step {
        case .backupMode:
            add(.backupMode, Bilingual("Physical backup", "物理备份"), options.mode(.physical))
            add(.backupMode, Bilingual("Logical backup", "逻辑备份"), options.mode(.logical))
        case .schedule:
            add(.scheduleGrid, Bilingual("Incremental backup", "增量备份"), options.incremental(for: form.backupMode))
        case .storage:
            add(.storage(.type), Bilingual("OSS and COS", "OSS 和 COS"), options.objectStorage)
        case .cleanup:
            add(.cleanEnabled, Bilingual("Clean expired backups", "清理过期备份"), options.cleanup(for: form.storage.type))
        case .thresholds:
            add(.libObLogDays, Bilingual("liboblog retention", "liboblog 保留"), options.libObLog(for: form.backupMode))
        case .secondary:
            add(.secondaryEnabled, Bilingual("Secondary backup", "二次备份"), options.secondary)
            if form.secondaryEnabled, options.secondary.isEnabled {
                add(.secondaryStorage(.type), Bilingual("OSS and COS", "OSS 和 COS"), options.objectStorage)
            }
        case .review:
            break
        }
        return disabled
    }
}
