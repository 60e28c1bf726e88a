import DossierModel
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The append-only event log on local files: JSON Lines, one line a batch, hash-chained,
/// fdatasync'd before an append returns.
///
/// One process at a time may open the log for appending (a `flock` on `LOCK` in the log
/// folder). Reading it (``LogVerifier``) needs no lock.
public final class FileEventLog {
    /// Tunables of the file log.
    public struct Options: Sendable, Hashable {
        /// A segment that has grown past this size is closed and a new one begun.
        public var segmentBytes: Int

        public init(segmentBytes: Int = 64 << 20) {
            self.segmentBytes = segmentBytes
        }
    }

    /// What opening the log found and did.
    public struct OpenReport: Sendable, Hashable {
        /// The scan of the log as it was found.
        public var scan: LogScan
        /// Where the cut-off torn tail was kept, if there was one.
        public var tornTailSavedAs: String?
    }

    /// The folder of the log.
    public var directory: String { storage.directory }
    /// The last record written.
    public private(set) var head: LogHead
    /// Where the last record lies, with the log's counts (`nil` for an empty log): what a state
    /// checkpoint keeps so that the next open can trust the records up to it.
    public private(set) var headLocation: LogLocation?
    private let storage: any LogStorage
    private let options: Options
    private var segment: String
    private var segmentSize: Int
    /// Valid lines in `segment`.
    private var segmentLines: Int
    /// The segments before `segment`, with their sizes.
    private var earlierSegments: [LogLocation.Segment]
    private var fatal: LogError?
    private let lockDescriptor: Int32
    private var encoder = EventEncoder()
    /// The lines of an append, kept from one append to the next (no allocation per append).
    private var lines: [UInt8] = []

    private init(
        storage: any LogStorage,
        options: Options,
        scan: LogScan,
        lockDescriptor: Int32
    ) {
        self.storage = storage
        self.options = options
        self.head = scan.head
        self.headLocation = scan.headLocation
        self.segment = scan.segments.last ?? SegmentName.make(1)
        self.segmentSize = scan.lastSegmentValidBytes
        self.segmentLines = scan.headLocation.map { $0.segment == scan.segments.last ? $0.line : 0 } ?? 0
        self.earlierSegments = zip(scan.segments.dropLast(), scan.segmentSizes).map {
            LogLocation.Segment(name: $0, size: $1)
        }
        self.lockDescriptor = lockDescriptor
    }

    deinit {
        if lockDescriptor >= 0 { close(lockDescriptor) }
    }

    /// Opens the log in `directory` (created if missing), replaying every record to `visit`.
    ///
    /// Records up to `decodeAfter` are checked but not decoded: they reach `visit` with no events
    /// (a caller that holds a checkpoint of the state up to there needs only their hashes).
    ///
    /// With `trusting` (the location a state checkpoint recorded), the records up to that location
    /// are neither read nor visited when the log still holds that record there (earlier segments
    /// of the same sizes; the line intact, with the recorded sequence and chain hash): only the
    /// records after it are checked. ``LogScan/trustedThrough`` in the report says whether that
    /// happened; when it did not, every record was read and visited as without `trusting`.
    ///
    /// A torn final line is saved beside the segments and cut off, and reported in the returned
    /// ``OpenReport``. Damage anywhere else throws a ``LogError`` naming the file, line and sequence.
    public static func open(
        directory: String,
        options: Options = Options(),
        storage givenStorage: (any LogStorage)? = nil,
        decodeAfter: UInt64 = 0,
        trusting location: LogLocation? = nil,
        visit: (LogRecord) throws(LogError) -> Void = { _ in }
    ) throws(LogError) -> (log: FileEventLog, report: OpenReport) {
        let storage: any LogStorage
        if let given = givenStorage {
            storage = given
        } else {
            storage = try PosixLogStorage(directory: directory)
        }
        let lock = try Self.lock(directory: storage.directory)
        var report = OpenReport(scan: LogScan())
        do throws(LogError) {
            report.scan = try LogScanner.scan(
                storage: storage,
                decodeAfter: decodeAfter,
                trusting: location,
                visit: visit
            )
            if let damage = report.scan.damage { throw damage }
            if let torn = report.scan.tornTail {
                let segment = (torn.file as NSString).lastPathComponent
                let bytes = try storage.read(segment)
                let name = "\(segment).torn-seq\(torn.sequence)-at\(torn.offset)"
                try storage.saveAside(Array(bytes[torn.offset...]), name: name)
                try storage.truncate(segment, to: torn.offset)
                report.tornTailSavedAs = storage.directory + "/" + name
            }
        } catch {
            if lock >= 0 { close(lock) }
            throw error
        }
        let log = FileEventLog(storage: storage, options: options, scan: report.scan, lockDescriptor: lock)
        return (log, report)
    }

    private static func lock(directory: String) throws(LogError) -> Int32 {
        let path = directory + "/LOCK"
        let fd = Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw PosixLogStorage.failure("cannot open the lock file", file: path) }
        // Wait up to a second: a writer that is just finishing (or a child process that has not yet
        // reached exec and still shares the descriptor) lets go within that time.
        var attempts = 0
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            attempts += 1
            if attempts < 100 {
                usleep(10_000)
                continue
            }
            close(fd)
            throw LogError(
                code: .locked,
                message: "another dossier process (the daemon?) has the log open for writing",
                file: path
            )
        }
        return fd
    }

    /// Reads every record again, decoded (after a checkpoint turned out not to match the log).
    public func replay(visit: (LogRecord) throws(LogError) -> Void) throws(LogError) {
        let scan = try LogScanner.scan(storage: storage, decodeAfter: 0, visit: visit)
        if let damage = scan.damage { throw damage }
    }

    /// Appends each batch as one record, all in one write and one fdatasync (group commit).
    ///
    /// Returns the head after each batch. When the write fails nothing is appended; when the
    /// fdatasync fails the log refuses every further append: the caller must stop.
    @discardableResult
    public func append(_ batches: [[DomainEvent]], at date: Date = Date()) throws(LogError) -> [LogHead] {
        if let fatal { throw LogError(code: .closed, message: "the log stopped after: \(fatal)", file: fatal.file) }
        guard !batches.isEmpty else { return [] }
        let timestamp = Self.timestamp(date)
        // The lines are written into one buffer kept from append to append; `used` is where
        // they end (the buffer is longer).
        var bytes: [UInt8] = []
        swap(&bytes, &lines)
        defer {
            // A buffer grown by a large group commit is let go rather than kept.
            if bytes.count <= 4 << 20 { swap(&bytes, &lines) }
        }
        var used = 0
        var heads: [LogHead] = []
        var previous = head
        var lastLineStart = 0
        var events = 0
        var ingested = 0
        var rejected = 0
        for batch in batches {
            lastLineStart = used
            events += batch.count
            for i in batch.indices {
                switch batch[i] {
                case .reportIngested: ingested += 1
                case .reportRejected: rejected += 1
                default: break
                }
            }
            let (hash, end) = try LineCodec.encode(
                events: batch,
                sequence: previous.sequence + 1,
                timestamp: timestamp,
                previousHash: previous.hash,
                encoder: &encoder,
                into: &bytes,
                from: used
            )
            used = end
            previous = LogHead(sequence: previous.sequence + 1, hash: hash)
            heads.append(previous)
        }
        try write(
            bytes,
            count: used,
            lastLineStart: lastLineStart,
            records: batches.count,
            events: events,
            ingested: ingested,
            rejected: rejected,
            last: previous
        )
        return heads
    }

    /// The same, for the first `count` bytes of an array: `withUnsafeBytes` takes an untyped
    /// throwing closure, so the typed error crosses it as a `Result`.
    private func write(
        _ bytes: [UInt8],
        count: Int,
        lastLineStart: Int,
        records: Int,
        events: Int,
        ingested: Int,
        rejected: Int,
        last: LogHead
    ) throws(LogError) {
        let written: Result<Void, LogError> = bytes.withUnsafeBytes { all in
            do throws(LogError) {
                try write(
                    UnsafeRawBufferPointer(rebasing: all[..<count]),
                    lastLineStart: lastLineStart,
                    records: records,
                    events: events,
                    ingested: ingested,
                    rejected: rejected,
                    last: last
                )
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try written.get()
    }

    /// Writes whole records (one write, one fdatasync), rolling over to a new segment first when
    /// the current one would grow past its limit, and moves the head and its location.
    private func write(
        _ bytes: UnsafeRawBufferPointer,
        lastLineStart: Int,
        records: Int,
        events: Int,
        ingested: Int,
        rejected: Int,
        last: LogHead
    ) throws(LogError) {
        if segmentSize > 0 && segmentSize + bytes.count > options.segmentBytes {
            earlierSegments.append(LogLocation.Segment(name: segment, size: segmentSize))
            segment = SegmentName.make((SegmentName.index(segment) ?? 0) + 1)
            segmentSize = 0
            segmentLines = 0
        }
        try storage.append(bytes: bytes, to: segment)
        do throws(LogError) {
            try storage.sync(segment)
        } catch {
            fatal = error
            throw error
        }
        headLocation = LogLocation(
            position: last,
            segment: segment,
            start: segmentSize + lastLineStart,
            end: segmentSize + bytes.count,
            line: segmentLines + records,
            earlierSegments: earlierSegments,
            records: (headLocation?.records ?? 0) + records,
            events: (headLocation?.events ?? 0) + events,
            reportsIngested: (headLocation?.reportsIngested ?? 0) + ingested,
            reportsRejected: (headLocation?.reportsRejected ?? 0) + rejected
        )
        segmentSize += bytes.count
        segmentLines += records
        head = last
    }

    /// ISO 8601 in UTC with milliseconds (`2026-11-29T21:55:00.789Z`).
    ///
    /// Written digit by digit for the dates from 1970 to 9999: Foundation's format style cost
    /// about 7,000 instructions and a few allocations an append. The same text as
    /// ``foundationTimestamp(_:)`` (the tests compare them on a million dates): the milliseconds
    /// are those of the time since 2001, truncated, as Foundation takes them.
    public static func timestamp(_ date: Date) -> String {
        let sinceReference = date.timeIntervalSinceReferenceDate
        let whole = sinceReference.rounded(.down)
        // 1970-01-01 and 10000-01-01, in seconds since 2001-01-01.
        guard whole >= -978_307_200, whole < 252_423_993_600 else { return foundationTimestamp(date) }
        let milliseconds = min(999, Int((sinceReference - whole) * 1000))
        let seconds = Int(whole) + 978_307_200
        let (year, month, day) = CivilCalendar.date(daysSinceEpoch: seconds / 86_400)
        let time = seconds % 86_400
        return String(unsafeUninitializedCapacity: 24) { b in
            func digits(_ value: Int, _ count: Int, at start: Int) {
                var rest = value
                for i in stride(from: start + count - 1, through: start, by: -1) {
                    b[i] = 0x30 + UInt8(truncatingIfNeeded: rest % 10)
                    rest /= 10
                }
            }
            digits(year, 4, at: 0)
            b[4] = UInt8(ascii: "-")
            digits(month, 2, at: 5)
            b[7] = UInt8(ascii: "-")
            digits(day, 2, at: 8)
            b[10] = UInt8(ascii: "T")
            digits(time / 3600, 2, at: 11)
            b[13] = UInt8(ascii: ":")
            digits(time / 60 % 60, 2, at: 14)
            b[16] = UInt8(ascii: ":")
            digits(time % 60, 2, at: 17)
            b[19] = UInt8(ascii: ".")
            digits(milliseconds, 3, at: 20)
            b[23] = UInt8(ascii: "Z")
            return 24
        }
    }

    /// ``timestamp(_:)`` by Foundation's format style (the dates outside 1970–9999, and the tests).
    static func foundationTimestamp(_ date: Date) -> String {
        date.formatted(
            .iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted)
        )
    }

}

extension FileEventLog: EventLog {
    public var location: String { directory }

    /// Appends every batch: the file log has one writer (its lock), which checks for duplicates
    /// in its own state before it appends, so nothing comes back as already logged.
    public func commit(_ batches: [[DomainEvent]], at date: Date) throws(LogError) -> [AppendResult] {
        try append(batches, at: date).map { .appended($0) }
    }

    public func records(after position: LogHead, visit: (LogRecord) throws(LogError) -> Void) throws(LogError) {
        let location = directory
        var held = position.sequence == 0
        let scan = try LogScanner.scan(storage: storage, decodeAfter: position.sequence) { record throws(LogError) in
            if record.sequence == position.sequence { held = record.hash == position.hash }
            guard record.sequence > position.sequence else { return }
            guard held else { throw LogError.diverged(position, location: location) }
            try visit(record)
        }
        if let damage = scan.damage { throw damage }
        if !held { throw LogError.diverged(position, location: location) }
    }

    public func storedRecords(after position: LogHead, visit: (StoredRecord) throws(LogError) -> Void) throws(LogError)
    {
        var previous = LogHead.empty
        for segment in try storage.segmentNames() {
            let bytes = try storage.read(segment)
            let file = storage.directory + "/" + segment
            var start = 0
            while start < bytes.count {
                guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                    throw LogError(
                        code: .corrupt,
                        message: "the last record is not terminated (torn write)",
                        file: file,
                        sequence: previous.sequence + 1
                    )
                }
                let record = try StoredRecord(
                    line: Array(bytes[start..<newline]),
                    expectedSequence: previous.sequence + 1,
                    expectedPrevious: previous.hash,
                    source: file
                )
                if record.sequence == position.sequence && record.hash != position.hash {
                    throw LogError.diverged(position, location: directory)
                }
                if record.sequence > position.sequence { try visit(record) }
                previous = record.position
                start = newline + 1
            }
        }
        if previous.sequence < position.sequence { throw LogError.diverged(position, location: directory) }
    }

    public func appendStored(_ records: [StoredRecord]) throws(LogError) {
        if let fatal { throw LogError(code: .closed, message: "the log stopped after: \(fatal)", file: fatal.file) }
        guard !records.isEmpty else { return }
        let last = try StoredRecord.checkChain(records, following: head, location: directory)
        var bytes: [UInt8] = []
        var lastLineStart = 0
        var events = 0
        var ingested = 0
        var rejected = 0
        for record in records {
            lastLineStart = bytes.count
            bytes += record.line
            bytes.append(UInt8(ascii: "\n"))
            events += record.eventCount
            switch record.kind {
            case .ingested: ingested += 1
            case .rejected: rejected += 1
            case .other: break
            }
        }
        try write(
            bytes,
            count: bytes.count,
            lastLineStart: lastLineStart,
            records: records.count,
            events: events,
            ingested: ingested,
            rejected: rejected,
            last: last
        )
    }
}
