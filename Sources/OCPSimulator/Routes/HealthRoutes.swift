import Hummingbird
import OCPAPI

/// `GET /api/v2/time` (plain text, no authentication, no envelope; the wall clock that AK/SK
/// dates are checked against, not the simulated one) and `GET /api/v2/info` (a bare object, no
/// envelope), as OCP answers them.
enum HealthRoutes {
    /// The build information the simulator reports.
    static let info: ServerInfo = {
        var info = ServerInfo(name: "ocp-server", buildVersion: "4.3.2-20241108", buildTime: "2024-11-08T10:21:33.000+08:00")
        info.group = "com.oceanbase"
        info.artifact = "ocp-server"
        info.buildJavaVersion = "1.8"
        info.springBootVersion = "2.7.18"
        return info
    }()

    static func add(to router: Router<SimulatorRequestContext>, environment: SimulatorEnvironment) {
        router.get("/api/v2/time") { _, _ -> Response in
            let configuration = environment.configuration
            let text = OCPTimestamp(date: configuration.now(), offsetSeconds: configuration.utcOffsetSeconds).raw
            return Response(
                status: .ok, headers: [.contentType: "text/plain;charset=UTF-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
        }
        let hostile = environment.configuration.fixtures == .hostile
        router.get("/api/v2/info") { _, _ -> Response in
            var answer = info
            if hostile { answer.buildVersion = HostileCorpus.string(2) }
            return ResponseFactory.json(try OCPJSON.encode(answer))
        }
    }
}
