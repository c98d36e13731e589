import Localization
import OCPAPI

/// Back up now, pause or resume, or retry, as one dialog: what is read first, the choice, the
/// confirmation with the change prepared once, the sending, and an outcome that needs words.
/// A success closes it (and opens the task view where there is a task).
public struct OperationDialog: Equatable, Sendable {
    /// Where the dialog stands.
    public enum Step: Equatable, Sendable {
        /// Reading what the confirmation must say (the schedule status and the log backup).
        case reading
        /// Back up now: choosing full or incremental.
        case choosing
        /// The confirmation, with the change prepared once.
        case confirming(PreparedMutation)
        /// Sent, waiting for OCP's answer (Enter does nothing: never sent twice).
        case sending(PreparedMutation)
        /// No answer came: reading the overview and the task list again.
        case rereading(PreparedMutation)
        /// Ended in a way that needs words.
        case finished(OperationOutcome)
    }

    /// The operation.
    public var command: OperationCommand
    /// The cluster it changes.
    public var clusterId: Int64
    /// The cluster's name, safe to draw.
    public var clusterName: String
    /// The task a retry runs again.
    public var taskId: Int64?
    /// Back up now: full or incremental.
    public var kind: DataBackupKind = .full
    /// Schedule: whether it pauses (`false` resumes); `nil` until the overview says.
    public var pauses: Bool?
    /// What the confirmation says, in order (facts first, warnings marked).
    public var notes: [OperationNote] = []
    /// The step.
    public var step: Step
    /// The change last sent, kept when no answer came (a re-read that failed reads again for it).
    public var lastSent: PreparedMutation?

    /// A dialog for `command` on cluster `clusterId`.
    public init(command: OperationCommand, clusterId: Int64, clusterName: String, taskId: Int64? = nil, step: Step) {
        self.command = command
        self.clusterId = clusterId
        self.clusterName = clusterName
        self.taskId = taskId
        self.step = step
    }

    /// The prepared change, once there is one.
    public var mutation: PreparedMutation? {
        switch step {
        case .confirming(let mutation), .sending(let mutation), .rereading(let mutation): mutation
        case .reading, .choosing, .finished: nil
        }
    }

    /// The title: what it does.
    public var title: Bilingual {
        switch command {
        case .backupNow: Bilingual("Back up now", "立即备份")
        case .schedule:
            pauses == false
                ? Bilingual("Resume scheduling", "恢复调度")
                : pauses == true ? Bilingual("Pause scheduling", "暂停调度") : Bilingual("Pause or resume scheduling", "暂停或恢复调度")
        case .retry, .retryLatest: Bilingual("Retry task", "重试任务")
        case .restore: Bilingual("Restore", "恢复")
        }
    }
}

/// One sentence of an operation dialog.
public struct OperationNote: Equatable, Sendable {
    /// How it is shown.
    public enum Tone: Equatable, Sendable {
        /// A fact.
        case info
        /// Something to heed before confirming.
        case warning
        /// What went wrong.
        case error
    }

    /// The sentence, safe to draw.
    public var text: String
    /// Its tone.
    public var tone: Tone

    /// A note.
    public init(_ text: String, tone: Tone = .info) {
        self.text = text
        self.tone = tone
    }
}

/// How an operation ended when it did not simply succeed.
public enum OperationOutcome: Equatable, Sendable {
    /// OCP refused or failed (code, message, trace id, next step in the error).
    case failed(ErrorInfo)
    /// BAK31005: a data backup already runs; `taskId` is the running task when the task list
    /// shows it (Enter opens it).
    case alreadyRunning(ErrorInfo, taskId: Int64?)
    /// No answer came; the re-read found `findings`. `taskId` is a task it points to (Enter
    /// opens it); `resend` is the same change when the re-read shows it did not happen (Enter
    /// asks to confirm it again).
    case unknown(findings: [OperationNote], taskId: Int64?, resend: PreparedMutation?)
    /// Reading what the dialog needs failed (r reads again).
    case unreadable(ErrorInfo)

    /// The task Enter opens, if any.
    public var taskId: Int64? {
        switch self {
        case .alreadyRunning(_, let taskId), .unknown(_, let taskId, _): taskId
        case .failed, .unreadable: nil
        }
    }
}
