import ConsoleCore
import ConsoleUI
import Testing

/// A named console state with render options, for golden screens.
struct Scene: Sendable, CustomTestStringConvertible {
    /// The golden file's base name.
    var name: String
    /// The state.
    var state: ConsoleState
    /// The options.
    var options = RenderOptions(address: "https://ocp.example.com:8080", principal: "admin")

    var testDescription: String { name }
}
