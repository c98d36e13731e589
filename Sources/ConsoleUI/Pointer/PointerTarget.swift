/// What is under the mouse pointer on the console's screen.
public enum PointerTarget: Equatable, Sendable {
    /// A cluster row of the list: the visible row at this index.
    case listRow(Int)
    /// The list pane outside its rows (frame, titles, footer, empty rows).
    case list
    /// The detail pane.
    case detail
    /// The wizard's review step.
    case review
    /// The task view.
    case taskView
    /// Anything else: the header, the flash and hint lines, another wizard step, a screen below
    /// the minimum size.
    case elsewhere

    /// Whether it is a cluster row.
    var isListRow: Bool {
        if case .listRow = self { return true }
        return false
    }
}
