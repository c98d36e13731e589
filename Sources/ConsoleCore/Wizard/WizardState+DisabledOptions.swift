import OCPAPI

extension WizardState {
    /// The options of `step` the cluster rules out, each with its reason, for the screen to
    /// show greyed out.
    public func disabledOptions(of step: WizardStep) -> [DisabledOption] {
        var disabled: [DisabledOption] = []
        func add(_ field: WizardField, _ option: String, _ availability: Availability) {
            if let reason = availability.reason { disabled.append(DisabledOption(field: field, option: option, reason: reason)) }
        }
        switch step {
        case .backupMode:
            add(.backupMode, "Physical backup", options.mode(.physical))
            add(.backupMode, "Logical backup", options.mode(.logical))
        case .schedule:
            add(.scheduleGrid, "Incremental backup", options.incremental(for: form.backupMode))
        case .storage:
            add(.storage(.type), "OSS and COS", options.objectStorage)
        case .cleanup:
            add(.cleanEnabled, "Clean expired backups", options.cleanup(for: form.storage.type))
        case .thresholds:
            add(.libObLogDays, "liboblog retention", options.libObLog(for: form.backupMode))
        case .secondary:
            add(.secondaryEnabled, "Secondary backup", options.secondary)
            if form.secondaryEnabled, options.secondary.isEnabled {
                add(.secondaryStorage(.type), "OSS and COS", options.objectStorage)
            }
        case .review:
            break
        }
        return disabled
    }
}
