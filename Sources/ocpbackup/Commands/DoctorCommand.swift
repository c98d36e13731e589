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

    /// Reachability and clock, then authentication and the OCP version (`/api/v2/info`).
    ///
    /// `/api/v2/time` is asked without credentials first; any HTTP answer proves OCP answered. A
    /// server that protects every path refuses it, so it is asked again with credentials. The
    /// clock skew is measured from OCP's time, or else from the refusal itself (its timestamp, or
    /// the `Date` header every HTTP answer carries), so it is seen even when the signature fails
    /// because of the skew.
    static func serverChecks(_ session: ClientSession) async -> [DoctorCheck] {
        let settings = session.settings
        var checks = [
            DoctorCheck(
                outcome: .info, title: "OCP",
                detail: "\(settings.baseURL) as \(settings.credentials.principal) (\(settings.credentials.schemeName))"
                    + (settings.profileName.map { ", profile \($0)" } ?? "") + (settings.readonly ? ", read-only" : ""))
        ]
        let usesAccessKey = settings.credentials.schemeName == "access-key"
        var (clock, local) = await Self.time(session.client, authenticated: false)
        switch clock {
        case .success:
            checks.append(DoctorCheck(outcome: .ok, title: "Reachable", detail: "OCP answered /api/v2/time"))
        case .failure(let error) where error.httpStatus == nil:
            checks.append(DoctorCheck(outcome: .failed, title: "Reachable", detail: error.summary + " — " + error.nextStep))
            return checks
        case .failure(let error) where error.kind == .authentication:
            checks.append(
                DoctorCheck(
                    outcome: .ok, title: "Reachable",
                    detail: "OCP answered (HTTP \(error.httpStatus ?? 0): /api/v2/time needs credentials here; asked again with credentials)"))
            (clock, local) = await Self.time(session.client, authenticated: true)
        case .failure(let error):
            checks.append(DoctorCheck(outcome: .ok, title: "Reachable", detail: "the server answered /api/v2/time: " + error.summary))
        }
        switch clock {
        case .success(let serverDate):
            checks.append(ClockSkew.check(skew: serverDate.timeIntervalSince(local), usesAccessKey: usesAccessKey))
        case .failure(let error):
            if let serverDate = error.serverDate {
                checks.append(ClockSkew.check(skew: serverDate.timeIntervalSince(local), usesAccessKey: usesAccessKey))
            } else {
                checks.append(DoctorCheck(outcome: .warning, title: "Clock", detail: "not measured: " + error.summary))
            }
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

    /// OCP's clock from `/api/v2/time`, and this machine's at the middle of the exchange.
    private static func time(_ client: OCPClient, authenticated: Bool) async -> (Result<Date, OCPAPIError>, local: Date) {
        let sent = Date()
        let result: Result<Date, OCPAPIError>
        do {
            let time = try await client.serverTime(authenticated: authenticated)
            result = time.value.date.map { .success($0) } ?? .failure(OCPAPIError(kind: .decoding, message: "The server time could not be read."))
        } catch {
            result = .failure(error)
        }
        return (result, sent.addingTimeInterval(Date().timeIntervalSince(sent) / 2))
    }
}
