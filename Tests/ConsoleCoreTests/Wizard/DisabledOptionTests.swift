import OCPAPI
import Testing

@testable import ConsoleCore

@Suite struct DisabledOptionTests {
    @Test func anOldLogicalClusterShowsEveryRuledOutOptionWithItsReason() {
        let wizard = WizardHarness.newWizard(
            cluster: Fixtures.cluster(1, "old", version: "2.2.50"), ability: Fixtures.ability(.logical, mode: .logical))
        #expect(
            wizard.disabledOptions(of: .backupMode) == [
                DisabledOption(field: .backupMode, option: "Physical backup", reason: "The cluster's backup ability is LOGICAL_BACKUP.")
            ])
        #expect(wizard.disabledOptions(of: .schedule).map(\.reason) == ["Incremental backup exists only for physical backup."])
        #expect(wizard.disabledOptions(of: .storage).map(\.reason) == ["OSS and COS need OceanBase 2.2.76 or later; this is 2.2.50."])
        #expect(wizard.disabledOptions(of: .cleanup).isEmpty)
        #expect(wizard.disabledOptions(of: .thresholds).isEmpty)
        #expect(wizard.disabledOptions(of: .secondary).map(\.reason) == ["Secondary backup needs OceanBase 2.2.77 or later; this is 2.2.50."])
    }

    @Test func aCurrentPhysicalClusterWithObjectStorageRulesOutCleanupAndLiboblog() {
        var wizard = WizardHarness.newWizard()
        wizard.form.storage.type = .cos
        #expect(wizard.disabledOptions(of: .backupMode).map(\.option) == ["Logical backup"])
        #expect(wizard.disabledOptions(of: .schedule).isEmpty)
        #expect(wizard.disabledOptions(of: .cleanup).map(\.reason) == ["OSS and COS do not support scheduled cleanup of expired backups."])
        #expect(wizard.disabledOptions(of: .thresholds).map(\.reason) == ["liboblog retention applies to logical backup only."])
        #expect(wizard.disabledOptions(of: .secondary).isEmpty)
    }

    @Test func aClusterWithoutIncrementalSupportRulesItOut() {
        let wizard = WizardHarness.newWizard(ability: Fixtures.ability(incremental: false))
        #expect(wizard.disabledOptions(of: .schedule).map(\.reason) == ["The cluster does not support incremental backup."])
    }
}
