import Foundation
import OCPAPI

/// One step of a simulated task: its name, how long it runs, and the steps it waits for.
package struct PlannedStep: Sendable, Hashable {
    /// The subtask name (and description).
    package var name: String
    /// Run time, simulated seconds.
    package var duration: TimeInterval
    /// Indices of the steps it waits for (always earlier in the plan).
    package var upstreams: [Int]
    /// `-1`, or its index among steps that run side by side.
    package var parallelIndex: Int

    /// Makes a step.
    package init(_ name: String, _ duration: TimeInterval, after upstreams: [Int], parallelIndex: Int = -1) {
        self.name = name
        self.duration = duration
        self.upstreams = upstreams
        self.parallelIndex = parallelIndex
    }
}

/// How a run of a task fails: at which step, with which message, and whether a retry meets the
/// same cause again.
package struct StepFailure: Sendable, Hashable {
    /// The failing step's index.
    package var step: Int
    /// OCP's message.
    package var message: String
    /// Why (a retry fails again while the cause holds).
    package var cause: Cause

    /// What made a step fail.
    package enum Cause: Sendable, Hashable {
        /// An incremental backup without a full one before it.
        case noFullBackup
        /// A cause that a retry clears (a compaction that has finished meanwhile, …).
        case transient
    }

    /// Makes a failure.
    package init(step: Int, message: String, cause: Cause) {
        self.step = step
        self.message = message
        self.cause = cause
    }
}

/// One execution of a task: the first (EXECUTE) or a retry (RETRY) of its failed steps.
package struct StepRun: Sendable, Hashable {
    /// When it started.
    package var start: Date
    /// EXECUTE or RETRY.
    package var operation: TaskOperation
    /// How it fails, or `nil` when it succeeds.
    package var failure: StepFailure?

    /// Makes a run.
    package init(start: Date, operation: TaskOperation, failure: StepFailure?) {
        self.start = start
        self.operation = operation
        self.failure = failure
    }
}
