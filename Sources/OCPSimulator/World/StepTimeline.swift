import Foundation
import OCPAPI

/// A task's steps over time, from its plan and its runs: each step starts when its upstreams
/// have finished (and not before its run), runs its duration, and fails where the run says.
/// `state(at:)` reads where everything stands at an instant, so nothing needs to tick.
package struct StepTimeline: Sendable, Hashable {
    /// When one step ran.
    package struct Execution: Sendable, Hashable {
        /// EXECUTE or RETRY.
        package var operation: TaskOperation
        /// Start.
        package var start: Date
        /// End (success or failure).
        package var end: Date
        /// Whether it failed.
        package var failed: Bool
    }

    /// The plan.
    package let plan: [PlannedStep]
    /// Every execution of each step, oldest first.
    package let executions: [[Execution]]
    /// The runs that took effect.
    package let runs: [StepRun]
    /// When the task started.
    package let start: Date
    /// When the last run ends (success or failure).
    package let end: Date
    /// How the last run fails, if it does.
    package let failure: StepFailure?

    /// Lays the runs out over the plan. A retry is kept only when it starts after the previous
    /// run failed.
    package init(plan: [PlannedStep], runs: [StepRun]) {
        self.plan = plan
        var executions = Array(repeating: [Execution](), count: plan.count)
        var finished = Array(repeating: Date?.none, count: plan.count)
        var kept: [StepRun] = []
        var end = runs.first?.start ?? Date(timeIntervalSince1970: 0)
        var failure: StepFailure?
        for run in runs {
            if !kept.isEmpty {
                guard failure != nil, run.start >= end else { continue }
            }
            kept.append(run)
            failure = nil
            var runEnd = run.start
            for index in plan.indices where finished[index] == nil {
                let upstreamEnds = plan[index].upstreams.map { finished[$0] }
                guard upstreamEnds.allSatisfy({ $0 != nil }) else { continue }
                let start = ([run.start] + upstreamEnds.compactMap { $0 }).max() ?? run.start
                let stop = start.addingTimeInterval(plan[index].duration)
                let fails = run.failure?.step == index
                executions[index].append(Execution(operation: run.operation, start: start, end: stop, failed: fails))
                runEnd = max(runEnd, stop)
                if fails { failure = run.failure } else { finished[index] = stop }
            }
            end = runEnd
        }
        self.executions = executions
        self.runs = kept
        self.start = runs.first?.start ?? end
        self.end = end
        self.failure = failure
    }

    /// Where one step stands at an instant.
    package struct StepState: Sendable, Hashable {
        /// PENDING, RUNNING, FAILED or SUCCESSFUL.
        package var status: SubtaskStatus
        /// Its executions that had started by then.
        package var executions: [Execution]
        /// The operation of its latest execution.
        package var operation: TaskOperation { executions.last?.operation ?? .execute }
    }

    /// Every step at `now`.
    package func steps(at now: Date) -> [StepState] {
        executions.map { all in
            let started = all.filter { $0.start <= now }
            guard let last = started.last else { return StepState(status: .pending, executions: []) }
            if now < last.end { return StepState(status: .running, executions: started) }
            return StepState(status: last.failed ? .failed : .successful, executions: started)
        }
    }

    /// The task's status at `now`: running until its last run ends, then failed or successful.
    package func status(at now: Date) -> TaskInstanceStatus {
        if now < end { return .running }
        return failure == nil ? .successful : .failed
    }

    /// Whether the task has finished at `now` and succeeded.
    package func succeeded(at now: Date) -> Bool { now >= end && failure == nil }

    /// Whether the task has finished at `now` and failed.
    package func failed(at now: Date) -> Bool { now >= end && failure != nil }

    /// When the task finished, if it had by `now`.
    package func finish(at now: Date) -> Date? { now >= end ? end : nil }

    /// The index of the step running at `now` (the first, when several run).
    package func currentStep(at now: Date) -> Int? { steps(at: now).firstIndex { $0.status == .running } }
}
