import Foundation
import Hummingbird
import OCPAPI

/// `GET /api/v2/alarm/alarms` (pages of at most 200; `appType`, `alarmType`, `level`, `status`,
/// `keyword`, `activeAtStart`, `activeAtEnd`) and `GET /api/v2/alarm/alarms/{id}` (the event in
/// `data`, as the sample has it). Only backup alarms exist here.
enum AlarmRoutes {
    static func add(to router: Router<SimulatorRequestContext>, environment: SimulatorEnvironment) {
        let state = environment.state
        let factory = environment.factory
        router.get("/api/v2/alarm/alarms") { request, context -> Response in
            let items = RequestBody.query(request)
            let paging = try PageRequest(items, maxSize: OCPClient.maxAlarmPageSize)
            let range = try TimeFilter(items, startName: "activeAtStart", endName: "activeAtEnd")
            func value(_ name: String) -> String? { items.last { $0.name == name }.flatMap { $0.value.isEmpty ? nil : $0.value } }
            var level: Int?
            if let text = value("level") {
                guard let number = Int(text), (1...5).contains(number) else { throw SimulatorAPIError.invalidParameter("level", "give 1 to 5") }
                level = number
            }
            let appType = value("appType")?.lowercased()
            let status = value("status")?.lowercased()
            let alarmType = value("alarmType")
            let keyword = value("keyword")?.lowercased()
            let events = await state.alarmEvents().filter { event in
                if let appType, appType != "backup" { return false }
                if let status, event.status?.rawValue.lowercased() != status { return false }
                if let alarmType, event.alarmType != alarmType { return false }
                if let level, event.level != level { return false }
                if let keyword, ![event.summary, event.description, event.target].contains(where: { $0?.lowercased().contains(keyword) == true }) {
                    return false
                }
                return range.overlaps(from: event.activeAt?.date, to: event.resolvedAt?.date)
            }.sorted { ($0.activeAt?.date ?? .distantPast, $0.id) > ($1.activeAt?.date ?? .distantPast, $1.id) }
            return try factory.success(paging.slice(events), started: context.started)
        }
        router.get("/api/v2/alarm/alarms/:alarmId") { _, context -> Response in
            let text = context.parameters.get("alarmId") ?? ""
            let events = await state.alarmEvents()
            guard let id = Int64(text), let event = events.first(where: { $0.id == id }) else {
                throw SimulatorAPIError(
                    status: .notFound, code: "COM10002",
                    message: "No record found: there is no alert event \(TextSanitizer.singleLine(String(text.prefix(40)))).")
            }
            return try factory.success(event, started: context.started)
        }
    }
}
