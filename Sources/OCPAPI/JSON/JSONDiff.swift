/// Field-by-field differences between two JSON values, by dotted path.
package enum JSONDiff {
    /// One difference.
    package struct Change: Hashable, Sendable, CustomStringConvertible {
        /// The dotted path, e.g. `obBackupScheduleConfig.backupScheduleTime`.
        package var path: String
        /// The value before, or `nil` when the field is new.
        package var old: JSONValue?
        /// The value after, or `nil` when the field was removed.
        package var new: JSONValue?

        /// Makes a change.
        package init(path: String, old: JSONValue?, new: JSONValue?) {
            self.path = path
            self.old = old
            self.new = new
        }

        /// `~ path: old → new`, `+ path: new`, or `- path: old` (values compact JSON).
        package var description: String {
            func text(_ value: JSONValue) -> String { TextSanitizer.singleLine(String(decoding: value.serialized(), as: UTF8.self)) }
            switch (old, new) {
            case (let old?, let new?): return "~ \(path): \(text(old)) → \(text(new))"
            case (nil, let new?): return "+ \(path): \(text(new))"
            case (let old?, nil): return "- \(path): \(text(old))"
            case (nil, nil): return "  \(path)"
            }
        }
    }

    /// The changes from `old` to `new`; objects are compared key by key, arrays index by index,
    /// and `null` counts as absent. Both sides should have secrets masked before showing.
    package static func changes(from old: JSONValue?, to new: JSONValue?, path: String = "") -> [Change] {
        let old = old == .null ? nil : old
        let new = new == .null ? nil : new
        switch (old, new) {
        case (.object(let before)?, .object(let after)?):
            return Set(before.keys).union(after.keys).sorted().flatMap { key in
                changes(from: before[key], to: after[key], path: path.isEmpty ? key : "\(path).\(key)")
            }
        case (.array(let before)?, .array(let after)?) where before.count == after.count:
            return zip(before, after).enumerated().flatMap { index, pair in changes(from: pair.0, to: pair.1, path: "\(path)[\(index)]") }
        default:
            return old == new ? [] : [Change(path: path, old: old, new: new)]
        }
    }
}
