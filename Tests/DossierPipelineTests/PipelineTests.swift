import DossierConfig
import DossierEventLog
import DossierExtraction
import DossierModel
import DossierProjection
import Foundation
import Logging
import Testing

@testable import DossierPipeline

final class StateFolder {
    let root: String
    var configuration: Configuration

    init() {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-state-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        configuration = Configuration()
        configuration.stateDirectory = root + "/var"
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func pipeline() throws -> Pipeline {
        try Self.pipeline(configuration)
    }

    static func pipeline(_ configuration: Configuration, useCheckpoint: Bool = true) throws -> Pipeline {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        return try Pipeline(
            configuration: configuration,
            extractor: Extractor(lexicon: .builtIn),
            logger: logger,
            useCheckpoint: useCheckpoint
        )
    }

    @discardableResult
    func report(_ name: String, _ facts: [Fact]) throws -> String {
        let path = root + "/" + name
        try facts.map(ExchangeFormat.line).joined(separator: "\n").write(
            toFile: path,
            atomically: true,
            encoding: .utf8
        )
        return path
    }

    func projection(_ name: String) -> Data? {
        FileManager.default.contents(atPath: configuration.projectionsDirectory + "/" + name)
    }

    func projectionFiles() -> [String: Data] {
        let folder = configuration.projectionsDirectory
        var files: [String: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            files[name] = FileManager.default.contents(atPath: folder + "/" + name)
        }
        return files
    }
}

let tencentFacts: [Fact] = [
    .org(OrgFact(name: "텐센트", native: "腾讯", aliases: ["Tencent"])),
    .orgUnit(
        OrgUnitFact(
            name: "B2B클라우드&스마트산업 사업부",
            code: "CSIG",
            parent: "텐센트",
            established: PartialDate(iso: "2018-09-30")
        )
    ),
    .person(PersonFact(name: "치우위에펑", native: "邱跃鹏", title: "부총재", org: "텐센트")),
    .presentation(PresentationFact(person: "치우위에펑", topic: "텐센트 클라우드 사업 현황")),
    .metric(MetricFact(subject: "텐센트", what: "서버 수", value: 1_000_000, unit: "대", qualifier: .atLeast)),
    .dated(DatedFact(date: PartialDate(iso: "2010")!, subject: "텐센트", summary: "개방화 전략 시행")),
    .event(
        EventFact(
            name: "텐센트 글로벌 디지털 생태계 서밋",
            start: PartialDate(iso: "2019-05-21"),
            end: PartialDate(iso: "2019-05-23"),
            place: "쿤밍",
            region: "윈난성"
        )
    ),
]

let englishFacts: [Fact] = [
    .org(OrgFact(name: "Tencent", native: "腾讯")),
    .person(PersonFact(name: "Qiu Yuepeng", native: "邱跃鹏", title: "Vice President", org: "Tencent", unit: "CSIG")),
    .dated(DatedFact(date: PartialDate(iso: "2018-09")!, subject: "Tencent", summary: "reorganisation")),
]

@Suite struct PipelineTests {
    @Test func ingestingTheSameContentTwiceAddsNothing() throws {
        let state = StateFolder()
        let first = try state.report("a.jsonl", tencentFacts)
        let copy = state.root + "/renamed-copy.jsonl"
        try FileManager.default.copyItem(atPath: first, toPath: copy)
        do {
            let pipeline = try state.pipeline()
            let outcomes = try pipeline.ingest(paths: [first])
            guard case .ingested(_, _, let facts) = outcomes.first else {
                Issue.record("not ingested")
                return
            }
            #expect(facts == tencentFacts.count)
            let again = try pipeline.ingest(paths: [copy, first])
            #expect(again.allSatisfy { if case .duplicate = $0 { true } else { false } })
            #expect(pipeline.head.sequence == 1)
        }
        // Also after a restart, and within one call.
        let reopened = try state.pipeline()
        #expect(reopened.state.reports.count == 1)
        let outcome = try reopened.ingest(paths: [copy])
        #expect(outcome.count == 1 && reopened.head.sequence == 1)
    }

    @Test func twoReportsNamingTheSamePersonMergeIntoOneEntity() throws {
        let state = StateFolder()
        let pipeline = try state.pipeline()
        _ = try pipeline.ingest(paths: [
            try state.report("ko.jsonl", tencentFacts), try state.report("en.jsonl", englishFacts),
        ])
        let doc = pipeline.state.orgDocument
        // 텐센트 and Tencent are one organisation (腾讯 and the alias link them).
        #expect(doc.organizations.filter { $0.name == "텐센트" }.count == 1)
        #expect(!doc.organizations.contains { $0.name == "Tencent" })
        let people = doc.organizations.flatMap(\.people)
        #expect(people.count == 1)
        let person = try #require(people.first)
        #expect(person.name == "치우위에펑" && person.native == "邱跃鹏")
        #expect(person.otherNames == ["Qiu Yuepeng"])
        #expect(person.title == "Vice President" && person.unit == "CSIG")
        #expect(person.titleHistory.map(\.title) == ["부총재", "Vice President"])
        #expect(person.sources.count == 2)
        #expect(doc.organizations[0].units.first?.people == ["치우위에펑"])
    }

    @Test func rebuildGivesByteIdenticalProjections() throws {
        let state = StateFolder()
        do {
            let pipeline = try state.pipeline()
            _ = try pipeline.ingest(paths: [try state.report("ko.jsonl", tencentFacts)])
            _ = try pipeline.ingest(paths: [try state.report("en.jsonl", englishFacts)])
        }
        let incremental = state.projectionFiles()
        #expect(
            Set(incremental.keys) == [
                "org.json", "org.md", "timeline.json", "timeline.md", "status.json", "index.html", "org.dot",
                "timeline.ics",
            ]
        )
        try FileManager.default.removeItem(atPath: state.configuration.projectionsDirectory)
        let pipeline = try state.pipeline()
        try pipeline.writeProjections()
        #expect(state.projectionFiles() == incremental)
    }

    @Test func projectionsKeptUpReportByReportEqualARebuild() throws {
        // Each ingest renders with the pieces the pipeline kept from the one before (RenderCache);
        // a fresh pipeline renders everything from the log: the files must be the same bytes.
        let state = StateFolder()
        do {
            let pipeline = try state.pipeline()
            _ = try pipeline.ingest(paths: [try state.report("ko.jsonl", tencentFacts)])
            _ = try pipeline.ingest(paths: [try state.report("en.jsonl", englishFacts)])
            for i in 1...12 {
                let facts: [Fact] = [
                    .org(OrgFact(name: "Org \(i % 5)", aliases: i % 4 == 0 ? ["Tencent"] : nil)),
                    .person(PersonFact(name: "Person \(i % 3)", title: "Title \(i)", org: "Org \(i % 5)")),
                    .orgUnit(OrgUnitFact(name: "Unit \(i % 2)", code: "U\(i % 2)", parent: "Org \(i % 5)")),
                    .metric(MetricFact(subject: "Org \(i % 5)", what: "figure", value: Double(i) / 3)),
                    .dated(DatedFact(date: PartialDate(iso: "20\(10 + i)")!, subject: "Org \(i % 5)", summary: "step")),
                ]
                _ = try pipeline.ingest(paths: [try state.report("r\(i).jsonl", facts)])
            }
        }
        let incremental = state.projectionFiles()
        try FileManager.default.removeItem(atPath: state.configuration.projectionsDirectory)
        let pipeline = try StateFolder.pipeline(state.configuration, useCheckpoint: false)
        try pipeline.writeProjections()
        #expect(
            state.projectionFiles().filter { !$0.key.hasPrefix(".") } == incremental.filter { !$0.key.hasPrefix(".") }
        )
    }

    @Test func timelineSortsPartialDates() throws {
        let state = StateFolder()
        let pipeline = try state.pipeline()
        _ = try pipeline.ingest(paths: [
            try state.report("ko.jsonl", tencentFacts), try state.report("en.jsonl", englishFacts),
        ])
        let dates = pipeline.state.timelineEntries.map(\.date.iso)
        #expect(dates == ["2010", "2018-09", "2018-09-30", "2019-05-21"])
        let markdown = try #require(state.projection("timeline.md")).description
        #expect(!markdown.isEmpty)
        let text = String(decoding: try #require(state.projection("timeline.md")), as: UTF8.self)
        #expect(text.contains("| 2019-05-21 – 2019-05-23 | 텐센트 글로벌 디지털 생태계 서밋 |"))
    }

    @Test func projectionsRecordTheLogHeadAndAreRenderedAgainWhenTheyDoNotMatch() throws {
        let state = StateFolder()
        do {
            let pipeline = try state.pipeline()
            _ = try pipeline.ingest(paths: [try state.report("ko.jsonl", tencentFacts)])
        }
        let status = try JSONDecoder().decode(StatusDocument.self, from: try #require(state.projection("status.json")))
        #expect(status.checkpoint.sequence == 1)
        // Projections from elsewhere (or from a longer log) are detected and replaced on open.
        var stale = status
        stale.checkpoint = Checkpoint(sequence: 9, hash: String(repeating: "a", count: 64))
        try Data(ProjectionRenderer.json(stale)).write(
            to: URL(fileURLWithPath: state.configuration.projectionsDirectory + "/status.json")
        )
        _ = try state.pipeline()
        let fixed = try JSONDecoder().decode(StatusDocument.self, from: try #require(state.projection("status.json")))
        #expect(fixed.checkpoint == status.checkpoint)
    }

    @Test func malformedInputIsRefusedWithTheReasonAndChangesNothing() throws {
        let state = StateFolder()
        let pipeline = try state.pipeline()
        let bad = state.root + "/bad.json"
        try #"[{"kind":"person"}]"#.write(toFile: bad, atomically: true, encoding: .utf8)
        let empty = state.root + "/empty.txt"
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        let outcomes = try pipeline.ingest(paths: [bad, empty, state.root + "/missing.txt"])
        var reasons: [String] = []
        for outcome in outcomes {
            switch outcome {
            case .rejected(_, _, _, let error), .unreadable(let error): reasons.append(error.description)
            default: Issue.record("accepted \(outcome)")
            }
        }
        #expect(reasons[0].contains("bad.json") && reasons[0].contains("missing `name`"))
        #expect(reasons[1].contains("empty.txt") && reasons[1].contains("empty"))
        #expect(reasons[2].contains("missing.txt") && reasons[2].contains("gone"))
        #expect(pipeline.head.sequence == 0)
    }

    @Test func theDaemonModeRecordsRejectionsOnce() throws {
        let state = StateFolder()
        let pipeline = try state.pipeline()
        pipeline.recordsRejections = true
        let binary = state.root + "/binary.txt"
        _ = FileManager.default.createFile(atPath: binary, contents: Data([0x00, 0x01, 0xff]))
        _ = try pipeline.ingest(paths: [binary])
        _ = try pipeline.ingest(paths: [binary])
        #expect(pipeline.head.sequence == 1)
        #expect(pipeline.state.rejected.map(\.code) == ["not-text"])
    }
}

@Suite struct SeedReportTests {
    /// The seed report through the real extractor, log and projections.
    @Test func theSeedShowsTencentWithItsUnitsPeopleAndTimeline() throws {
        let state = StateFolder()
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("DossierExtractionTests/Fixtures/tencent-summit.txt").path
        let pipeline = try state.pipeline()
        _ = try pipeline.ingest(paths: [seed])
        let org = String(decoding: try #require(state.projection("org.md")), as: UTF8.self)
        for expected in [
            "## 텐센트", "B2B클라우드&스마트산업 사업부** (CSIG), established 2018-09-30",
            "B2C 플랫폼 및 콘텐츠 사업부** (PCG), established 2018-09-30", "**리우츠핑**, 총재",
            "**치우위에펑** (邱跃鹏), 부총재", "**린징화** (林璟骅), 부총재", "**종시앙핑** (钟翔平), 부총재",
            "**딩커** (丁珂), 부총재", "텐센트 클라우드 사업 현황",
        ] {
            #expect(org.contains(expected), "org.md lacks \(expected)")
        }
        let timeline = String(decoding: try #require(state.projection("timeline.md")), as: UTF8.self)
        #expect(timeline.contains("| 2010 |") && timeline.contains("| 2018-09-30 |"))
        #expect(timeline.contains("--05-21 – --05-23 | 텐센트 글로벌 디지털 생태계 서밋 | 텐센트 | 쿤밍, 윈난성 |"))
        #expect(timeline.components(separatedBy: "텐센트 글로벌 디지털 생태계 서밋 |").count == 2)
    }
}

@Suite struct StateCheckpointTests {
    func fullReplay(_ state: StateFolder) throws -> ProjectionState {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        return try Pipeline(
            configuration: state.configuration,
            extractor: Extractor(lexicon: .builtIn),
            logger: logger,
            useCheckpoint: false
        ).state
    }

    /// `writeProjections` saves a due checkpoint on another thread while it writes the files
    /// (session 8, docs/performance.md): what that thread saves reads back as what saving on the
    /// caller's thread gives, and a failure comes back to the caller.
    @Test func aCheckpointSavedInTheBackgroundIsTheOneSavedInTheForeground() throws {
        let state = StateFolder()
        let pipeline = try state.pipeline()
        _ = try pipeline.ingest(paths: [try state.report("ko.jsonl", tencentFacts)])
        _ = try pipeline.ingest(paths: [try state.report("en.jsonl", englishFacts)])
        let location: LogLocation? = nil
        let folder = state.configuration.projectionsDirectory
        try StateCheckpoint.save(pipeline.state, location: location, path: folder + "/foreground")
        let background = CheckpointInBackground(pipeline.state, location: location, path: folder + "/background")
        guard case .success = background.wait() else {
            Issue.record("the checkpoint was not saved")
            return
        }
        let foreground = try #require(StateCheckpoint.load(path: folder + "/foreground"))
        let saved = try #require(StateCheckpoint.load(path: folder + "/background"))
        #expect(saved.state == foreground.state)
        #expect(saved.location == foreground.location)
        #expect(saved.state == pipeline.state)
        let failing = CheckpointInBackground(pipeline.state, location: location, path: folder + "/missing/checkpoint")
        guard case .failure = failing.wait() else {
            Issue.record("saving into a missing folder did not fail")
            return
        }
    }

    @Test func aCheckpointPlusTheNewerRecordsIsTheSameStateAsAFullReplay() throws {
        let state = StateFolder()
        do {
            let pipeline = try state.pipeline()
            _ = try pipeline.ingest(paths: [try state.report("ko.jsonl", tencentFacts)])
            try pipeline.writeCheckpoint()
            _ = try pipeline.ingest(paths: [try state.report("en.jsonl", englishFacts)])
        }
        let checkpoint = state.configuration.projectionsDirectory + "/.state-checkpoint"
        #expect(FileManager.default.fileExists(atPath: checkpoint))
        let (trusted, resumed) = try open(state)
        // The record the checkpoint includes was trusted, not read again.
        #expect(trusted == 1)
        #expect(resumed.checkpoint.sequence == 2)
        #expect(resumed == (try fullReplay(state)))
    }

    @Test func aCheckpointThatDoesNotMatchTheLogIsIgnored() throws {
        let state = StateFolder()
        do {
            let pipeline = try state.pipeline()
            _ = try pipeline.ingest(paths: [try state.report("ko.jsonl", tencentFacts)])
            _ = try pipeline.ingest(paths: [try state.report("en.jsonl", englishFacts)])
            try pipeline.writeCheckpoint()
        }
        // Another history of the same length: the checkpoint's hash is not in it.
        try FileManager.default.removeItem(atPath: state.configuration.logDirectory)
        do {
            let pipeline = try state.pipeline()
            _ = try pipeline.ingest(paths: [try state.report("en.jsonl", englishFacts)])
            _ = try pipeline.ingest(paths: [try state.report("other.jsonl", [.org(OrgFact(name: "광치"))])])
        }
        let (trusted, reopened) = try open(state)
        #expect(trusted == 0)
        #expect(reopened == (try fullReplay(state)))
        #expect(reopened.reports.map(\.fileName) == ["en.jsonl", "other.jsonl"])
        // And a checkpoint ahead of a log cut shorter.
        try FileManager.default.removeItem(atPath: state.configuration.logDirectory)
        #expect(try state.pipeline().state.reports.isEmpty)
    }

    /// Opens the state folder (and closes it again): what was trusted, and the state.
    func open(_ state: StateFolder) throws -> (trusted: UInt64, state: ProjectionState) {
        let pipeline = try state.pipeline()
        return (pipeline.openReport.scan.trustedThrough, pipeline.state)
    }

    /// Two reports, a checkpoint after them, a third report after it.
    func checkpointedState() throws -> StateFolder {
        let state = StateFolder()
        let pipeline = try state.pipeline()
        _ = try pipeline.ingest(paths: [try state.report("ko.jsonl", tencentFacts)])
        _ = try pipeline.ingest(paths: [try state.report("en.jsonl", englishFacts)])
        try pipeline.writeCheckpoint()
        _ = try pipeline.ingest(paths: [try state.report("other.jsonl", [.org(OrgFact(name: "광치"))])])
        return state
    }

    var checkpointFile: (StateFolder) -> String {
        { $0.configuration.projectionsDirectory + "/.state-checkpoint" }
    }

    @Test(arguments: ["flipped", "cut", "empty", "json", "version", "garbage"])
    func aDamagedOrForeignCheckpointFileIsIgnored(_ damage: String) throws {
        let state = try checkpointedState()
        let path = checkpointFile(state)
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        switch damage {
        case "flipped": bytes[bytes.count / 2] ^= 0x01
        case "cut": bytes = Array(bytes.prefix(bytes.count / 2))
        case "empty": bytes = []
        case "json": bytes = Array(#"{"format":2,"state":{}}"#.utf8)
        case "version":
            // Another format version, with a checksum that matches it.
            bytes[14] = 99
            let body = Array(bytes.dropLast(4))
            let crc = CRC32C.checksum(body)
            bytes = body + (0..<4).map { UInt8(truncatingIfNeeded: crc >> (8 * UInt32($0))) }
        default: bytes = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let (trusted, reopened) = try open(state)
        #expect(trusted == 0)
        #expect(reopened.reports.count == 3)
        #expect(reopened == (try fullReplay(state)))
    }

    @Test func theCheckpointFileIsReadBackWithItsLocation() throws {
        let state = try checkpointedState()
        let saved = try #require(StateCheckpoint.load(path: checkpointFile(state)))
        #expect(saved.state.checkpoint.sequence == 2)
        let location = try #require(saved.location)
        #expect(
            location.position == saved.state.checkpoint && location.records == 2 && location.line == 2
                && location.start > 0
        )
        #expect(location.reportsIngested == 2 && location.earlierSegments.isEmpty)
    }

    @Test func aCheckpointWhoseLogWasCutBeforeItsRecordIsIgnored() throws {
        let state = try checkpointedState()
        let saved = try #require(StateCheckpoint.load(path: checkpointFile(state)))
        let location = try #require(saved.location)
        // Keep only the first record: the checkpoint's second record is gone.
        let segment = state.configuration.logDirectory + "/" + location.segment
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: segment)))
        try Data(bytes[..<location.start]).write(to: URL(fileURLWithPath: segment))
        let (trusted, reopened) = try open(state)
        #expect(trusted == 0)
        #expect(reopened.reports.map(\.fileName) == ["ko.jsonl"])
        #expect(reopened == (try fullReplay(state)))
    }

    @Test func aCheckpointWhoseRecordWasChangedMakesTheOpenCheckEverything() throws {
        let state = try checkpointedState()
        let saved = try #require(StateCheckpoint.load(path: checkpointFile(state)))
        let location = try #require(saved.location)
        // Another history from the checkpoint's record on: cut the log before it, append others.
        let segment = state.configuration.logDirectory + "/" + location.segment
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: segment)))
        try Data(bytes[..<location.start]).write(to: URL(fileURLWithPath: segment))
        do {
            let pipeline = try state.pipeline()
            _ = try pipeline.ingest(paths: [try state.report("x.jsonl", [.org(OrgFact(name: "화웨이"))])])
            _ = try pipeline.ingest(paths: [try state.report("y.jsonl", [.org(OrgFact(name: "바이두"))])])
        }
        // (That pipeline saved no checkpoint: too few records since the last.)
        #expect(StateCheckpoint.load(path: checkpointFile(state))?.state.checkpoint == saved.state.checkpoint)
        let (trusted, reopened) = try open(state)
        #expect(trusted == 0)
        #expect(reopened.reports.map(\.fileName) == ["ko.jsonl", "x.jsonl", "y.jsonl"])
        #expect(reopened == (try fullReplay(state)))
    }

    @Test func rebuildingReadsEveryRecordAndAFreshCheckpointIsTrustedNext() throws {
        let state = try checkpointedState()
        let rebuiltState: ProjectionState
        do {
            var logger = Logger(label: "test")
            logger.logLevel = .critical
            let rebuilt = try Pipeline(
                configuration: state.configuration,
                extractor: Extractor(lexicon: .builtIn),
                logger: logger,
                useCheckpoint: false
            )
            #expect(rebuilt.openReport.scan.trustedThrough == 0)
            try rebuilt.writeCheckpoint()
            rebuiltState = rebuilt.state
        }
        let (trusted, next) = try open(state)
        #expect(trusted == 3)
        #expect(next == rebuiltState)
    }
}
