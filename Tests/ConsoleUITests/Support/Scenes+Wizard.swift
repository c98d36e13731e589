import ConsoleCore
import ConsoleUI
import OCPAPI

extension Scene {
    /// A driver with the new-strategy wizard open for `alpha`.
    static func newWizard() -> SceneDriver {
        var driver = SceneDriver()
        driver.load(SceneData.clusters)
        driver.select("alpha")
        driver.openDetail(ability: SceneData.ability, strategy: StrategySnapshot.none)
        driver.send(.newStrategy)
        return driver
    }

    /// A saved draft offered when the wizard opens.
    static var draftOffer: Scene {
        var driver = newWizard()
        guard let wizard = driver.state.wizard else { return Scene(name: "draft-offer", state: driver.state) }
        var form = wizard.form
        form.storage.configName = "nfs_draft"
        let draft = WizardDraft(key: wizard.draftKey(profile: "prod"), isModify: false, step: .storage, form: form, savedAt: SceneDriver.now)
        driver.wizard(.draftLoaded(draft))
        return Scene(name: "draft-offer", state: driver.state)
    }

    /// Step 1 with Logical ruled out by the ability.
    static var wizardMode: Scene {
        Scene(name: "wizard-mode", state: newWizard().state)
    }

    /// The weekly grid with the cursor on Thursday and an incremental Wednesday.
    static var scheduleWeek: Scene {
        var driver = newWizard()
        driver.wizard(.nextStep, .nextField, .moveCell(.right), .moveCell(.right), .toggle, .toggle, .moveCell(.right))
        return Scene(name: "wizard-schedule-week", state: driver.state)
    }

    /// The monthly calendar with a few days.
    static var scheduleMonth: Scene {
        var driver = newWizard()
        driver.wizard(.nextStep, .toggle, .nextField, .moveCell(.down), .toggle, .moveCell(.down), .moveCell(.right), .toggle, .toggle)
        return Scene(name: "wizard-schedule-month", state: driver.state)
    }

    /// A driver on the storage step with a valid FILE storage.
    static func fileStorage() -> SceneDriver {
        var driver = newWizard()
        driver.wizard(.nextStep, .nextStep, .nextField)
        driver.type("nfs_main")
        driver.wizard(.nextField)
        driver.type("/obbackup/")
        return driver
    }

    /// OSS storage with the secret typed (masked).
    static var storageOSS: Scene {
        var driver = newWizard()
        driver.wizard(.nextStep, .nextStep, .toggle, .nextField)
        driver.type("oss_main")
        driver.wizard(.nextField)
        driver.type("bucket/backup")
        driver.wizard(.nextField)
        driver.type("oss-cn-hangzhou.aliyuncs.com")
        driver.wizard(.nextField)
        driver.type("LTAI5tExample")
        driver.wizard(.nextField)
        driver.type("very-secret-value")
        return Scene(name: "wizard-storage-oss", state: driver.state)
    }

    /// A capacity alert that is not a number, with its message beside the field.
    static var storageFieldError: Scene {
        var driver = fileStorage()
        driver.wizard(.nextField, .deleteBackward, .deleteBackward)
        driver.type("8x")
        driver.wizard(.previousField)
        return Scene(name: "wizard-storage-error", state: driver.state)
    }

    /// Next refused on an empty storage, with the reasons.
    static var refusedNext: Scene {
        var driver = newWizard()
        driver.wizard(.nextStep, .nextStep, .nextStep)
        return Scene(name: "wizard-refused", state: driver.state)
    }

    /// Cleanup after choosing OSS: the step's notice.
    static var cleanupOSS: Scene {
        var driver = SceneDriver()
        driver.state = storageOSS.state
        driver.wizard(.nextStep)
        return Scene(name: "wizard-cleanup-oss", state: driver.state)
    }

    /// Thresholds, liboblog ruled out for physical backup.
    static var thresholds: Scene {
        var driver = fileStorage()
        driver.wizard(.nextStep, .nextStep)
        return Scene(name: "wizard-thresholds", state: driver.state)
    }

    /// Secondary backup switched on.
    static var secondary: Scene {
        var driver = fileStorage()
        driver.wizard(.nextStep, .nextStep, .nextStep, .toggle)
        return Scene(name: "wizard-secondary", state: driver.state)
    }
}
