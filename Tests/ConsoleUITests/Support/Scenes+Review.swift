import ConsoleCore
import ConsoleUI
import OCPAPI

extension Scene {
    /// A driver on the review of a new FILE strategy.
    static func reviewDriver() -> SceneDriver {
        var driver = fileStorage()
        driver.wizard(.nextStep, .nextStep, .nextStep, .nextStep)
        return driver
    }

    /// The review of a create.
    static var reviewCreate: Scene {
        Scene(name: "review-create", state: reviewDriver().state)
    }

    /// The review of an OSS strategy: the secret is masked in the body.
    static var reviewOSS: Scene {
        var driver = SceneDriver()
        driver.state = storageOSS.state
        driver.wizard(.nextStep, .nextStep, .nextStep, .nextStep)
        return Scene(name: "review-oss", state: driver.state)
    }

    /// The review of an edit: the time and a day changed.
    static var reviewModify: Scene {
        var driver = SceneDriver()
        driver.load(SceneData.clusters)
        driver.select("alpha")
        driver.openDetail(ability: SceneData.ability, strategy: .present(SceneData.strategy))
        driver.send(.editStrategy)
        driver.wizard(.nextStep, .nextField, .toggle, .nextField)
        for _ in 0..<5 { driver.wizard(.deleteBackward) }
        driver.type("01:30")
        for _ in 0..<5 { driver.wizard(.nextStep) }
        return Scene(name: "review-modify", state: driver.state)
    }

    /// Asking to confirm.
    static var submitConfirm: Scene {
        var driver = reviewDriver()
        driver.wizard(.submit)
        return Scene(name: "submit-confirm", state: driver.state)
    }

    /// OCP accepted: task ids and per-object results.
    static var submitSucceeded: Scene {
        var driver = reviewDriver()
        driver.wizard(.submit, .confirmSubmit, .submitFinished(.success(SceneData.receipt)))
        return Scene(name: "submit-succeeded", state: driver.state)
    }

    /// OCP refused with its trace id.
    static var submitFailed: Scene {
        var driver = reviewDriver()
        driver.wizard(.submit, .confirmSubmit, .submitFinished(.failure(SceneData.serverError)))
        return Scene(name: "submit-failed", state: driver.state)
    }

    /// No answer: the outcome is unknown.
    static var outcomeUnknown: Scene {
        var driver = reviewDriver()
        let lost = ErrorInfo(kind: .outcomeUnknown, message: "The connection closed before OCP answered.", nextStep: "Wait for the re-read.")
        driver.wizard(.submit, .confirmSubmit, .submitFinished(.failure(lost)))
        return Scene(name: "submit-unknown", state: driver.state)
    }

    /// Every scene with a golden screen.
    static var all: [Scene] {
        [
            listWithDetail, standbyDetail, detailError, loading, loadError, filtering, palette, help, confirmDelete, confirmQuit, readOnly, ascii,
            asciiGrid, draftOffer, wizardMode,
            scheduleWeek, scheduleMonth, storageOSS, storageFieldError, refusedNext, cleanupOSS, thresholds, secondary, reviewCreate, reviewOSS,
            reviewModify, submitConfirm, submitSucceeded, submitFailed, outcomeUnknown,
        ] + taskScenes + healthScenes + restoreScenes
    }
}
