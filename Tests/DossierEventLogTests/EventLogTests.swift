import CCRC32C
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

    /// The log's timestamps are written digit by digit: the same text as Foundation's ISO 8601
    /// style, on random dates, at millisecond steps, on leap days and at the ends of the range
    /// (and through Foundation outside it).
    @Test func timestampsAreFoundationsISO8601WithMilliseconds() {
        var generator = SystemRandomNumberGenerator()
        var dates = (0..<100_000).map { _ in
            Date(timeIntervalSince1970: Double.random(in: -100_000...260_000_000_000, using: &generator))
        }
        dates += (0..<3_000).map { Date(timeIntervalSince1970: 1_764_410_000 + Double($0) * 0.000_5) }
        dates += [
            "1970-01-01T00:00:00.000Z", "2000-02-29T23:59:59.999Z", "2001-01-01T00:00:00.000Z",
            "2100-02-28T12:00:00.500Z", "2100-03-01T00:00:00.001Z", "2400-02-29T00:00:00.000Z",
            "9999-12-31T23:59:59.999Z", "1969-12-31T23:59:59.999Z",
        ].compactMap { try? Date($0, strategy: .iso8601) }
        dates += [Date(timeIntervalSinceReferenceDate: 252_423_993_600), Date(timeIntervalSince1970: -1e9)]
        var mismatches = 0
        for date in dates where FileEventLog.timestamp(date) != FileEventLog.foundationTimestamp(date) {
            mismatches += 1
            if mismatches < 5 {
                Issue.record("\(date.timeIntervalSinceReferenceDate): \(FileEventLog.timestamp(date))")
            }
        }
        #expect(mismatches == 0)
        #expect(FileEventLog.timestamp(Date(timeIntervalSince1970: 0.25)) == "1970-01-01T00:00:00.250Z")
    }

    @Test func crc32cMatchesTheStandardCheckValue() {
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
        #expect(CRC32C.checksum([UInt8]()) == 0)
        "123456789".utf8.withContiguousStorageIfAvailable { bytes in
            #expect(CRC32C.softwareChecksum(UnsafeRawBufferPointer(bytes)) == 0xE306_9283)
        }
    }

    @Test func theHardwareAndTableChecksumsAgreeAtEveryLengthAndAlignment() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<300).map { _ in UInt8.random(in: 0...255, using: &generator) }
        bytes.withUnsafeBytes { all in
            for start in 0..<9 {
                for length in 0...(all.count - start) {
                    let slice = UnsafeRawBufferPointer(rebasing: all[start..<(start + length)])
                    #expect(CRC32C.checksum(slice) == CRC32C.softwareChecksum(slice), "at \(start), \(length) bytes")
                }
            }
        }
    }

    /// Past 3 KB the hardware checksum runs three streams over the thirds and joins them by a
    /// shift (`dossier_crc32c_shift`): the same values as the table, around the threshold, for
    /// thirds that are not a multiple of 8 bytes, at every alignment, and for log-line sizes.
    @Test func theThreeStreamChecksumAgreesWithTheTable() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<70_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        var lengths = Array(3_060...3_110) + Array(6_140...6_160) + [9_217, 25_669, 25_700, 69_990]
        lengths += (0..<40).map { _ in Int.random(in: 3_072...69_990, using: &generator) }
        bytes.withUnsafeBytes { all in
            for length in lengths {
                for start in 0..<9 where start + length <= all.count {
                    let slice = UnsafeRawBufferPointer(rebasing: all[start..<(start + length)])
                    #expect(CRC32C.checksum(slice) == CRC32C.softwareChecksum(slice), "at \(start), \(length) bytes")
                }
            }
            // The shift itself: the CRC of A then B from the register of A.
            for _ in 0..<200 {
                let a = Int.random(in: 0...5_000, using: &generator)
                let b = Int.random(in: 0...5_000, using: &generator)
                let whole = ~CRC32C.softwareChecksum(UnsafeRawBufferPointer(rebasing: all[0..<(a + b)]))
                let first = ~CRC32C.softwareChecksum(UnsafeRawBufferPointer(rebasing: all[0..<a]))
                // The register of B from 0: the table's checksum starts from all ones, so B's is
                // that of all ones shifted over B, removed.
                let second =
                    ~CRC32C.softwareChecksum(UnsafeRawBufferPointer(rebasing: all[a..<(a + b)]))
                    ^ dossier_crc32c_shift(0xFFFF_FFFF, b)
                #expect(dossier_crc32c_shift(first, b) ^ second == whole, "\(a) + \(b) bytes")
            }
        }
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

/// Opening from a location a state checkpoint recorded: the records up to it are trusted when the
/// log still holds that record there; anything else reads and checks the whole log.
@Suite struct TrustedPrefixTests {
    /// A log of `count` records in small segments, and the location after each record as the
    /// writer tracked it.
    func makeLog(_ dir: TemporaryDirectory, count: Int, segmentBytes: Int = 2000) throws -> [LogLocation] {
        let (log, _) = try FileEventLog.open(directory: dir.path, options: .init(segmentBytes: segmentBytes))
        var locations: [LogLocation] = []
        for i in 0..<count {
            if i % 3 == 2 {
                try log.append([
                    [
                        .reportRejected(
                            ReportRejected(report: "x\(i)", fileName: "x", size: 1, code: "empty", reason: "empty")
                        )
                    ]
                ])
            } else {
                try log.append([batch("r\(i)", facts: i % 4)])
            }
            locations.append(try #require(log.headLocation))
        }
        return locations
    }

    @Test func theLocationTheWriterTracksIsTheOneAFullScanFinds() throws {
        let dir = TemporaryDirectory()
        let locations = try makeLog(dir, count: 12)
        let scan = try LogVerifier.verify(directory: dir.path)
        #expect(scan.segments.count > 2)
        #expect(scan.headLocation == locations.last)
        #expect(scan.trustedThrough == 0)
        // And after reopening, appends go on tracking it (also across a new segment).
        do {
            let (log, report) = try FileEventLog.open(directory: dir.path, options: .init(segmentBytes: 2000))
            #expect(log.headLocation == locations.last && report.scan.headLocation == locations.last)
            for i in 0..<4 { try log.append([batch("s\(i)")]) }
            #expect(log.headLocation == (try LogVerifier.verify(directory: dir.path).headLocation))
        }
    }

    @Test func openingFromEveryLocationGivesTheSameScanAndVisitsOnlyTheRecordsAfterIt() throws {
        let dir = TemporaryDirectory()
        let locations = try makeLog(dir, count: 12)
        let full = try LogVerifier.verify(directory: dir.path)
        for location in locations {
            var seen: [UInt64] = []
            let (log, report) = try FileEventLog.open(
                directory: dir.path,
                options: .init(segmentBytes: 2000),
                trusting: location
            ) { seen.append($0.sequence) }
            let sequence = location.position.sequence
            #expect(report.scan.trustedThrough == sequence)
            #expect(seen == Array((sequence + 1)..<13))
            #expect(report.scan.head == full.head && report.scan.records == full.records)
            #expect(report.scan.events == full.events)
            #expect(report.scan.reportsIngested == full.reportsIngested)
            #expect(report.scan.reportsRejected == full.reportsRejected)
            #expect(report.scan.headLocation == full.headLocation)
            #expect(log.headLocation == full.headLocation)
        }
    }

    @Test func aLocationTheLogNoLongerHoldsMakesTheOpenReadEverything() throws {
        let dir = TemporaryDirectory()
        let locations = try makeLog(dir, count: 12)
        let good = locations[7]
        var changed: [LogLocation] = []
        var other = good
        other.position.hash = String(repeating: "a", count: 64)
        changed.append(other)
        other = good
        other.position.sequence += 1
        changed.append(other)
        other = good
        other.start += 1
        changed.append(other)
        other = good
        other.end -= 1
        changed.append(other)
        other = good
        other.earlierSegments[0].size += 1
        changed.append(other)
        other = good
        other.earlierSegments.removeFirst()
        changed.append(other)
        other = good
        other.segment = "events-000099.jsonl"
        changed.append(other)
        for location in changed {
            var seen: [UInt64] = []
            let (_, report) = try FileEventLog.open(
                directory: dir.path,
                options: .init(segmentBytes: 2000),
                trusting: location
            ) { seen.append($0.sequence) }
            #expect(report.scan.trustedThrough == 0)
            #expect(seen == Array(1...12))
        }
    }

    @Test func aLogCutShorterThanTheLocationIsReadFromTheStart() throws {
        let dir = TemporaryDirectory()
        let locations = try makeLog(dir, count: 4, segmentBytes: 1 << 20)
        // Cut the log back to its first two records.
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: segmentPath(dir.path))))
        try Data(bytes[..<locations[1].end]).write(to: URL(fileURLWithPath: segmentPath(dir.path)))
        var seen: [UInt64] = []
        let (_, report) = try FileEventLog.open(directory: dir.path, trusting: locations[3]) {
            seen.append($0.sequence)
        }
        #expect(report.scan.trustedThrough == 0 && seen == [1, 2] && report.scan.records == 2)
    }

    @Test func theTrustedRecordAlteredInPlaceIsDetectedAndTheFullCheckReportsIt() throws {
        let dir = TemporaryDirectory()
        // Five records: a damaged last one would be a torn tail, cut off; the fourth is damage.
        let locations = try makeLog(dir, count: 5, segmentBytes: 1 << 20)
        var text = try String(contentsOfFile: segmentPath(dir.path), encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[3] = lines[3].replacingOccurrences(of: "부총재", with: "총재임")
        text = lines.joined(separator: "\n")
        try text.write(toFile: segmentPath(dir.path), atomically: false, encoding: .utf8)
        #expect {
            _ = try FileEventLog.open(directory: dir.path, trusting: locations[3])
        } throws: { error in
            (error as? LogError)?.code == .corrupt && (error as? LogError)?.sequence == 4
        }
    }

    @Test func aRecordAlteredBeforeTheTrustedOneIsLeftToVerify() throws {
        // The documented trade-off: an open trusts the prefix a checkpoint covers (same files, same
        // sizes, the checkpoint's record intact at its place); `verify` checks every record.
        let dir = TemporaryDirectory()
        let locations = try makeLog(dir, count: 4, segmentBytes: 1 << 20)
        var text = try String(contentsOfFile: segmentPath(dir.path), encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[1] = lines[1].replacingOccurrences(of: "부총재", with: "총재임")
        text = lines.joined(separator: "\n")
        try text.write(toFile: segmentPath(dir.path), atomically: false, encoding: .utf8)
        let (_, report) = try FileEventLog.open(directory: dir.path, trusting: locations[3])
        #expect(report.scan.trustedThrough == 4)
        #expect(try LogVerifier.verify(directory: dir.path).damage?.sequence == 2)
    }

    @Test func aTornTailAfterTheTrustedRecordIsCutAtItsOffsetInTheFile() throws {
        let dir = TemporaryDirectory()
        let locations = try makeLog(dir, count: 3, segmentBytes: 1 << 20)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: segmentPath(dir.path)))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"format":1,"seq":4,"ts":"2026-11-29T00:00:00.000Z","prev":"#.utf8))
        try handle.close()
        let (log, report) = try FileEventLog.open(directory: dir.path, trusting: locations[1])
        #expect(report.scan.trustedThrough == 2 && report.scan.records == 3)
        #expect(report.scan.tornTail?.offset == locations[2].end && report.scan.tornTail?.line == 4)
        #expect(
            try FileManager.default.attributesOfItem(atPath: segmentPath(dir.path))[.size] as? Int == locations[2].end
        )
        try log.append([batch("d")])
        #expect(try LogVerifier.verify(directory: dir.path).damage == nil)
        #expect(log.headLocation == (try LogVerifier.verify(directory: dir.path).headLocation))
    }
}

@Suite struct LineReadingTests {
    @Test func anEventWhoseTextLooksLikeTheSeamBetweenTwoEventsIsReadExactly() throws {
        // The fast reading cuts the events at `},{`; here that also occurs inside a quotation, so
        // the cut pieces fail their hashes and the line is read exactly.
        let dir = TemporaryDirectory()
        let tricky: [DomainEvent] = [
            .factRecorded(
                FactRecorded(
                    report: "q",
                    index: 0,
                    fact: .quote(QuoteFact(speaker: "딩커", text: #"{"a":1},{"b":[2]},{"#, verb: "말했다"))
                )
            ),
            .factRecorded(FactRecorded(report: "q", index: 1, fact: .org(OrgFact(name: "},{")))),
        ]
        do {
            let (log, _) = try FileEventLog.open(directory: dir.path)
            try log.append([batch("a"), tricky, batch("b")])
        }
        let scan = try LogVerifier.verify(directory: dir.path)
        #expect(scan.damage == nil && scan.records == 3 && scan.events == 3 + 2 + 3)
        var seen: [LogRecord] = []
        _ = try FileEventLog.open(directory: dir.path) { seen.append($0) }
        #expect(seen.map(\.events) == [batch("a"), tricky, batch("b")])
        #expect(seen[1].eventHashes.count == 2 && seen[1].eventHashes.allSatisfy { $0.count == 64 })
        // The hashes kept packed are the line's own, and the record equals one made with them
        // as strings (and hashes the same).
        let lines = try String(contentsOfFile: dir.path + "/events-000001.jsonl", encoding: .utf8)
            .split(separator: "\n")
        for (record, line) in zip(seen, lines) {
            let stored = try JSONDecoder().decode(StoredHashes.self, from: Data(line.utf8)).hashes
            #expect(record.eventHashes == stored)
            let rebuilt = LogRecord(
                sequence: record.sequence,
                timestamp: record.timestamp,
                previousHash: record.previousHash,
                hash: record.hash,
                eventHashes: stored,
                events: record.events
            )
            #expect(rebuilt == record && rebuilt.hashValue == record.hashValue)
            var changed = record
            changed.eventHashes[0] = String(repeating: "0", count: 64)
            #expect(changed != record && changed.eventHashes[0] == String(repeating: "0", count: 64))
            changed.eventHashes = ["short"]
            #expect(changed.eventHashes == ["short"])
        }
    }

    private struct StoredHashes: Decodable { var hashes: [String] }

    @Test func aHashWithCapitalDigitsIsDamage() throws {
        let dir = TemporaryDirectory()
        do {
            let (log, _) = try FileEventLog.open(directory: dir.path)
            for name in ["a", "b"] { try log.append([batch(name)]) }
        }
        // Upper-case one event hash of the first line and fix its checksum: the chain still
        // names the same bytes, but the log writes lower case and reads only that.
        let text = try String(contentsOfFile: segmentPath(dir.path), encoding: .utf8)
        var lines = text.split(separator: "\n").map(String.init)
        let start = try #require(lines[0].range(of: #""hashes":[""#)).upperBound
        let end = lines[0].index(start, offsetBy: 64)
        lines[0].replaceSubrange(start..<end, with: lines[0][start..<end].uppercased())
        let body = String(lines[0].dropLast(18))
        lines[0] = body + ",\"crc\":\"\(Hex.encode32(CRC32C.checksum(Array(body.utf8))))\"}"
        try (lines.joined(separator: "\n") + "\n").write(
            toFile: segmentPath(dir.path),
            atomically: false,
            encoding: .utf8
        )
        let scan = try LogVerifier.verify(directory: dir.path)
        #expect(scan.damage?.sequence == 1 && scan.damage?.message.contains("event 1") == true)
    }
}
