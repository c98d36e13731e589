import ConsoleCore
import Localization
import Testing

@testable import ConsoleUI

/// Every message of the console's catalogs exists in both languages: the key table (hints,
/// help, section titles, the mouse table), the tab, step, sort and palette names, the wizard's
/// field labels and the task kinds. A Chinese text must hold Chinese characters, except the
/// product terms OCP's Chinese console keeps in English.
@Suite struct CatalogCompletenessTests {
    /// Terms OCP's Chinese console writes in English.
    static let productTerms: Set<String> = ["Endpoint", "AccessKey ID", "AccessKey Secret", "COS APPID"]

    static func hasChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value) }
    }

    /// `message` is complete: English and Chinese both set, the Chinese in Chinese.
    static func check(_ message: Bilingual, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!message.english.isEmpty, "\(what): no English", sourceLocation: sourceLocation)
        #expect(!message.chinese.isEmpty, "\(what): no Chinese for '\(message.english)'", sourceLocation: sourceLocation)
        #expect(
            hasChinese(message.chinese) || productTerms.contains(message.chinese), "\(what): '\(message.chinese)' is not Chinese",
            sourceLocation: sourceLocation)
    }

    @Test func everyKeyBindingIsInBothLanguages() {
        for binding in KeyMap.standard.bindings {
            Self.check(binding.help, "help of \(binding.keyLabel) in \(binding.context)")
            #expect(binding.hint.english.isEmpty == binding.hint.chinese.isEmpty, "hint of \(binding.keyLabel) in \(binding.context)")
            if !binding.hint.english.isEmpty { Self.check(binding.hint, "hint of \(binding.keyLabel) in \(binding.context)") }
        }
        for binding in KeyMap.pointerBindings {
            Self.check(binding.help, "mouse \(binding.gestureLabel.english)")
            Self.check(binding.gestureLabel, "mouse gesture")
            Self.check(binding.placeLabel, "mouse place")
        }
        for context in KeyContext.allCases { Self.check(context.title, "section \(context)") }
    }

    @Test func everyNameIsInBothLanguages() {
        for tab in DetailTab.allCases {
            Self.check(tab.title, "tab \(tab)")
            Self.check(DetailTabBar.shortTitle(tab), "short tab \(tab)")
        }
        for step in WizardStep.allCases { Self.check(step.title, "step \(step)") }
        for key in ClusterSortKey.allCases { Self.check(key.title, "sort \(key)") }
        for command in PaletteCommand.allCases { Self.check(command.summary, "palette \(command)") }
        for field in WizardField.allCases { Self.check(field.label, "field \(field)") }
        for kind in TaskListEntry.Kind.allCases { Self.check(kind.title, "task kind \(kind)") }
    }

    /// The Chinese labels of a step fit the wizard's label column (34 cells at most) at 80×24.
    @Test func fieldLabelsFitTheirColumn() {
        for field in WizardField.allCases {
            #expect(DisplayWidth.width(of: field.label.chinese) <= 33, "\(field): '\(field.label.chinese)'")
        }
    }
}
