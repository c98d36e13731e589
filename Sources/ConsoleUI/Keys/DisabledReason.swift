/// Why a key binding is disabled now; the help shows it before the binding's sentence.
enum DisabledReason: Equatable, Sendable {
    /// A change to OCP while the console is read-only.
    case readOnly
    /// A strategy command the shown cluster does not allow now (the detail pane says why), or
    /// no cluster is shown.
    case unavailable
    /// An operation (back up now, pause or resume, retry) not possible now, for this reason.
    case notNow(String)

    /// The help's prefix for the binding's sentence.
    var helpPrefix: String {
        switch self {
        case .readOnly: "(read-only) "
        case .unavailable: "(unavailable) "
        case .notNow(let reason): "(not now: \(reason)) "
        }
    }
}
