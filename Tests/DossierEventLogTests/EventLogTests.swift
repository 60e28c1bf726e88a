import DossierModel
import Foundation
import Testing

@testable import DossierEventLog

/// A fresh folder under the system's temporary directory, removed at the end.
final class TemporaryDirectory {
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-log-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

func batch(_ report: String, facts: Int = 2) -> [DomainEvent] {
    var events: [DomainEvent] = [
        .reportIngested(
            ReportIngested(report: report, fileName: "\(report).txt", size: 10, format: "txt", factCount: facts)
        )
    ]
    for i in 0..<facts {
        events.append(
            .factRecorded(
                FactRecorded(report: report, index: i, fact: .person(PersonFact(name: "사람\(i)", title: "부총재")))
            )
        )
    }
    return events
}

func segmentPath(_ dir: String, _ index: Int = 1) -> String { dir + "/" + SegmentName.make(index) }

@Suite struct EventLogTests {
    @Test func appendedBatchesSurviveReopenInOrder() throws {
        let dir = TemporaryDirectory()
        do {
            let (log, report) = try FileEventLog.open(directory: dir.path)
            #expect(report.scan.records == 0)
            try log.append([batch("a")])
            try log.append([batch("b"), batch("c", facts: 0)])
            #expect(log.head.sequence == 3)
        }
        var seen: [LogRecord] = []
        let (log, report) = try FileEventLog.open(directory: dir.path) { seen.append($0) }
        #expect(report.scan.records == 3 && report.scan.events == 3 + 3 + 1)
        #expect(seen.map(\.sequence) == [1, 2, 3])
        #expect(seen[0].previousHash == LogHead.empty.hash)
        #expect(seen[1].previousHash == seen[0].hash && seen[2].previousHash == seen[1].hash)
        #expect(seen[1].events == batch("b"))
        #expect(log.head == LogHead(sequence: 3, hash: seen[2].hash))
    }

    @Test func eachLineIsJSONWithAChecksum() throws {
        let dir = TemporaryDirectory()
        let (log, _) = try FileEventLog.open(directory: dir.path)
        try log.append([batch("a")])
        let text = try String(contentsOfFile: segmentPath(dir.path), encoding: .utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["seq"] as? Int == 1)
        #expect((object["events"] as? [Any])?.count == 3)
        #expect((object["crc"] as? String)?.count == 8)
        #expect(text.hasSuffix("\"}\n"))
    }

    @Test func aTornFinalBatchIsCutSavedAsideAndReported() throws {
        let dir = TemporaryDirectory()
        let goodSize: Int
        do {
            let (log, _) = try FileEventLog.open(directory: dir.path)
            try log.append([batch("a"), batch("b")])
            goodSize = try FileManager.default.attributesOfItem(atPath: segmentPath(dir.path))[.size] as! Int
            try log.append([batch("c")])
        }
        // A crash in the middle of the third write: keep half of its line.
        let full = try Data(contentsOf: URL(fileURLWithPath: segmentPath(dir.path)))
        let torn = full.prefix(goodSize + (full.count - goodSize) / 2)
        try torn.write(to: URL(fileURLWithPath: segmentPath(dir.path)))

        let verified = try LogVerifier.verify(directory: dir.path)
        #expect(verified.tornTail?.sequence == 3 && verified.damage == nil && verified.records == 2)

        let (log, report) = try FileEventLog.open(directory: dir.path)
        #expect(report.scan.tornTail?.line == 3)
        #expect(report.scan.records == 2)
        let saved = try #require(report.tornTailSavedAs)
        #expect(try Data(contentsOf: URL(fileURLWithPath: saved)) == torn.suffix(from: goodSize))
        #expect(try FileManager.default.attributesOfItem(atPath: segmentPath(dir.path))[.size] as! Int == goodSize)
        // The log goes on from the last good record.
        try log.append([batch("c")])
        #expect(log.head.sequence == 3)
        #expect(try LogVerifier.verify(directory: dir.path).tornTail == nil)
    }

    @Test(arguments: ["zeros", "garbage"])
    func aTailOfZerosOrGarbageIsCutLikeATornLine(_ kind: String) throws {
        let dir = TemporaryDirectory()
        do {
            let (log, _) = try FileEventLog.open(directory: dir.path)
            try log.append([batch("a")])
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: segmentPath(dir.path)))
        try handle.seekToEnd()
        try handle.write(contentsOf: kind == "zeros" ? Data(count: 4096) : Data("x\u{1}{]\n\n{\"seq\":2}\nzz".utf8))
        try handle.close()
        let (_, report) = try FileEventLog.open(directory: dir.path)
        #expect(report.scan.tornTail != nil && report.scan.records == 1)
    }

    @Test func anEditedRecordInTheMiddleFailsVerifyAndBlocksOpening() throws {
        let dir = TemporaryDirectory()
        do {
            let (log, _) = try FileEventLog.open(directory: dir.path)
            for name in ["a", "b", "c"] { try log.append([batch(name)]) }
        }
        var text = try String(contentsOfFile: segmentPath(dir.path), encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[1] = lines[1].replacingOccurrences(of: "부총재", with: "총재임")
        text = lines.joined(separator: "\n")
        try text.write(toFile: segmentPath(dir.path), atomically: false, encoding: .utf8)

        let verified = try LogVerifier.verify(directory: dir.path)
        let damage = try #require(verified.damage)
        #expect(damage.line == 2 && damage.sequence == 2 && damage.code == .corrupt)
        #expect(damage.file == segmentPath(dir.path))
        #expect(verified.tornTail == nil)

        #expect(throws: LogError.self) { try FileEventLog.open(directory: dir.path) }
        do {
            _ = try FileEventLog.open(directory: dir.path)
        } catch {
            #expect(error.line == 2 && error.sequence == 2)
            #expect(error.description.contains(segmentPath(dir.path) + ":2"))
        }
    }

    @Test func aRecordWithAValidChecksumButABrokenChainIsDamageEvenAtTheEnd() throws {
        let dir = TemporaryDirectory()
        do {
            let (log, _) = try FileEventLog.open(directory: dir.path)
            try log.append([batch("a")])
            try log.append([batch("b")])
        }
        // Duplicate the last line: a valid checksum, but sequence 2 again.
        var text = try String(contentsOfFile: segmentPath(dir.path), encoding: .utf8)
        let last = text.split(separator: "\n").last.map(String.init) ?? ""
        text += last + "\n"
        try text.write(toFile: segmentPath(dir.path), atomically: false, encoding: .utf8)
        let damage = try #require(try LogVerifier.verify(directory: dir.path).damage)
        #expect(damage.line == 3 && damage.message.contains("sequence 2 where 3"))
    }

    @Test func aRedactedPayloadKeepsTheChainVerifying() throws {
        let dir = TemporaryDirectory()
        do {
            let (log, _) = try FileEventLog.open(directory: dir.path)
            try log.append([batch("a")])
        }
        // Swap the second event's payload for a marker and recompute the line's checksum.
        let text = try String(contentsOfFile: segmentPath(dir.path), encoding: .utf8)
        let start = try #require(text.range(of: ",{\"fact\""))
        let end = try #require(text.range(of: "}", options: [], range: start.upperBound..<text.endIndex))
        var edited = String(text[..<start.lowerBound]) + ",{\"redacted\":true"
        var rest = String(text[end.lowerBound...])
        // Drop what remains of the removed object up to the next event.
        if let next = rest.range(of: ",{\"fact\"") { rest = "}" + rest[next.lowerBound...] }
        edited += rest
        let body = String(edited.dropLast(19))
        let crc = Hex.encode32(CRC32C.checksum(Array(body.utf8)))
        try (body + ",\"crc\":\"\(crc)\"}\n").write(toFile: segmentPath(dir.path), atomically: false, encoding: .utf8)
        let scan = try LogVerifier.verify(directory: dir.path)
        #expect(scan.damage == nil && scan.records == 1)
    }

    @Test func segmentsRollOverAndTheChainCrossesThem() throws {
        let dir = TemporaryDirectory()
        do {
            let (log, _) = try FileEventLog.open(directory: dir.path, options: .init(segmentBytes: 2000))
            for i in 0..<10 { try log.append([batch("r\(i)")]) }
        }
        let scan = try LogVerifier.verify(directory: dir.path)
        #expect(scan.segments.count > 1 && scan.records == 10 && scan.damage == nil)
        let (log, _) = try FileEventLog.open(directory: dir.path, options: .init(segmentBytes: 2000))
        #expect(log.head.sequence == 10)
    }

    @Test func onlyOneWriterAtATime() throws {
        let dir = TemporaryDirectory()
        let (first, _) = try FileEventLog.open(directory: dir.path)
        #expect(first.head.sequence == 0)
        do {
            _ = try FileEventLog.open(directory: dir.path)
            Issue.record("a second writer opened the log")
        } catch {
            #expect(error.code == .locked)
        }
    }

    @Test func crc32cMatchesTheStandardCheckValue() {
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
        #expect(CRC32C.checksum([UInt8]()) == 0)
    }
}

@Suite struct TornTailRuleTests {
    @Test func twoDamagedRecordsAtTheEndAreDamageNotATornTail() throws {
        let dir = TemporaryDirectory()
        do {
            let (log, _) = try FileEventLog.open(directory: dir.path)
            for name in ["a", "b", "c"] { try log.append([batch(name)]) }
        }
        let text = try String(contentsOfFile: segmentPath(dir.path), encoding: .utf8)
        try text.replacingOccurrences(of: "부총재", with: "총재임").write(
            toFile: segmentPath(dir.path),
            atomically: false,
            encoding: .utf8
        )
        let scan = try LogVerifier.verify(directory: dir.path)
        #expect(scan.damage?.line == 1 && scan.tornTail == nil)
    }
}
