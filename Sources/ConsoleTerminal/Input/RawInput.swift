import ConsoleUI

/// One thing `wget_wch` returned, before it is decoded into a ``Key``.
public enum RawInput: Sendable, Hashable {
    /// A character code (`OK` from `wget_wch`): a Unicode scalar value, or a control code.
    case character(UInt32)
    /// A key code (`KEY_CODE_YES` from `wget_wch`), such as `KEY_UP`.
    case keyCode(Int32)
    /// A mouse event, already read with `getmouse`.
    case mouse(MouseEvent)
    /// The terminal changed size (`KEY_RESIZE`).
    case resize
}
