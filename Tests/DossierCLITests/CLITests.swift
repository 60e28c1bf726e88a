import DossierTestSupport
import Foundation
import Testing

let factsReport = """
    {"kind":"org","name":"텐센트","native":"腾讯","aliases":["Tencent"]}
    {"kind":"orgUnit","name":"B2B클라우드&스마트산업 사업부","code":"CSIG","parent":"텐센트","established":"2018-09-30"}
    {"kind":"person","name":"치우위에펑","native":"邱跃鹏","title":"부총재","org":"텐센트"}
    {"kind":"dated","date":"2010","subject":"텐센트","summary":"개방화 전략 시행"}
    """

@Suite(.serialized) struct CLITests {
    @Test func ingestVerifyQueryAndRebuildOnATemporaryStateFolder() throws {
        let scratch = Scratch()
        let state = ["--state-dir", scratch.path + "/var"]
        let report = scratch.write("tencent.jsonl", factsReport)

        let ingest = try DossierProcess.run(["ingest"] + state + [report])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("ingested tencent.jsonl: 4 facts"))

        let copy = scratch.write("copy.jsonl", factsReport)
        let again = try DossierProcess.run(["ingest"] + state + [copy])
        #expect(again.status == 0 && again.stdout.contains("duplicate copy.jsonl"))

        let verify = try DossierProcess.run(["verify"] + state)
        #expect(verify.status == 0 && verify.stdout.contains("records:   1 (5 events)"))
        #expect(verify.stdout.contains("projections: up to date"))

        let org = try DossierProcess.run(["org", "tencent"] + state)
        #expect(org.status == 0 && org.stdout.contains("CSIG") && org.stdout.contains("치우위에펑 (邱跃鹏), 부총재"))

        let timeline = try DossierProcess.run(["timeline", "--since", "2011"] + state)
        #expect(timeline.status == 0 && timeline.stdout.contains("2018-09-30") && !timeline.stdout.contains("2010"))

        let json = try DossierProcess.run(["timeline", "--json"] + state)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["entries"] as? [Any])?.count == 2)

        let before = try Data(contentsOf: URL(fileURLWithPath: scratch.path + "/var/projections/org.json"))
        let rebuild = try DossierProcess.run(["rebuild"] + state)
        #expect(rebuild.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.path + "/var/projections/org.json")) == before)
    }

    @Test func badInputExitsNonZeroNamingTheFileAndReason() throws {
        let scratch = Scratch()
        let bad = scratch.write("broken.json", "[{\"kind\":\"nope\"}]")
        let result = try DossierProcess.run(["ingest", "--state-dir", scratch.path + "/var", bad])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.json") && result.stderr.contains("malformed"))
    }

    @Test func aBadConfigExits78NamingTheKey() throws {
        let scratch = Scratch()
        let config = scratch.write("dossier.toml", "[ingest]\nmax_bytes = 3\n")
        let result = try DossierProcess.run(["status", "--config", config])
        #expect(result.status == 78)
        #expect(result.stderr.contains("ingest.max_bytes") && result.stderr.contains("dossier.toml"))
    }

    @Test func aDamagedLogFailsVerifyNamingTheRecord() throws {
        let scratch = Scratch()
        let state = ["--state-dir", scratch.path + "/var"]
        _ = try DossierProcess.run(["ingest"] + state + [scratch.write("a.jsonl", factsReport)])
        _ = try DossierProcess.run(
            ["ingest"] + state + [scratch.write("b.jsonl", factsReport + "\n{\"kind\":\"org\",\"name\":\"광치\"}")]
        )
        let segment = scratch.path + "/var/log/events-000001.jsonl"
        var text = try String(contentsOfFile: segment, encoding: .utf8)
        text = text.replacingOccurrences(of: "邱跃鹏", with: "邱跃鵬")
        try text.write(toFile: segment, atomically: false, encoding: .utf8)
        let verify = try DossierProcess.run(["verify"] + state)
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("events-000001.jsonl:1 (sequence 1)"))
        let ingest = try DossierProcess.run(
            ["ingest"] + state + [scratch.write("c.jsonl", "{\"kind\":\"org\",\"name\":\"x\"}")]
        )
        #expect(ingest.status == 74 && ingest.stderr.contains("events-000001.jsonl:1"))
    }

    @Test func helpExplainsEveryCommand() throws {
        let help = try DossierProcess.run(["--help"])
        for command in ["ingest", "extract", "rebuild", "verify", "timeline", "org", "status"] {
            #expect(help.stdout.contains(command))
        }
        let ingestHelp = try DossierProcess.run(["ingest", "--help"])
        #expect(ingestHelp.stdout.contains("--state-dir") && ingestHelp.stdout.contains("--config"))
    }
}
