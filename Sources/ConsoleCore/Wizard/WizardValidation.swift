import Foundation
import Localization
import OCPAPI

/// The checks of the wizard: field text (`FieldCheck`) first, then `StrategyValidator` on the
/// request, each issue placed at the field its JSON path names.
public enum WizardValidation {
    /// The result of checking one step.
    public struct StepCheck: Equatable, Sendable {
        /// Messages by field.
        public var fieldErrors: [WizardField: String]
        /// Every reason Next is refused, `Label: message`.
        public var reasons: [String]
        /// Warnings that do not stop Next.
        public var warnings: [String]
    }

    /// Every issue of the request the wizard describes.
    public static func issues(_ wizard: WizardState) -> [StrategyIssue] {
        StrategyValidator.validate(wizard.form.request(options: wizard.options), context: wizard.options.context)
    }

    /// The message of `field`, or `nil` when it is fine.
    public static func message(for field: WizardField, in wizard: WizardState, issues: [StrategyIssue]? = nil) -> String? {
        if let raw = FieldCheck.message(for: field, in: wizard.form) { return raw.text(in: wizard.language) }
        let all = issues ?? self.issues(wizard)
        return all.first { $0.severity == .error && IssueFieldMap.field(for: $0.field) == field }.map { TextSanitizer.singleLine($0.message) }
    }

    /// Checks `step`; for the review step, every step.
    /// - Parameter now: seconds since the epoch, for the incremental-before-full warning.
    public static func check(_ step: WizardStep, of wizard: WizardState, now: Int64) -> StepCheck {
        let steps = step == .review ? WizardStep.allCases : [step]
        let issues = self.issues(wizard)
        var result = StepCheck(fieldErrors: [:], reasons: [], warnings: [])
        for current in steps {
            let fields = wizard.fields(of: current)
            for field in fields {
                if let message = message(for: field, in: wizard, issues: issues) {
                    result.fieldErrors[field] = message
                    result.reasons.append(field.label.text(in: wizard.language) + wizard.language.pick(": ", "：") + message)
                }
            }
            for issue in issues {
                let field = IssueFieldMap.field(for: issue.field)
                let issueStep = field?.step ?? .review
                guard issueStep == current else { continue }
                let text = TextSanitizer.singleLine(issue.message)
                if issue.severity == .warning {
                    result.warnings.append(text)
                } else if field.map({ !fields.contains($0) }) ?? true {
                    result.reasons.append((field?.label.text(in: wizard.language) ?? issue.field) + wizard.language.pick(": ", "：") + text)
                }
            }
            if current == .schedule, let warning = incrementalWarning(wizard, now: now) { result.warnings.append(warning) }
            if current == .thresholds, let warning = alarmShorterThanCycleWarning(wizard, now: now) { result.warnings.append(warning) }
            if current == .secondary { result.warnings += secondaryWarnings(wizard) }
        }
        return result
    }

    /// The warning when the first scheduled run is incremental but the cluster has no full
    /// backup yet (`canDoIncrementalBackup` false) and a full one is scheduled later.
    public static func incrementalWarning(_ wizard: WizardState, now: Int64) -> String? {
        let form = wizard.form
        guard wizard.options.ability?.obDataBackupSupportAbility?.canDoIncrementalBackup == false,
            form.dayMap.values.contains(.full), let offset = ClockText.parseOffset(form.offsetText),
            let (hour, minute) = ClockText.parseTime(form.timeText)
        else { return nil }
        let time = ScheduleTime(hour: hour, minute: minute, offsetSeconds: offset)
        guard SchedulePreview.incrementalBeforeFirstFull(mode: form.scheduleMode, days: form.dayMap, time: time, now: now) else { return nil }
        return wizard.language.pick(
            "The first run is incremental but the cluster has no full backup yet; incremental runs fail until the first full backup.",
            "第一次运行是增量备份，但该集群还没有全量备份；在第一次全量备份之前，增量备份都会失败。")
    }

    /// The warning when the no-success alarm is shorter than the longest gap between scheduled
    /// data backups (OCP documents that it "should not be shorter than the scheduling cycle"), so it
    /// would fire between two normal runs.
    public static func alarmShorterThanCycleWarning(_ wizard: WizardState, now: Int64) -> String? {
        let form = wizard.form
        guard let alarmDays = Int(form.noSuccessDaysText), let offset = ClockText.parseOffset(form.offsetText),
            let (hour, minute) = ClockText.parseTime(form.timeText)
        else { return nil }
        let time = ScheduleTime(hour: hour, minute: minute, offsetSeconds: offset)
        guard let gap = SchedulePreview.longestGapDays(mode: form.scheduleMode, days: form.dayMap, time: time, now: now), alarmDays < gap
        else { return nil }
        return wizard.language.pick(
            "The alarm after \(alarmDays) days without a successful data backup is shorter than the longest gap between "
                + "scheduled backups (\(gap) days); it would fire between normal runs.",
            "连续 \(alarmDays) 天无成功数据备份的告警短于调度备份之间的最长间隔（\(gap) 天）；正常运行之间也会触发告警。")
    }

    /// From OceanBase 4.0, OCP allows secondary backup only with
    /// `ocp.backup.advanced-secondary-backup.enable=true`, both storages on OSS, in different
    /// buckets (docs/ocp-api.md, Strategy rules and defaults). The parameter cannot be read through the API, so these warn.
    public static func secondaryWarnings(_ wizard: WizardState) -> [String] {
        let form = wizard.form
        guard form.secondaryEnabled, wizard.options.secondary.isEnabled, let version = wizard.options.cluster.version,
            version >= OBVersion(4, 0)
        else { return [] }
        let language = wizard.language
        var warnings = [
            language.pick(
                "From OceanBase 4.0, OCP accepts secondary backup only when ocp.backup.advanced-secondary-backup.enable is true.",
                "自 OceanBase 4.0 起，只有 ocp.backup.advanced-secondary-backup.enable 为 true 时 OCP 才接受二次备份。")
        ]
        if form.storage.type != .oss || form.secondaryStorage.type != .oss {
            warnings.append(
                language.pick(
                    "From OceanBase 4.0, both the backup storage and the secondary storage must be OSS.", "自 OceanBase 4.0 起，备份存储和二次备份存储都必须是 OSS。"))
        } else if bucket(of: form.storage.url) == bucket(of: form.secondaryStorage.url) {
            warnings.append(
                language.pick(
                    "From OceanBase 4.0, the secondary storage must be in a different OSS bucket.", "自 OceanBase 4.0 起，二次备份存储必须位于另一个 OSS bucket。"))
        }
        return warnings
    }

    private static func bucket(of url: String) -> String {
        String(url.trimmingCharacters(in: .whitespaces).split(separator: "/").first ?? "")
    }
}
