import ConsoleCore
import Localization

/// One row of the mouse table (with `--mouse`): a gesture over a part of the screen, what it
/// does, and how the key reference describes it.
struct PointerBinding: Sendable {
    /// The gestures that trigger it.
    var gestures: [PointerGesture]
    /// The gestures as printed.
    var gestureLabel: Bilingual
    /// Where on the screen, as printed.
    var placeLabel: Bilingual
    /// A sentence for the key reference.
    var help: Bilingual
    /// The command for a gesture over a target in a state; `nil` when the binding does not
    /// apply there.
    var command: @Sendable (PointerGesture, PointerTarget, ConsoleState) -> KeyCommand?
}
