import OCPAPI
import Testing

@testable import ConsoleCore

@Suite struct WizardOptionTests {
    @Test func theModeTheAbilityRulesOutIsDisabledWithTheReason() {
        var state = WizardHarness.state(with: WizardHarness.newWizard(ability: Fixtures.ability(.physical)))
        WizardHarness.apply([.toggle], to: &state)
        #expect(state.wizard?.form.backupMode == .physical)
        #expect(state.wizard?.fieldErrors[.backupMode] == "The cluster's backup ability is PHYSICAL_BACKUP.")
        var both = WizardHarness.state(with: WizardHarness.newWizard(ability: Fixtures.ability(.logicalAndPhysical)))
        WizardHarness.apply([.toggle], to: &both)
        #expect(both.wizard?.form.backupMode == .logical)
        #expect(both.wizard?.fieldErrors[.backupMode] == nil)
    }

    @Test func physicalBackupNeedsVersion2260() {
        let options = WizardOptions(cluster: Fixtures.cluster(1, "old", version: "2.2.50"), ability: Fixtures.ability(.logicalAndPhysical))
        #expect(options.mode(.physical).reason?.english == "Physical backup needs OceanBase 2.2.60 or later; this is 2.2.50.")
        #expect(options.defaultMode == .logical)
    }

    @Test func incrementalDaysExistOnlyForPhysicalBackup() {
        let ability = Fixtures.ability(.logical, mode: .logical)
        var state = WizardHarness.state(with: WizardHarness.newWizard(ability: ability))
        #expect(state.wizard?.form.backupMode == .logical)
        WizardHarness.go(to: .schedule, in: &state)
        WizardHarness.focus(.scheduleGrid, in: &state)
        WizardHarness.apply([.moveCell(.right), .moveCell(.right), .toggle, .toggle], to: &state)
        #expect(state.wizard?.form.weekDays[2] == nil, "none → Full → none: no Incremental")
        #expect(state.wizard?.fieldErrors[.scheduleGrid] == "Incremental backup exists only for physical backup.")
        var physical = WizardHarness.state(with: WizardHarness.newWizard())
        WizardHarness.go(to: .schedule, in: &physical)
        WizardHarness.focus(.scheduleGrid, in: &physical)
        WizardHarness.apply([.toggle], to: &physical)
        #expect(physical.wizard?.form.weekDays[0] == .full)
        WizardHarness.apply([.toggle], to: &physical)
        #expect(physical.wizard?.form.weekDays[0] == .incremental)
        WizardHarness.apply([.toggle], to: &physical)
        #expect(physical.wizard?.form.weekDays[0] == nil)
    }

    @Test func secondaryBackupNeedsVersion2277() {
        let old = WizardHarness.newWizard(cluster: Fixtures.cluster(1, "old", version: "2.2.76"))
        #expect(old.fields(of: .secondary).isEmpty)
        var state = WizardHarness.state(with: old)
        WizardHarness.go(to: .secondary, in: &state)
        #expect(state.wizard?.stepNotice?.english == "Secondary backup needs OceanBase 2.2.77 or later; this is 2.2.76.")
        let current = WizardHarness.newWizard(cluster: Fixtures.cluster(1, "new", version: "2.2.77"))
        #expect(current.fields(of: .secondary) == [.secondaryEnabled])
    }

    @Test func cleanupIsNotOfferedForObjectStorage() {
        var state = WizardHarness.state(with: WizardHarness.newWizard())
        #expect(state.wizard?.fields(of: .cleanup) == [.cleanEnabled])
        WizardHarness.go(to: .storage, in: &state)
        WizardHarness.apply([.toggle], to: &state)
        #expect(state.wizard?.form.storage.type == .oss)
        #expect(state.wizard?.fields(of: .cleanup) == [])
        WizardHarness.go(to: .cleanup, in: &state)
        #expect(state.wizard?.stepNotice?.english == "OSS and COS do not support scheduled cleanup of expired backups.")
        state.wizard?.form.cleanEnabled = true
        let request = state.wizard!.form.request(options: state.wizard!.options)
        #expect(request.obBackupScheduleConfig?.cleanEnabled == nil)
    }

    @Test func objectStorageNeedsVersion2276() {
        var state = WizardHarness.state(with: WizardHarness.newWizard(cluster: Fixtures.cluster(1, "old", version: "2.2.70")))
        WizardHarness.go(to: .storage, in: &state)
        WizardHarness.apply([.toggle], to: &state)
        #expect(state.wizard?.form.storage.type == .file)
        #expect(state.wizard?.fieldErrors[.storage(.type)] == "OSS and COS need OceanBase 2.2.76 or later; this is 2.2.70.")
    }

    @Test func liboblogDaysOnlyForLogicalBackup() {
        let physical = WizardHarness.newWizard()
        #expect(!physical.fields(of: .thresholds).contains(.libObLogDays))
        #expect(physical.form.request(options: physical.options).obBackupThresholdConfig?.libObLogExpireDays == nil)
        let logical = WizardHarness.newWizard(ability: Fixtures.ability(.logical, mode: .logical))
        #expect(logical.fields(of: .thresholds).contains(.libObLogDays))
        #expect(logical.form.request(options: logical.options).obBackupThresholdConfig?.libObLogExpireDays == 7)
    }

    @Test func secondaryBackupFromVersion4WarnsAboutOCPsExtraConditions() {
        var wizard = WizardHarness.newWizard()
        #expect(WizardValidation.secondaryWarnings(wizard).isEmpty)
        wizard.form.secondaryEnabled = true
        #expect(
            WizardValidation.secondaryWarnings(wizard) == [
                "From OceanBase 4.0, OCP accepts secondary backup only when ocp.backup.advanced-secondary-backup.enable is true.",
                "From OceanBase 4.0, both the backup storage and the secondary storage must be OSS.",
            ])
        wizard.form.storage = StorageForm(type: .oss, url: "bucket/a")
        wizard.form.secondaryStorage = StorageForm(type: .oss, url: "bucket/b")
        #expect(WizardValidation.secondaryWarnings(wizard).last == "From OceanBase 4.0, the secondary storage must be in a different OSS bucket.")
        wizard.form.secondaryStorage.url = "other/b"
        #expect(WizardValidation.secondaryWarnings(wizard).count == 1)
        var older = WizardHarness.newWizard(cluster: Fixtures.cluster(1, "v3", version: "3.2.4"))
        older.form.secondaryEnabled = true
        #expect(WizardValidation.secondaryWarnings(older).isEmpty)
    }
}
