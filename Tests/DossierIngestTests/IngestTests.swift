import DossierModel
import Foundation
import Testing

@testable import DossierIngest

final class Folder {
    let path: String
    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-ingest-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String, _ bytes: [UInt8]) -> String {
        let file = path + "/" + name
        _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
        return file
    }
}

@Suite struct ReportReaderTests {
    let reader = ReportReader(maxBytes: 64)

    func code(_ path: String) -> IngestError.Code? {
        do {
            _ = try reader.read(path: path)
            return nil
        } catch {
            return error.code
        }
    }

    @Test func readsARegularFile() throws {
        let folder = Folder()
        #expect(try reader.read(path: folder.file("a.txt", Array("hello".utf8))) == Array("hello".utf8))
    }

    @Test func refusesWhatIsNotARegularFileWithoutBlocking() throws {
        let folder = Folder()
        let fifo = folder.path + "/pipe"
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect(code(fifo) == .notRegularFile)
        let target = folder.file("target.txt", [65])
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/link", withDestinationPath: target)
        #expect(code(folder.path + "/link") == .notRegularFile)
        #expect(code(folder.path) == .notRegularFile)
        #expect(code(folder.path + "/missing") == .notFound)
    }

    @Test func refusesAFileLargerThanTheLimit() {
        let folder = Folder()
        #expect(code(folder.file("big.txt", [UInt8](repeating: 65, count: 65))) == .tooLarge)
        #expect(code(folder.file("edge.txt", [UInt8](repeating: 65, count: 64))) == nil)
    }

    @Test func hashesAreTheSHA256OfTheBytes() {
        #expect(ContentHash.of(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}

@Suite struct ReportParserTests {
    func parse(_ bytes: [UInt8], _ name: String = "r.txt") throws(IngestError) -> ParsedReport {
        try ReportParser.parse(bytes, format: ReportFormat(fileName: name), path: name)
    }

    @Test func textIsDecodedWithBOMAndCRLFHandled() throws {
        let parsed = try parse([0xEF, 0xBB, 0xBF] + Array("첫째 줄\r\n둘째 줄\r".utf8))
        #expect(parsed == .text(ReportDocument(body: "첫째 줄\n둘째 줄\n")))
    }

    @Test(
        arguments: [
            ([0xFF, 0xFE, 0x41, 0x00], IngestError.Code.notText),
            ([0x41, 0x00, 0x42], .notText),
            ([0xC3, 0x28], .notText),
            ([0x20, 0x0A, 0x09], .empty),
            ([], .empty),
        ] as [([UInt8], IngestError.Code)]
    )
    func unusableBytesAreRefusedWithTheReason(_ bytes: [UInt8], _ code: IngestError.Code) {
        #expect {
            try parse(bytes)
        } throws: { error in
            (error as? IngestError)?.code == code
        }
    }

    @Test func frontMatterGivesTitleDateSourceAndLanguage() throws {
        let text = """
            ---
            title: "텐센트 서밋"
            published: 2019-05-24
            source: https://example.com/a
            lang: ko
            author: someone
            ---
            본문이다.
            """
        guard case .text(let document) = try parse(Array(text.utf8), "r.md") else {
            Issue.record("not text")
            return
        }
        #expect(document.title == "텐센트 서밋" && document.published?.iso == "2019-05-24")
        #expect(document.source == "https://example.com/a" && document.language == "ko")
        #expect(document.body == "본문이다.")
    }

    @Test func frontMatterKeysAsKoreanSitesWriteThem() throws {
        let text = """
            ---
            제목: 이항, UAM 실증 협약
            날짜: 2026-05-28 11:02
            분류: 모빌리티
            ---
            본문이다.
            """
        guard case .text(let document) = try parse(Array(text.utf8), "r.md") else {
            Issue.record("not text")
            return
        }
        #expect(document.title == "이항, UAM 실증 협약" && document.published?.iso == "2026-05-28")
        #expect(document.body == "본문이다.")
        // What a site writes after the date (a weekday, 오전/오후 and the time) is not read.
        guard
            case .text(let posted) = try parse(
                Array("---\n입력: 2026.05.28(목) 오전 11:02\n---\n본문이다.".utf8),
                "r.md"
            )
        else {
            Issue.record("not text")
            return
        }
        #expect(posted.published?.iso == "2026-05-28")
        // A key named otherwise is held to the same rule, and the error names the key as written.
        #expect {
            try parse(Array("---\n날짜: 지난봄\n---\nbody".utf8), "r.md")
        } throws: { error in
            "\(error)".contains("`날짜`")
        }
    }

    @Test func frontMatterKeysAsExportingToolsWriteThem() throws {
        // (`published_at` was read as an unknown key and ignored: the report had no publication date.)
        for key in [
            "published_at", "publish_date", "pub_date", "posted_at", "Published_At", "publishedAt", "publish-date",
        ] {
            let text = "---\n\(key): 2026-03-27 09:10 +08:00\n---\n본문이다."
            guard case .text(let document) = try parse(Array(text.utf8), "r.md") else {
                Issue.record("not text")
                return
            }
            #expect(document.published?.iso == "2026-03-27", "\(key)")
        }
        // A feed's date, with its weekday first.
        guard
            case .text(let feed) = try parse(
                Array("---\npubDate: Wed, 27 Mar 2026 09:10:00 +0800\n---\n본문.".utf8),
                "r.md"
            )
        else {
            Issue.record("not text")
            return
        }
        #expect(feed.published?.iso == "2026-03-27")
        // The README names `언어` with the Korean keys.
        guard case .text(let korean) = try parse(Array("---\n언어: ko\n---\n본문이다.".utf8), "r.md") else {
            Issue.record("not text")
            return
        }
        #expect(korean.language == "ko")
    }

    @Test func aBadPublicationDateIsAnError() {
        #expect(throws: IngestError.self) {
            try parse(Array("---\npublished: last spring\n---\nbody".utf8), "r.md")
        }
        #expect(throws: IngestError.self) {
            try parse(Array("---\npublished: 2019.13.01\n---\nbody".utf8), "r.md")
        }
    }

    @Test func publicationDatesAsSitesWriteThem() {
        let cases: [(String, String)] = [
            ("2025-05-21", "2025-05-21"), ("2025-05-21T11:47:00+09:00", "2025-05-21"), ("2025.05.21", "2025-05-21"),
            ("2025.5.21 11:47", "2025-05-21"), ("2025/05/21", "2025-05-21"), ("2025년 5월 21일", "2025-05-21"),
            ("2025년 5월", "2025-05"), ("May 21, 2025", "2025-05-21"), ("21 May 2025", "2025-05-21"),
            ("May 2025", "2025-05"), ("2025", "2025"),
        ]
        for (written, iso) in cases {
            #expect(ReportParser.publicationDate(written)?.iso == iso, "\(written)")
        }
    }

    @Test func structuredReportsAreJSONArraysOrLines() throws {
        let line = #"{"kind":"org","name":"텐센트"}"#
        #expect(try parse(Array("[\(line)]".utf8), "a.json") == .structured([.org(OrgFact(name: "텐센트"))]))
        #expect(
            try parse(Array("\(line)\n\n\(line)\n".utf8), "a.jsonl")
                == .structured([.org(OrgFact(name: "텐센트")), .org(OrgFact(name: "텐센트"))])
        )
        #expect {
            try parse(Array("\(line)\n{\"kind\":\"metric\"}".utf8), "a.jsonl")
        } throws: { error in
            "\(error)".contains("line 2") && "\(error)".contains("missing `value`")
        }
    }
}
