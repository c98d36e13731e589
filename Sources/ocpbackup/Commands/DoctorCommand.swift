import ArgumentParser
import Foundation
import OCPAPI

/// `ocpbackup doctor`: is everything in place to talk to OCP and draw the console?
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the connection, authentication, clock skew, terminal, locale and paths.",
        discussion: "Exits 0 when nothing failed, 3 when OCP cannot be reached or refuses the credentials, 1 for other failures."
    )

    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        var checks: [DoctorCheck] = [
            DoctorCheck(outcome: .info, title: "Version", detail: "ocpbackup \(OCPBackupCommand.configuration.version)"),
            DoctorCheck(outcome: .info, title: "Config file", detail: ConfigFile.defaultPath(environment: environment)),
            DoctorCheck(outcome: .info, title: "State directory", detail: StatePaths.directory(environment: environment)),
        ]
        checks += EnvironmentFacts.checks(environment: environment)
        var exitCode: Int32 = 0
        do {
            try await ClientSession.with(connection) { session throws(CommandFailure) in
                checks += await Self.serverChecks(session)
            }
        } catch {
            checks.append(DoctorCheck(outcome: .failed, title: "Connection", detail: error.message.replacingOccurrences(of: "error: ", with: "")))
            exitCode = error.exitCode
        }
        for check in checks { print(check.line) }
        let failed = checks.filter { $0.outcome == .failed }.map(\.title)
        if exitCode == 0, !failed.isEmpty {
            exitCode = failed.contains("Authentication") || failed.contains("Reachable") ? 3 : 1
        }
        if exitCode != 0 { throw CommandFailure(message: "", exitCode: exitCode) }
    }

    /// Reachability and clock (`/api/v2/time`, no authentication), then authentication and the
    /// OCP version (`/api/v2/info`).
    static func serverChecks(_ session: ClientSession) async -> [DoctorCheck] {
        let settings = session.settings
        var checks = [
            DoctorCheck(
                outcome: .info, title: "OCP",
                detail: "\(settings.baseURL) as \(settings.credentials.principal) (\(settings.credentials.schemeName))"
                    + (settings.profileName.map { ", profile \($0)" } ?? "") + (settings.readonly ? ", read-only" : ""))
        ]
        let usesAccessKey = settings.credentials.schemeName == "access-key"
        do {
            let sent = Date()
            let time = try await session.client.serverTime()
            let received = Date()
            checks.append(DoctorCheck(outcome: .ok, title: "Reachable", detail: "OCP answered /api/v2/time"))
            if let serverDate = time.value.date {
                let local = sent.addingTimeInterval(received.timeIntervalSince(sent) / 2)
                checks.append(ClockSkew.check(skew: serverDate.timeIntervalSince(local), usesAccessKey: usesAccessKey))
            }
        } catch {
            checks.append(DoctorCheck(outcome: .failed, title: "Reachable", detail: error.summary + " — " + error.nextStep))
            return checks
        }
        do {
            let info = try await session.client.serverInfo()
            checks.append(DoctorCheck(outcome: .ok, title: "Authentication", detail: "accepted"))
            let version = info.value.ocpVersion ?? info.value.buildVersion ?? "unknown"
            checks.append(DoctorCheck(outcome: .info, title: "OCP version", detail: TextSanitizer.singleLine(version)))
        } catch {
            checks.append(DoctorCheck(outcome: .failed, title: "Authentication", detail: error.summary + " — " + error.nextStep))
        }
        return checks
    }
}
