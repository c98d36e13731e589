import Foundation
import Localization
import OCPAPI

extension ConsoleFeature {
    /// Exporting the reviewed request body as a strategy file.
    func reduceExport(_ state: inout ConsoleState, action: WizardAction) -> Effect<ConsoleAction> {
        switch action {
        case .export(let path):
            guard let wizard = state.wizard, wizard.step == .review, wizard.review != nil else {
                return flash(
                    Bilingual(
                        "Export works on the wizard's review step: finish the steps first, then x or :export.",
                        "导出只能在向导的审阅步骤使用：请先完成各步骤，再按 x 或 :export。"),
                    tone: .error, in: &state)
            }
            guard let export = Self.export(of: wizard, path: path) else {
                return flash(Bilingual("The request body could not be encoded; nothing was written.", "无法编码请求体；没有写入任何内容。"), tone: .error, in: &state)
            }
            let write = dependencies.strategyFiles.write
            return .task(id: "export") { .wizard(.exportFinished(await write(export))) }
        case .exportFinished(.success(let path)):
            let written = TextSanitizer.singleLine(path)
            return flash(Bilingual("Wrote \(written) (secrets as ******).", "已写入 \(written)（密钥写为 ******）。"), in: &state)
        case .exportFinished(.failure(let failure)):
            return flash(failure.message, tone: .error, in: &state)
        default:
            return .none
        }
    }

    /// The export of the wizard's request, secrets masked; `nil` when it cannot be encoded.
    static func export(of wizard: WizardState, path: String?) -> StrategyExport? {
        let request = wizard.form.request(options: wizard.options)
        guard let encoded = try? OCPJSON.encode(request), let body = try? JSONValue.parse(encoded) else { return nil }
        let trimmed = path?.trimmingCharacters(in: .whitespaces)
        return StrategyExport(
            clusterId: wizard.clusterId, clusterName: wizard.options.cluster.name, body: body.maskingSecrets(),
            path: trimmed?.isEmpty == false ? trimmed : nil)
    }
}
