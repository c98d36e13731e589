import CNCursesW
import ConsoleUI

extension CursesScreen {
    /// Everything ncurses can hand over without waiting: keys already typed, including those
    /// it has buffered itself, mouse events and resizes; `consumed` tells whether ncurses took
    /// any input at all, since a mouse report may yield no event (a press ncurses folds into its
    /// own button state). Empty and not consumed when nothing is pending. (The window is in
    /// no-delay mode; waiting happens in `poll(2)`.)
    public func readAvailableInput() -> (inputs: [RawInput], consumed: Bool) {
        var inputs: [RawInput] = []
        var consumed = false
        while inputs.count < 4096 {
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            if status == OK || status == KEY_CODE_YES { consumed = true }
            if status == OK {
                inputs.append(.character(UInt32(value)))
            } else if status == KEY_CODE_YES {
                let code = Int32(bitPattern: value)
                if code == KEY_RESIZE {
                    inputs.append(.resize)
                } else if code == KEY_MOUSE {
                    inputs += readMouseEvents().map(RawInput.mouse)
                } else {
                    inputs.append(.keyCode(code))
                }
            } else {
                break
            }
        }
        return (inputs, consumed)
    }

    /// Every mouse event ncurses has queued, oldest first. ncurses may parse several reports
    /// that arrived together behind one `KEY_MOUSE`, and `getmouse` hands them out newest first.
    private func readMouseEvents() -> [MouseEvent] {
        var events: [MouseEvent] = []
        var event = MEVENT()
        while events.count < 64, getmouse(&event) == OK {
            events.append(mouseEvent(from: event))
        }
        return events.reversed()
    }

    private func mouseEvent(from event: MEVENT) -> MouseEvent {
        let buttons = event.bstate
        let kind: MouseEvent.Kind
        if buttons & cnc_button4_pressed() != 0 {
            kind = .scrollUp
        } else if buttons & cnc_button5_pressed() != 0 {
            kind = .scrollDown
        } else if buttons & cnc_button1_clicked() != 0 {
            kind = .click(button: 1)
        } else if buttons & cnc_button1_pressed() != 0 {
            kind = .press(button: 1)
        } else if buttons & cnc_button1_released() != 0 {
            kind = .release(button: 1)
        } else if buttons & (cnc_button2_clicked() | cnc_button2_pressed()) != 0 {
            kind = .click(button: 2)
        } else if buttons & (cnc_button3_clicked() | cnc_button3_pressed()) != 0 {
            kind = .click(button: 3)
        } else {
            kind = .other
        }
        return MouseEvent(kind: kind, position: CellPosition(row: Int(event.y), column: Int(event.x)))
    }
}
