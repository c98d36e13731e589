import ConsoleCore
import Foundation
import OCPAPI

/// The seven days of a scope drawn in `cells` cells: each cell a slice of the scope, drawn whole
/// when the windows cover it, part when they cover some of it, none (a gap) otherwise.
struct RecoverableTimeline {
    /// How much of a cell the windows cover.
    enum Cover {
        /// All of it.
        case whole
        /// Some of it.
        case part
        /// None of it.
        case none
    }

    /// The scope drawn.
    let scope: RecoverabilityScope
    /// Cells the scope takes.
    let cells: Int

    /// The glyph of a cover, a different one each (so a screen without colour shows them).
    static func glyph(_ cover: Cover, ascii: Bool) -> String {
        switch cover {
        case .whole: ascii ? "#" : "█"
        case .part: ascii ? "+" : "▒"
        case .none: ascii ? "." : "·"
        }
    }

    /// The slice of cell `index`.
    func slice(_ index: Int) -> (start: Date, end: Date) {
        let length = scope.length / Double(cells)
        let start = scope.start.addingTimeInterval(Double(index) * length)
        return (start, start.addingTimeInterval(length))
    }

    /// How much of cell `index` `windows` cover.
    func cover(_ index: Int, windows: [RecoverableWindow]) -> Cover {
        let (start, end) = slice(index)
        let covered = windows.reduce(0.0) { sum, window in
            sum + max(0, min(end, window.end).timeIntervalSince(max(start, window.start)))
        }
        let length = end.timeIntervalSince(start)
        if covered >= length * 0.999 { return .whole }
        return covered > 0 ? .part : .none
    }

    /// The timeline of `windows`, a run of cells of one cover as one span.
    func spans(of windows: [RecoverableWindow], ascii: Bool) -> [Span] {
        var spans: [Span] = [Span("  ")]
        var run: (cover: Cover, count: Int)?
        func flush() {
            guard let current = run else { return }
            let role: Role = current.cover == .whole ? .ok : current.cover == .part ? .warning : .error
            spans.append(Span(String(repeating: Self.glyph(current.cover, ascii: ascii), count: current.count), role))
        }
        for index in 0..<cells {
            let cover = cover(index, windows: windows)
            if run?.cover == cover {
                run?.count += 1
            } else {
                flush()
                run = (cover, 1)
            }
        }
        flush()
        return spans
    }

    /// Day marks under the timeline: the local date at each day's first cell, as room allows.
    func ruler(offset: Int) -> [Span] {
        var text = [Character](repeating: " ", count: cells)
        let day = 86_400
        var next = Int(scope.start.timeIntervalSince1970) + offset
        next = (next / day + 1) * day - offset
        while Double(next) < scope.end.timeIntervalSince1970 {
            let position = Int((Double(next) - scope.start.timeIntervalSince1970) / scope.length * Double(cells))
            let label = Array("|" + String(TaskTimeText.short(Date(timeIntervalSince1970: Double(next)), offset: offset).prefix(5)))
            if position + label.count <= cells, text[position..<(position + label.count)].allSatisfy({ $0 == " " }) {
                for (shift, character) in label.enumerated() { text[position + shift] = character }
            }
            next += day
        }
        return [Span("  " + String(text), .muted)]
    }
}
