import Foundation
import Synchronization

/// Keeps draft writes in the order the person made the changes. Saves run as concurrent
/// effects, so a slow save of an older draft could otherwise rename its file over a newer one;
/// each write and delete happens under one lock, and a write is skipped when a newer draft of
/// the same key was already written.
final class DraftSaveOrder: Sendable {
    private let latest = Mutex<[DraftKey: Date]>([:])

    /// Runs `write` unless a draft of `key` newer than `savedAt` was already written; returns
    /// whether it ran.
    @discardableResult
    func write(_ key: DraftKey, savedAt: Date, _ write: () throws -> Void) throws -> Bool {
        try latest.withLock { latest in
            if let newest = latest[key], newest > savedAt { return false }
            try write()
            latest[key] = savedAt
            return true
        }
    }

    /// Runs `delete` under the same lock as the writes.
    func delete(_ delete: () throws -> Void) throws {
        try latest.withLock { _ in try delete() }
    }
}
