import DossierModel
import Foundation

/// What the pipeline needs of an event log, whichever engine keeps it: the file log on one
/// machine (``FileEventLog``) or a database shared by daemons on several hosts.
///
/// Every record is one report's batch of events. Its line, sequence, chain hash and event
/// hashes are the same bytes on every backend, so a history moves between backends with its
/// hash chain intact (``StoredRecord``).
public protocol EventLog: AnyObject {
    /// Where the log is, for messages (a folder, or `postgres://host/database`).
    var location: String { get }

    /// The last record this process knows of.
    var head: LogHead { get }

    /// Appends each batch as one record, in order, durably, all at once.
    ///
    /// A batch whose report (the `report` of its first event) is already in the log is not
    /// appended and comes back as ``AppendResult/alreadyLogged``: another writer logged the same
    /// bytes first. Records of other writers may come between this process's head and the new
    /// records: read them with ``records(after:visit:)``.
    func commit(_ batches: [[DomainEvent]], at date: Date) throws(LogError) -> [AppendResult]

    /// Reads, checks and decodes every record after `position`, in order. Throws a
    /// ``LogError/Code/diverged`` error when the log does not hold `position` (another history).
    func records(after position: LogHead, visit: (LogRecord) throws(LogError) -> Void) throws(LogError)

    /// Reads and checks every record after `position` as stored, without decoding its events.
    func storedRecords(after position: LogHead, visit: (StoredRecord) throws(LogError) -> Void) throws(LogError)

    /// Appends records written elsewhere, unchanged (import). The first must follow this log's
    /// head (its sequence and previous hash), and each the one before it.
    func appendStored(_ records: [StoredRecord]) throws(LogError)
}

/// What became of one batch handed to ``EventLog/commit(_:at:)``.
public enum AppendResult: Sendable, Hashable {
    /// Appended as the record at this position.
    case appended(LogHead)
    /// The report was already in the log; nothing was appended for it.
    case alreadyLogged
}

/// One record as every backend stores it: the file log's line (without its newline), checked,
/// with the fields a database indexes.
public struct StoredRecord: Sendable, Hashable {
    /// Whether the record logs a report's facts or its rejection.
    public enum Kind: String, Sendable, Hashable {
        case ingested
        case rejected
        case other
    }

    public var sequence: UInt64
    public var timestamp: String
    public var previousHash: String
    public var hash: String
    /// The content hash of the report the record is about (`nil` for a record with no report event).
    public var report: String?
    public var kind: Kind
    public var eventCount: Int
    /// The line: one JSON object, newline excluded.
    public var line: [UInt8]

    /// Checks a line (CRC-32C, format, sequence, event hashes, chain) against the record expected
    /// at this place and reads its indexed fields. `source` names where the line came from in errors.
    public init(
        line: [UInt8],
        expectedSequence: UInt64,
        expectedPrevious: String,
        source: String
    ) throws(LogError) {
        let outcome = line.withUnsafeBytes { buffer -> Result<(LineCodec.RawRecord, String?, Kind), LineCodec.Damage> in
            switch LineCodec.validate(buffer, expectedSequence: expectedSequence, expectedPrevious: expectedPrevious) {
            case .failure(let damage):
                return .failure(damage)
            case .success(let raw):
                var kind = Kind.other
                var report: String?
                if let first = raw.eventRanges.first {
                    let payload = UnsafeRawBufferPointer(rebasing: buffer[first])
                    switch LineCodec.reportEventType(payload) {
                    case .ingested: kind = .ingested
                    case .rejected: kind = .rejected
                    case nil: break
                    }
                    if kind != .other, let event = try? EventDecoder(payload).event() {
                        report = event.reportID
                    }
                }
                return .success((raw, report, kind))
            }
        }
        switch outcome {
        case .failure(let damage):
            throw LogError(code: .corrupt, message: damage.description, file: source, sequence: expectedSequence)
        case .success(let (raw, report, kind)):
            self.sequence = raw.sequence
            self.timestamp = raw.timestamp
            self.previousHash = raw.previousHash
            self.hash = raw.hash
            self.report = report
            self.kind = kind
            self.eventCount = raw.eventRanges.count
            self.line = line
        }
    }

    /// Encodes one batch as the record that follows `previous`.
    public init(events: [DomainEvent], following previous: LogHead, timestamp: String) throws(LogError) {
        var encoder = EventEncoder()
        let (bytes, hash) = try LineCodec.encode(
            events: events,
            sequence: previous.sequence + 1,
            timestamp: timestamp,
            previousHash: previous.hash,
            encoder: &encoder
        )
        self.sequence = previous.sequence + 1
        self.timestamp = timestamp
        self.previousHash = previous.hash
        self.hash = hash
        self.report = events.first?.reportID
        switch events.first {
        case .reportIngested: self.kind = .ingested
        case .reportRejected: self.kind = .rejected
        default: self.kind = .other
        }
        self.eventCount = events.count
        self.line = Array(bytes.dropLast())  // the newline
    }

    /// The record's position.
    public var position: LogHead { LogHead(sequence: sequence, hash: hash) }

    /// Checks that `records` continue the log at `head`, each the one before it (sequence and
    /// previous hash): what an import may append. Returns the position of the last.
    public static func checkChain(
        _ records: [StoredRecord],
        following head: LogHead,
        location: String
    ) throws(LogError) -> LogHead {
        var previous = head
        for record in records {
            guard record.sequence == previous.sequence + 1, record.previousHash == previous.hash else {
                throw LogError(
                    code: .corrupt,
                    message:
                        "record \(record.sequence) does not follow sequence \(previous.sequence) (hash \(previous.hash.prefix(16))…)",
                    file: location,
                    sequence: record.sequence
                )
            }
            previous = record.position
        }
        return previous
    }

    /// The record with its events decoded. `source` names where it came from in errors.
    public func decoded(source: String) throws(LogError) -> LogRecord {
        let decoder = JSONDecoder()
        let result = line.withUnsafeBytes { buffer -> Result<LogRecord, LogError> in
            switch LineCodec.validate(buffer, expectedSequence: sequence, expectedPrevious: previousHash) {
            case .failure(let damage):
                return .failure(
                    LogError(code: .corrupt, message: damage.description, file: source, sequence: sequence)
                )
            case .success(let raw):
                var events: [DomainEvent] = []
                events.reserveCapacity(raw.eventRanges.count)
                for (index, range) in raw.eventRanges.enumerated() {
                    let payload = UnsafeRawBufferPointer(rebasing: buffer[range])
                    if LineCodec.isRedacted(payload) {
                        events.append(.unrecognized(type: "Redacted", version: 1))
                    } else if let event = try? EventDecoder(payload).event() {
                        events.append(event)
                    } else {
                        do {
                            events.append(try decoder.decode(DomainEvent.self, from: Data(payload)))
                        } catch {
                            return .failure(
                                LogError(
                                    code: .corrupt,
                                    message: "event \(index + 1) cannot be read: \(error)",
                                    file: source,
                                    sequence: sequence
                                )
                            )
                        }
                    }
                }
                return .success(
                    raw.record(in: buffer, events: events)
                )
            }
        }
        return try result.get()
    }
}

extension LogError {
    /// The error for a position that the log does not hold.
    public static func diverged(_ position: LogHead, location: String) -> LogError {
        LogError(
            code: .diverged,
            message:
                "the log does not hold record \(position.sequence) with hash \(position.hash.prefix(16))… (another history)",
            file: location,
            sequence: position.sequence
        )
    }
}

extension DomainEvent {
    /// The report a `ReportIngested` or `ReportRejected` event is about.
    public var reportID: String? {
        switch self {
        case .reportIngested(let ingested): ingested.report
        case .reportRejected(let rejected): rejected.report
        case .factRecorded, .unrecognized: nil
        }
    }
}

extension LogScan {
    /// The summary of a log kept elsewhere (a database): its head and counts.
    public init(head: LogHead, records: Int, events: Int, reportsIngested: Int, reportsRejected: Int) {
        self.init()
        self.head = head
        self.records = records
        self.events = events
        self.reportsIngested = reportsIngested
        self.reportsRejected = reportsRejected
    }
}

extension FileEventLog.OpenReport {
    /// What opening a log found: `scan`, and nothing cut off.
    public init(scan: LogScan) {
        self.init(scan: scan, tornTailSavedAs: nil)
    }
}
