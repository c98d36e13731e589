import Foundation

/// The benchmark's command line: `[--json FILE] [--quick] [--only SECTION,…] [--ocpbackup PATH] [--dialog PATH]`.
struct BenchArguments {
    /// Where to write the JSON report.
    var jsonPath: String?
    /// Fewer keystrokes and no 100,000-cluster process run (a smoke run).
    var quick = false
    /// The sections to run (`latency`, `bytes`, `dialog`, `process`, `listing`); all when empty.
    var only: Set<String> = []
    /// The `ocpbackup` executable (default: next to this one).
    var ocpbackup: String
    /// The `dialog` executable.
    var dialog = "dialog"

    /// Reads `arguments` (without the program name).
    init(_ arguments: [String]) throws {
        let own = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        ocpbackup = URL(fileURLWithPath: own).deletingLastPathComponent().appendingPathComponent("ocpbackup").path
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--json": jsonPath = rest.popFirst()
            case "--quick": quick = true
            case "--only": only = Set((rest.popFirst() ?? "").split(separator: ",").map(String.init))
            case "--ocpbackup": ocpbackup = rest.popFirst() ?? ocpbackup
            case "--dialog": dialog = rest.popFirst() ?? dialog
            default:
                throw BenchError("unknown argument \(argument); use [--json FILE] [--quick] [--only SECTION,…] [--ocpbackup PATH] [--dialog PATH]")
            }
        }
    }

    /// Whether `section` runs.
    func runs(_ section: String) -> Bool {
        only.isEmpty || only.contains(section)
    }
}
