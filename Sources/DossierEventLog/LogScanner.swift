import DossierModel
import Foundation

/// A torn or damaged final line: what a crash in the middle of a write leaves.
public struct TornTail: Sendable, Hashable {
    /// The segment file it is in.
    public var file: String
    /// The 1-based line where it starts.
    public var line: Int
    /// The byte offset where it starts (the segment is cut here).
    public var offset: Int
    /// How many bytes it holds.
    public var length: Int
    /// The sequence the record would have had.
    public var sequence: UInt64
    /// What is wrong with it.
    public var reason: String
}

/// What reading the log found.
public struct LogScan: Sendable, Hashable {
    /// The last valid record.
    public var head: LogHead = .empty
    /// Valid records read.
    public var records: Int = 0
    /// Events in those records.
    public var events: Int = 0
    /// `ReportIngested` events among them.
    public var reportsIngested: Int = 0
    /// `ReportRejected` events among them.
    public var reportsRejected: Int = 0
    /// The segment files, in order.
    public var segments: [String] = []
    /// Bytes of valid records in the last segment (where the next append goes).
    public var lastSegmentValidBytes: Int = 0
    /// A torn final line, cut off on open.
    public var tornTail: TornTail?
    /// Damage before the end of the log: never repaired; it stops the open.
    public var damage: LogError?
    /// Where the last valid record lies (`nil` for an empty log): what a state checkpoint keeps.
    public var headLocation: LogLocation?
    /// The sequence up to which records were trusted on a checkpoint's ``LogLocation`` instead of
    /// being read and checked; 0 when every record was checked.
    public var trustedThrough: UInt64 = 0
    /// The valid bytes of each segment scanned, in the order of ``segments``.
    var segmentSizes: [Int] = []
}

/// Reads the segments in order, checking every line's checksum, sequence and chain.
enum LogScanner {
    /// Scans the log. With `location` (from a state checkpoint), the records up to it are trusted
    /// when the log still holds that record at that place (see ``LogLocation``): they are neither
    /// read nor visited, and the scan starts after it. Otherwise every record is read.
    static func scan(
        storage: some LogStorage,
        decodeAfter: UInt64,
        trusting location: LogLocation? = nil,
        visitsRecords: Bool = true,
        visit: (LogRecord) throws(LogError) -> Void
    ) throws(LogError) -> LogScan {
        var result = LogScan()
        result.segments = try storage.segmentNames()
        var firstSegment = 0
        // The trusted segment's bytes from `base`, and where in them the scan goes on.
        var resumed: (bytes: [UInt8], base: Int, offset: Int, line: Int)?
        var lastRecord: (segment: Int, start: Int, end: Int, line: Int)?
        if let location, let found = resumePoint(location, storage: storage, segments: result.segments) {
            firstSegment = location.earlierSegments.count
            resumed = (found.bytes, found.base, location.end - found.base, location.line)
            result.segmentSizes = location.earlierSegments.map(\.size)
            result.head = location.position
            result.records = location.records
            result.events = location.events
            result.reportsIngested = location.reportsIngested
            result.reportsRejected = location.reportsRejected
            result.trustedThrough = location.position.sequence
            lastRecord = (firstSegment, location.start, location.end, location.line)
        }
        let decoder = JSONDecoder()
        let recent = RecentStrings()
        // One buffer for the segments read whole, reused from one segment to the next.
        var reused: [UInt8] = []
        let posix = storage as? PosixLogStorage
        for segmentIndex in result.segments.indices.dropFirst(firstSegment) {
            let segment = result.segments[segmentIndex]
            let isLast = segmentIndex == result.segments.count - 1
            var bytes: [UInt8]
            var length: Int
            var base = 0
            var startOffset = 0
            var startLine = 0
            if segmentIndex == firstSegment, let resumed {
                (bytes, base, startOffset, startLine) = resumed
                length = bytes.count
            } else if let posix {
                bytes = []
                swap(&bytes, &reused)
                length = try posix.read(segment, into: &bytes)
            } else {
                bytes = try storage.read(segment)
                length = bytes.count
            }
            defer { if posix != nil { swap(&bytes, &reused) } }
            let file = storage.directory + "/" + segment
            var stop = false
            var thrown: LogError?
            bytes.withUnsafeBytes { (whole: UnsafeRawBufferPointer) in
                let buffer = UnsafeRawBufferPointer(rebasing: whole[..<length])
                do throws(LogError) {
                    var offset = startOffset
                    var lineNumber = startLine
                    // On two cores the lines are checked and decoded on another thread while
                    // this one visits them; this loop then reads what that left (nothing, or
                    // from the first line that is not in good order on).
                    if visitsRecords, posix != nil {
                        let lines = PipelinedScan.lineBounds(buffer, from: offset)
                        if PipelinedScan.worthIt(lines: lines.count) {
                            _ = try PipelinedScan.run(
                                buffer,
                                lines: lines,
                                head: result.head,
                                decodeAfter: decodeAfter
                            ) { item throws(LogError) in
                                result.reportsIngested += item.ingested
                                result.reportsRejected += item.rejected
                                try visit(item.record)
                                lineNumber += 1
                                result.head = LogHead(sequence: item.record.sequence, hash: item.record.hash)
                                result.records += 1
                                result.events += item.events
                                lastRecord = (
                                    segmentIndex, base + item.line.lowerBound, base + item.line.upperBound + 1,
                                    lineNumber
                                )
                                offset = item.line.upperBound + 1
                            }
                        }
                    }
                    while offset < buffer.count {
                        lineNumber += 1
                        let newline = buffer.baseAddress.flatMap { base in
                            memchr(base + offset, Int32(UInt8(ascii: "\n")), buffer.count - offset).map {
                                base.distance(to: UnsafeRawPointer($0))
                            }
                        }
                        let end = newline ?? buffer.count
                        let line = UnsafeRawBufferPointer(rebasing: buffer[offset..<end])
                        let outcome: Result<LineCodec.RawRecord, LineCodec.Damage> =
                            newline == nil
                            ? .failure(.missingNewline)
                            : LineCodec.validate(
                                line,
                                expectedSequence: result.head.sequence + 1,
                                expectedPrevious: result.head.hash
                            )
                        switch outcome {
                        case .success(let raw):
                            var events: [DomainEvent] = []
                            if raw.sequence > decodeAfter {
                                events.reserveCapacity(raw.eventRanges.count)
                                for (index, range) in raw.eventRanges.enumerated() {
                                    let payload = UnsafeRawBufferPointer(rebasing: line[range])
                                    if LineCodec.isRedacted(payload) {
                                        events.append(.unrecognized(type: "Redacted", version: 1))
                                        continue
                                    }
                                    if let event = try? EventDecoder(payload, recent: recent).event() {
                                        events.append(event)
                                        continue
                                    }
                                    // The fast reader could not: JSONDecoder says why (or reads it).
                                    do {
                                        events.append(try decoder.decode(DomainEvent.self, from: Data(payload)))
                                    } catch {
                                        throw LogError(
                                            code: .corrupt,
                                            message: "event \(index + 1) cannot be read: \(error)",
                                            file: file,
                                            line: lineNumber,
                                            sequence: raw.sequence
                                        )
                                    }
                                }
                            }
                            // Report events are counted from their bytes, decoded or not, so that
                            // `verify` and an open count the same way.
                            for range in raw.eventRanges {
                                switch LineCodec.reportEventType(UnsafeRawBufferPointer(rebasing: line[range])) {
                                case .ingested: result.reportsIngested += 1
                                case .rejected: result.reportsRejected += 1
                                case nil: break
                                }
                            }
                            if visitsRecords {
                                let record = raw.record(in: line, events: events)
                                try visit(record)
                            }
                            result.head = LogHead(sequence: raw.sequence, hash: raw.hash)
                            result.records += 1
                            result.events += raw.eventRanges.count
                            lastRecord = (segmentIndex, base + offset, base + end + 1, lineNumber)
                            offset = end + 1
                        case .failure(let damage):
                            let torn: Bool
                            switch damage {
                            case .missingNewline, .checksum, .syntax:
                                torn = isLast && !hasRecordAfter(buffer, from: offset + 1)
                            default:
                                torn = false
                            }
                            if torn {
                                result.tornTail = TornTail(
                                    file: file,
                                    line: lineNumber,
                                    offset: base + offset,
                                    length: buffer.count - offset,
                                    sequence: result.head.sequence + 1,
                                    reason: damage.description
                                )
                            } else {
                                result.damage = LogError(
                                    code: .corrupt,
                                    message: damage.description,
                                    file: file,
                                    line: lineNumber,
                                    sequence: result.head.sequence + 1
                                )
                            }
                            stop = true
                            if isLast { result.lastSegmentValidBytes = base + offset }
                            result.segmentSizes.append(base + offset)
                            return
                        }
                    }
                    if isLast { result.lastSegmentValidBytes = base + offset }
                    result.segmentSizes.append(base + offset)
                } catch {
                    thrown = error
                }
            }
            if let thrown { throw thrown }
            if stop { break }
        }
        if let lastRecord { result.headLocation = headLocation(of: result, lastRecord: lastRecord) }
        return result
    }

    /// Where the scan's last record lies, with the counts up to it (what a checkpoint keeps).
    static func headLocation(
        of result: LogScan,
        lastRecord: (segment: Int, start: Int, end: Int, line: Int)
    ) -> LogLocation {
        LogLocation(
            position: result.head,
            segment: result.segments[lastRecord.segment],
            start: lastRecord.start,
            end: lastRecord.end,
            line: lastRecord.line,
            earlierSegments: zip(result.segments, result.segmentSizes).prefix(lastRecord.segment).map {
                LogLocation.Segment(name: $0, size: $1)
            },
            records: result.records,
            events: result.events,
            reportsIngested: result.reportsIngested,
            reportsRejected: result.reportsRejected
        )
    }

    /// Whether the log still holds the record of `location` at its place: the segments before it
    /// are the same files with the same sizes, and the line there is intact (checksum, event hashes,
    /// its own chain link), follows a newline, and has the sequence and chain hash recorded. Returns
    /// the segment's bytes from just before the line (the preceding newline), or `nil` when anything
    /// differs or cannot be read (then everything is scanned, and the scan reports what is wrong).
    static func resumePoint(
        _ location: LogLocation,
        storage: some LogStorage,
        segments: [String]
    ) -> (bytes: [UInt8], base: Int)? {
        let earlier = location.earlierSegments
        guard segments.count > earlier.count, segments[earlier.count] == location.segment,
            zip(segments, earlier).allSatisfy({ $0 == $1.name }),
            location.start >= 0, location.end - location.start > LineCodec.crcSuffixLength + 1
        else { return nil }
        for segment in earlier {
            guard let size = try? storage.size(segment.name), size == segment.size else { return nil }
        }
        let base = max(0, location.start - 1)
        guard let bytes = try? storage.read(location.segment, from: base), bytes.count >= location.end - base else {
            return nil
        }
        let intact = bytes.withUnsafeBytes { buffer -> Bool in
            let start = location.start - base
            let end = location.end - base - 1
            guard start == 0 || buffer[start - 1] == UInt8(ascii: "\n"), buffer[end] == UInt8(ascii: "\n") else {
                return false
            }
            let line = UnsafeRawBufferPointer(rebasing: buffer[start..<end])
            guard
                case .success(let raw) = LineCodec.validate(
                    line,
                    expectedSequence: location.position.sequence,
                    expectedPrevious: nil
                )
            else { return false }
            return raw.hash == location.position.hash
        }
        return intact ? (bytes, base) : nil
    }

    /// Whether the start of a record appears anywhere from `start` on. A crash in the middle of a
    /// write damages only the last record; after its first byte there can be garbage or zeros,
    /// never the start of another record. So a second record (also one glued to the damaged line
    /// by a flipped newline) means the damage is in the middle of the log.
    static func hasRecordAfter(_ buffer: UnsafeRawBufferPointer, from start: Int) -> Bool {
        let marker = Array(#"{"format":"#.utf8)
        guard buffer.count - start >= marker.count, start >= 0 else { return false }
        var i = start
        let last = buffer.count - marker.count
        while i <= last {
            if buffer[i] == marker[0]
                && UnsafeRawBufferPointer(rebasing: buffer[i..<(i + marker.count)]).elementsEqual(marker)
            {
                return true
            }
            i += 1
        }
        return false
    }
}
