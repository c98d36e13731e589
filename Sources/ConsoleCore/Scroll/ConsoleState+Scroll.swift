extension ConsoleState {
    /// The scrollable pane that scroll keys move now: the task view's log while a task is open,
    /// the review when the wizard shows it, the detail pane when it has the focus; `nil` otherwise.
    public var focusedScrollArea: ScrollArea? {
        if let taskView { return taskView.log != nil ? .taskLog : nil }
        if focus == .wizard, let wizard { return wizard.step == .review ? .review : nil }
        if focus == .restore, let restore { return restore.step.scrolls ? .review : nil }
        if focus == .detail, detailClusterId != nil { return .detail }
        return nil
    }

    /// Whether `area` is on screen: the detail pane with a cluster in it, the wizard's review, or
    /// the task view's log (which covers the other two).
    public func showsScrollArea(_ area: ScrollArea) -> Bool {
        switch area {
        case .detail: taskView == nil && focus != .wizard && focus != .restore && detailClusterId != nil
        case .review:
            taskView == nil && (focus == .wizard && wizard?.step == .review || focus == .restore && restore?.step.scrolls == true)
        case .taskLog: taskView?.log != nil
        }
    }

    /// The position of `area`.
    public func scrollPosition(of area: ScrollArea) -> ScrollPosition {
        switch area {
        case .detail: detailScroll
        case .review: (focus == .restore ? restore?.reviewScroll : wizard?.reviewScroll) ?? ScrollPosition()
        case .taskLog: taskView?.log?.scroll ?? ScrollPosition()
        }
    }

    /// Takes an extent the renderer measured: the position of its pane keeps it and its offset
    /// is clamped to it (what ``ConsoleAction/scrollExtentChanged(_:)`` does; the renderer
    /// applies it to its copy so the frame it draws is the state after that action).
    public mutating func applyScrollExtent(_ extent: ScrollExtent) {
        updateScroll(of: extent.area) { $0.resize(lines: extent.lines, rows: extent.rows) }
    }

    /// Changes the position of `area` (nothing when the wizard is closed for the review).
    mutating func updateScroll(of area: ScrollArea, _ change: (inout ScrollPosition) -> Void) {
        switch area {
        case .detail: change(&detailScroll)
        case .review where focus == .restore:
            guard var open = restore else { return }
            change(&open.reviewScroll)
            restore = open
        case .review:
            guard var open = wizard else { return }
            change(&open.reviewScroll)
            wizard = open
        case .taskLog:
            taskView?.log?.updateScroll(change)
        }
    }
}
