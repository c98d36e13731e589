import CNCursesW
import ConsoleUI

/// Turns what ncurses reads into ``Key``s: key codes into named keys, control codes into
/// Enter, Tab, Backspace, Esc and Ctrl-letters, and Esc followed by a character (read within
/// the Esc delay, so in the same batch) into Alt-character.
public enum KeyDecoder {
    /// One decoded input: a key, or a change of terminal size.
    public enum Decoded: Sendable, Hashable {
        /// A key press.
        case key(Key)
        /// The terminal changed size.
        case resize
    }

    /// Decodes a batch of inputs read together.
    public static func decode(_ inputs: [RawInput]) -> [Decoded] {
        var decoded: [Decoded] = []
        var index = 0
        while index < inputs.count {
            let input = inputs[index]
            index += 1
            switch input {
            case .character(0x1B):
                if index < inputs.count, case .character(let next) = inputs[index], let printable = printableCharacter(next) {
                    decoded.append(.key(.alt(printable)))
                    index += 1
                } else {
                    decoded.append(.key(.escape))
                }
            case .character(let code):
                decoded.append(.key(key(forCharacter: code)))
            case .keyCode(let code):
                decoded.append(code == KEY_RESIZE ? .resize : .key(key(forKeyCode: code)))
            case .mouse(let event):
                decoded.append(.key(.mouse(event)))
            case .resize:
                decoded.append(.resize)
            }
        }
        return decoded
    }

    /// The key for a character code that arrived on its own.
    public static func key(forCharacter code: UInt32) -> Key {
        switch code {
        case 0x09: return .tab
        case 0x0A, 0x0D: return .enter
        case 0x08, 0x7F: return .backspace
        case 0x1B: return .escape
        case 0x01...0x1A:
            return .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        default:
            if let printable = printableCharacter(code) { return .character(printable) }
            return .unknown(Int(code))
        }
    }

    /// The key for an ncurses key code (`KEY_*`).
    public static func key(forKeyCode code: Int32) -> Key {
        if let named = namedKeys[code] { return named }
        let firstFunction = cnc_key_f(0)
        if code > firstFunction, code <= firstFunction + 63 { return .function(Int(code - firstFunction)) }
        return .unknown(Int(code))
    }

    private static func printableCharacter(_ code: UInt32) -> Character? {
        guard code >= 0x20, code != 0x7F, !(0x80...0x9F).contains(code), let scalar = Unicode.Scalar(code) else { return nil }
        return Character(scalar)
    }

    private static let namedKeys: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
        KEY_DC: .delete, KEY_IC: .insert, KEY_BACKSPACE: .backspace, KEY_ENTER: .enter,
        KEY_BTAB: .backTab,
    ]
}
