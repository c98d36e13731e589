import ConsoleCore
import OCPAPI

/// One field of the restore wizard as a line: the focus marker, the label, the value (choices
/// or an input box, the secret masked) and the message beside it, wrapped below when it does
/// not fit.
struct RestoreFieldLine {
    /// The wizard.
    let wizard: RestoreWizardState
    /// Whether to use ASCII marks.
    let ascii: Bool
    /// The label column's width.
    let labelWidth: Int

    /// The lines of `field` in `width` cells, `indent` cells in.
    func lines(_ field: RestoreField, width: Int, indent: Int = 0) -> [[Span]] {
        let focused = field == wizard.focusedField && wizard.draftOffer == nil
        let marker = focused ? (ascii ? "> " : "▶ ") : "  "
        var line = [
            Span(String(repeating: " ", count: indent)), Span(marker, .accent, style: .bold),
            Span(DisplayWidth.pad(field.label.text(in: wizard.language), toWidth: labelWidth), focused ? .selection : .normal), Span(" "),
        ]
        line += value(of: field, focused: focused, room: width - indent - 3 - labelWidth)
        guard let message = wizard.fieldErrors[field] else { return [line] }
        let used = line.reduce(0) { $0 + $1.width }
        if used + 4 + DisplayWidth.width(of: message) <= width { return [line + [Span("  ✗ " + message, .error)]] }
        return [line] + PaneText.wrapped("✗ " + message, role: .error, width: width, indent: String(repeating: " ", count: indent + labelWidth + 3))
    }

    /// The value of `field` in `room` cells.
    func value(of field: RestoreField, focused: Bool, room: Int) -> [Span] {
        let form = wizard.form
        switch field {
        case .sourceKind:
            return choices([("Known to OCP", !form.offline), ("Offline", form.offline)])
        case .offlineMode:
            return choices([("Physical", form.offlineMode == .physical), ("Logical", form.offlineMode == .logical)])
        case .offlineStorage(.type):
            return choices([("FILE", form.storage.type == .file), ("OSS", form.storage.type == .oss), ("COS", form.storage.type == .cos)])
        case .zoneReplica(let index):
            let replica = form.zones.indices.contains(index) ? form.zones[index].replica : nil
            return [Span(replica?.rawValue ?? "not used", replica == nil ? .disabled : .accent, style: .bold)]
                + (focused ? [Span("  Space: FULL → LOGONLY → READONLY → not used", .muted)] : [])
        case .confirmName:
            return InputBox.spans(wizard.confirmText, focused: focused, room: room)
        case .sourceTenant, .target:
            return []
        default:
            var text = TextSanitizer.singleLine(form.text(of: field))
            if field.isSecret { text = text.isEmpty ? "" : String(repeating: ascii ? "*" : "•", count: 8) }
            return InputBox.spans(text, focused: focused, room: room)
        }
    }

    private func choices(_ items: [(String, Bool)]) -> [Span] {
        items.flatMap { item -> [Span] in
            let (label, chosen) = item
            return [Span((chosen ? (ascii ? "(*)" : "(•)") : "( )") + " " + label + "  ", chosen ? .accent : .normal, style: chosen ? .bold : [])]
        }
    }
}
