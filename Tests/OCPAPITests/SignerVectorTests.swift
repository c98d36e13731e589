import OCPAPI
import Testing

/// The official vectors of the OCP signing documentation and the derived vectors D3, D5, D6.
struct SignerVectorTests {
    let secret = Secret("2fc0c299cc94c6be266f2ceece765d4d")

    @Test func officialVectorOnePost() {
        let input = SigningInput(
            method: "POST", body: Array(#"{"name":"test01","description":"test","regionId":1}"#.utf8),
            contentType: "application/json", date: "Tue, 17 Jan 2023 09:13:57 GMT", host: "ocp.alibaba.net:8080",
            ocpHeaders: [("x-ocp-data", "A,1")], path: "/api/v2/compute/idcs")
        #expect(OCPSigner.md5Payload(input.body) == "186974DB33A090A16D3E2CA35F547B56")
        #expect(
            OCPSigner.stringToSign(input)
                == "POST\n186974DB33A090A16D3E2CA35F547B56\napplication/json\nTue, 17 Jan 2023 09:13:57 GMT\nocp.alibaba.net:8080\nx-ocp-data:A,1\n/api/v2/compute/idcs"
        )
        let signature = OCPSigner.sign(input, secret: secret)
        #expect(signature == "XN8P+O+v3vUabB16ZCooq5wMJoY=")
        #expect(
            OCPSigner.authorization(accessKeyId: "cqammmxBpfGjFlto", signature: signature)
                == "OCP-ACCESS-KEY-HMACSHA1 cqammmxBpfGjFlto:XN8P+O+v3vUabB16ZCooq5wMJoY=")
    }

    @Test func officialVectorTwoGetWithQuery() {
        let input = SigningInput(
            method: "GET", body: [], contentType: "application/json;charset=utf-8", date: "Tue, 17 Jan 2023 04:14:02 GMT",
            host: "ocp.alibaba.net:8080", path: "/api/v2/compute/idcs", query: [QueryItem("size", "100")])
        #expect(
            OCPSigner.stringToSign(input)
                == "GET\n\napplication/json;charset=utf-8\nTue, 17 Jan 2023 04:14:02 GMT\nocp.alibaba.net:8080\n\n/api/v2/compute/idcs?size=100")
        #expect(OCPSigner.sign(input, secret: secret) == "TsQD6HDOuZuJ409m0wdnZPmijlc=")
    }

    /// The V4.3 documentation's Java sample (`Assert.assertEquals("To11kg1EsB/dPWyDnnpuUzIUoQk=", sign)`).
    @Test func officialJavaSampleWithEncodedQuery() {
        let input = SigningInput(
            method: "GET", body: [], contentType: "application/json", date: "Mon, 15 Apr 2024 09:25:02 GMT",
            host: "127.0.0.1:8080", ocpHeaders: [("x-ocp-origin", "for-test")], path: "/api/v2/monitor/top",
            query: [
                QueryItem("startTime", "2024-04-15T14:29:55+08:00"), QueryItem("endTime", "2024-04-15T14:30:55+08:00"),
                QueryItem("maxPoints", "360"), QueryItem("metrics", "host_disk_total"), QueryItem("labels", "svr_ip:127.0.0.1"),
                QueryItem("groupBy", "app,svr_ip,device,mount_point"),
            ])
        #expect(
            OCPSigner.stringToSign(input).hasSuffix(
                "/api/v2/monitor/top?endTime=2024-04-15T14%3A30%3A55%2B08%3A00&groupBy=app%2Csvr_ip%2Cdevice%2Cmount_point&labels=svr_ip%3A127.0.0.1&maxPoints=360&metrics=host_disk_total&startTime=2024-04-15T14%3A29%3A55%2B08%3A00"
            ))
        #expect(OCPSigner.sign(input, secret: Secret("d75332c5eed8d440a84a35ac6248d397")) == "To11kg1EsB/dPWyDnnpuUzIUoQk=")
    }

    @Test func derivedVectorD3SortsQueryKeys() {
        let input = SigningInput(
            method: "GET", body: [], contentType: "application/json", date: "Tue, 17 Jan 2023 04:14:02 GMT",
            host: "ocp.alibaba.net:8080", path: "/api/v2/ob/clusters", query: [QueryItem("size", "10"), QueryItem("page", "1")])
        #expect(OCPSigner.stringToSign(input).hasSuffix("\n/api/v2/ob/clusters?page=1&size=10"))
        #expect(OCPSigner.sign(input, secret: secret) == "UhbZ1eiV9tRLSO0q5Q45eIcExYc=")
    }

    @Test func derivedVectorD5SignsOCPHeader() {
        let input = SigningInput(
            method: "GET", body: [], contentType: "application/json", date: "Tue, 17 Jan 2023 04:14:02 GMT",
            host: "127.0.0.1:8080", ocpHeaders: [("x-ocp-origin", "tui")], path: "/api/v2/ob/clusters/1/backup/ability")
        #expect(OCPSigner.stringToSign(input).contains("\n127.0.0.1:8080\nx-ocp-origin:tui\n/api/v2/ob/clusters/1/backup/ability"))
        #expect(OCPSigner.sign(input, secret: secret) == "OtzpUiiYEvL1sC3VKsdvSgYLUGM=")
    }

    @Test func derivedVectorD6HashesTheExactBody() throws {
        let body = BackupStrategyRequest(
            backupMode: .physical,
            obBackupScheduleConfig: BackupScheduleConfig(
                backupScheduleMode: .week, backupScheduleTime: "02:00:00.000+08:00", dayAndDataBackupModelMap: ["2": .full],
                startLogBackup: true),
            obBackupThresholdConfig: nil, obBackupServiceStorageConfig: nil)
        let request = try OCPClient.createStrategyRequest(clusterId: 1, body: body)
        let bytes = try #require(request.body)
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == #"{"backupMode":"PHYSICAL_BACKUP","obBackupScheduleConfig":{"backupScheduleMode":"WEEK","backupScheduleTime":"02:00:00.000+08:00","dayAndDataBackupModelMap":{"2":"FULL_BACKUP"},"startLogBackup":true}}"#
        )
        #expect(OCPSigner.md5Payload(bytes) == "22DB79672A63D8B59205173ADF7F43A6")
        let input = SigningInput(
            method: "POST", body: bytes, contentType: "application/json", date: "Tue, 17 Jan 2023 04:14:02 GMT",
            host: "127.0.0.1:8080", path: request.path)
        #expect(OCPSigner.sign(input, secret: secret) == "+Vsd/yL5+THjJMRJySfpCWBeRzs=")
    }

    @Test func md5IsEmptyForNoBodyAndPaddedUppercaseOtherwise() {
        #expect(OCPSigner.md5Payload([]) == "")
        let md5 = OCPSigner.md5Payload(Array("a".utf8))
        #expect(md5 == "0CC175B9C0F1B6A831C399E269772661")
        #expect(md5.count == 32)
    }

    @Test func ocpHeadersAreFilteredSortedAndJoined() {
        let lines = OCPSigner.ocpHeaderLines([
            ("x-ocp-zeta", "1"), ("Content-Type", "application/json"), ("x-ocp-alpha", "b"), ("x-ocp-alpha", "a"), ("x-ocpraw", "y"),
        ])
        #expect(lines == "x-ocp-alpha:b,a\nx-ocp-zeta:1\nx-ocpraw:y")
    }

    @Test func verificationAcceptsOnlyTheRightSignature() {
        let text = "GET\n\napplication/json\nTue, 17 Jan 2023 04:14:02 GMT\nh:1\n\n/api/v2/time"
        let good = OCPSigner.signature(stringToSign: text, secret: secret)
        #expect(OCPSigner.isValid(signature: good, stringToSign: text, secret: secret))
        #expect(!OCPSigner.isValid(signature: good, stringToSign: text + "x", secret: secret))
        #expect(!OCPSigner.isValid(signature: "not base64!", stringToSign: text, secret: secret))
    }
}
