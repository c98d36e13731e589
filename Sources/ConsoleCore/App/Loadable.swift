import Foundation

/// Data of one pane that loads: the last good value stays visible while reloading and after a
/// failure, next to the error.
public struct Loadable<Value: Equatable & Sendable>: Equatable, Sendable {
    /// The last value that loaded.
    public var value: Value?
    /// Whether a load is running.
    public var isLoading: Bool
    /// The last failure, cleared by the next success.
    public var error: ErrorInfo?
    /// When the value loaded (injected clock).
    public var loadedAt: Date?

    /// Makes a state.
    public init(value: Value? = nil, isLoading: Bool = false, error: ErrorInfo? = nil, loadedAt: Date? = nil) {
        self.value = value
        self.isLoading = isLoading
        self.error = error
        self.loadedAt = loadedAt
    }

    /// A load started: the old value stays.
    public mutating func begin() {
        isLoading = true
    }

    /// A load ended.
    public mutating func finish(_ result: Result<Value, ErrorInfo>, at time: Date) {
        isLoading = false
        switch result {
        case .success(let value):
            self.value = value
            error = nil
            loadedAt = time
        case .failure(let failure):
            error = failure
        }
    }
}
