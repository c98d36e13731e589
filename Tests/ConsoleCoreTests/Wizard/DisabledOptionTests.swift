import Localization
import OCPAPI
import Testing

@testable import ConsoleCore

@Suite struct DisabledOptionTests {
    @Test func anOldLogicalClusterShowsEveryRuledOutOptionWithItsReason() {
        let wizard = WizardHarness.newWizard(
            cluster: Fixtures.cluster(1, "old", version: "2.2.50"), ability: Fixtures.ability(.logical, mode: .logical))
        #expect(
            wizard.disabledOptions(of: .backupMode) == [
                DisabledOption(
                    field: .backupMode, option: Bilingual("Physical backup", "物理备份"),
                    reason: Bilingual("The cluster's backup ability is LOGICAL_BACKUP.", "集群的备份能力为 LOGICAL_BACKUP。"))
            ])
        #expect(wizard.disabledOptions(of: .schedule).map(\.reason.english) == ["Incremental backup exists only for physical backup."])
        #expect(wizard.disabledOptions(of: .storage).map(\.reason.english) == ["OSS and COS need OceanBase 2.2.76 or later; this is 2.2.50."])
        #expect(wizard.disabledOptions(of: .cleanup).isEmpty)
        #expect(wizard.disabledOptions(of: .thresholds).isEmpty)
        #expect(wizard.disabledOptions(of: .secondary).map(\.reason.english) == ["Secondary backup needs OceanBase 2.2.77 or later; this is 2.2.50."])
    }

    @Test func aCurrentPhysicalClusterWithObjectStorageRulesOutCleanupAndLiboblog() {
        var wizard = WizardHarness.newWizard()
        wizard.form.storage.type = .cos
        #expect(wizard.disabledOptions(of: .backupMode).map(\.option.english) == ["Logical backup"])
        #expect(wizard.disabledOptions(of: .schedule).isEmpty)
        #expect(wizard.disabledOptions(of: .cleanup).map(\.reason.english) == ["OSS and COS do not support scheduled cleanup of expired backups."])
        #expect(wizard.disabledOptions(of: .thresholds).map(\.reason.english) == ["liboblog retention applies to logical backup only."])
        #expect(wizard.disabledOptions(of: .secondary).isEmpty)
    }

    @Test func aClusterWithoutIncrementalSupportRulesItOut() {
        let wizard = WizardHarness.newWizard(ability: Fixtures.ability(incremental: false))
        #expect(wizard.disabledOptions(of: .schedule).map(\.reason.english) == ["The cluster does not support incremental backup."])
    }
}
