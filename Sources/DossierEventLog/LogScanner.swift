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
}

/// Reads the segments in order, checking every line's checksum, sequence and chain.
enum LogScanner {
    static func scan(
        storage: some LogStorage,
        decodeAfter: UInt64,
        visit: (LogRecord) throws(LogError) -> Void
    ) throws(LogError) -> LogScan {
        var result = LogScan()
        result.segments = try storage.segmentNames()
        let decoder = JSONDecoder()
        for (segmentIndex, segment) in result.segments.enumerated() {
            let isLast = segmentIndex == result.segments.count - 1
            let bytes = try storage.read(segment)
            let file = storage.directory + "/" + segment
            var stop = false
            var thrown: LogError?
            bytes.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
                do throws(LogError) {
                    var offset = 0
                    var lineNumber = 0
                    while offset < buffer.count {
                        lineNumber += 1
                        let newline = buffer[offset...].firstIndex(of: UInt8(ascii: "\n"))
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
                                    if let event = try? EventDecoder(payload).event() {
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
                            let record = LogRecord(
                                sequence: raw.sequence,
                                timestamp: raw.timestamp,
                                previousHash: raw.previousHash,
                                hash: raw.hash,
                                eventHashes: raw.eventHashes,
                                events: events
                            )
                            try visit(record)
                            result.head = LogHead(sequence: raw.sequence, hash: raw.hash)
                            result.records += 1
                            result.events += raw.eventRanges.count
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
                                    offset: offset,
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
                            if isLast { result.lastSegmentValidBytes = offset }
                            return
                        }
                    }
                    if isLast { result.lastSegmentValidBytes = offset }
                } catch {
                    thrown = error
                }
            }
            if let thrown { throw thrown }
            if stop { break }
        }
        return result
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
