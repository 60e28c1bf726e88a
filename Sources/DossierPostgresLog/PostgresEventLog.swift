import DossierConfig
import DossierEventLog
import DossierModel
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import PostgresNIO

/// The event log in a PostgreSQL database, shared by daemons on several hosts.
///
/// One table of records (`dossier_records`): the global sequence, the previous and chain hash, the
/// report's content hash under a unique constraint, and the record's line exactly as the file log
/// writes it (events, event hashes, CRC-32C). A one-row table (`dossier_head`) holds the head: an
/// append locks it (`SELECT … FOR UPDATE`), so sequence numbers are given out one writer at a time,
/// without gaps, and commit in order; a reader that follows the sequence never skips a record.
/// Every append ends with `NOTIFY dossier_log` so that other daemons catch up at once.
///
/// The interface is synchronous, like the file log's: each call waits for its statements on
/// SwiftNIO's shared event loops (the daemon's ingest loop is a plain thread, not a task). The
/// connection is opened on first use and opened again after it broke; a call that finds the
/// database unreachable throws ``LogError/Code/unavailable`` and can simply be made again later.
public final class PostgresEventLog {
    /// The NOTIFY channel every append signals.
    public static let channel = "dossier_log"

    public let settings: PostgresSettings
    public private(set) var head: LogHead
    private let logger: Logger
    private var connection: PostgresConnection?

    private init(settings: PostgresSettings, logger: Logger) {
        self.settings = settings
        self.logger = logger
        self.head = .empty
    }

    deinit {
        close()
    }

    /// Connects, checks that the schema is the one this build writes (`dossier migrate` makes it)
    /// and reads the head.
    public static func open(settings: PostgresSettings, logger: Logger) throws(LogError) -> PostgresEventLog {
        let log = PostgresEventLog(settings: settings, logger: logger)
        let version = try log.schemaVersion()
        guard let version else {
            throw LogError(
                code: .schema,
                message: "no Dossier schema in database \"\(settings.database)\": run `dossier migrate`",
                file: settings.location
            )
        }
        guard version == PostgresSchema.currentVersion else {
            throw LogError(
                code: .schema,
                message: version < PostgresSchema.currentVersion
                    ? "the schema is at version \(version), this build needs \(PostgresSchema.currentVersion): run `dossier migrate`"
                    : "the schema is at version \(version), newer than this build knows (\(PostgresSchema.currentVersion))",
                file: settings.location
            )
        }
        log.head = try log.readHead()
        return log
    }

    /// Creates or upgrades the schema, one version at a time, under an advisory lock (several
    /// hosts may run it at once). Returns the versions before and after.
    public static func migrate(
        settings: PostgresSettings,
        logger: Logger
    ) throws(LogError) -> (from: Int, to: Int) {
        let log = PostgresEventLog(settings: settings, logger: logger)
        let deadline = log.deadline
        return try log.transaction { connection, logger in
            _ = try connection.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.migrationLock))", logger: logger)
                .wait(within: deadline)
            _ = try connection.query(PostgresQuery(unsafeSQL: PostgresSchema.versionTable), logger: logger).wait(
                within: deadline
            )
            let rows = try connection.query("SELECT max(version) FROM dossier_schema", logger: logger).wait(
                within: deadline
            )
            let from = try rows.first?.decode(Int?.self) ?? 0
            for migration in PostgresSchema.migrations where migration.version > from {
                for statement in migration.statements {
                    _ = try connection.query(PostgresQuery(unsafeSQL: statement), logger: logger).wait(within: deadline)
                }
                _ = try connection.query(
                    "INSERT INTO dossier_schema (version) VALUES (\(migration.version))",
                    logger: logger
                ).wait(within: deadline)
            }
            return (from, max(from, PostgresSchema.currentVersion))
        }
    }

    /// Closes the connection (a later call opens it again).
    public func close() {
        // (Within the deadline too: a connection that hangs must not hang its closing.)
        if let connection { try? (connection.close() as EventLoopFuture<Void>).wait(within: deadline) }
        connection = nil
    }

    // MARK: - Reading

    private func schemaVersion() throws(LogError) -> Int? {
        try run { connection, logger in
            let exists = try connection.query("SELECT to_regclass('dossier_schema') IS NOT NULL", logger: logger)
                .wait(within: deadline)
            guard try exists.first?.decode(Bool.self) == true else { return nil }
            let rows = try connection.query("SELECT max(version) FROM dossier_schema", logger: logger).wait(
                within: deadline
            )
            return try rows.first?.decode(Int?.self)
        }
    }

    private func readHead() throws(LogError) -> LogHead {
        try run { connection, logger in
            let rows = try connection.query("SELECT seq, hash FROM dossier_head WHERE id = 1", logger: logger).wait(
                within: deadline
            )
            guard let row = rows.first else { return .empty }
            let (sequence, hash) = try row.decode((Int64, String).self)
            return LogHead(sequence: UInt64(sequence), hash: hash)
        }
    }

    /// The counts of the whole log, from the indexed columns.
    public func summary() throws(LogError) -> LogScan {
        let head = try readHead()
        self.head = head
        return try run { connection, logger in
            let rows = try connection.query(
                """
                SELECT count(*), coalesce(sum(event_count), 0)::bigint,
                       count(*) FILTER (WHERE kind = 'ingested'), count(*) FILTER (WHERE kind = 'rejected')
                FROM dossier_records
                """,
                logger: logger
            ).wait(within: deadline)
            guard let row = rows.first else {
                return LogScan(head: head, records: 0, events: 0, reportsIngested: 0, reportsRejected: 0)
            }
            let (records, events, ingested, rejected) = try row.decode((Int64, Int64, Int64, Int64).self)
            return LogScan(
                head: head,
                records: Int(records),
                events: Int(events),
                reportsIngested: Int(ingested),
                reportsRejected: Int(rejected)
            )
        }
    }

    /// Reads every record and checks it as `dossier verify` does for the file log: each line's
    /// CRC-32C, sequence, event hashes and chain link, that the indexed columns agree with the
    /// line, and that the head row names the last record.
    public func verify() throws(LogError) -> LogScan {
        var scan = LogScan(head: .empty, records: 0, events: 0, reportsIngested: 0, reportsRejected: 0)
        do throws(LogError) {
            try storedRecords(after: .empty) { record in
                scan.head = record.position
                scan.records += 1
                scan.events += record.eventCount
                switch record.kind {
                case .ingested: scan.reportsIngested += 1
                case .rejected: scan.reportsRejected += 1
                case .other: break
                }
            }
            let recorded = try readHead()
            if recorded != scan.head {
                scan.damage = LogError(
                    code: .corrupt,
                    message:
                        "the head row says sequence \(recorded.sequence) (\(recorded.hash.prefix(16))…), the last record is \(scan.head.sequence) (\(scan.head.hash.prefix(16))…)",
                    file: settings.location + " dossier_head",
                    sequence: recorded.sequence
                )
            }
        } catch  where error.code == .corrupt || error.code == .diverged {
            scan.damage = error
        }
        return scan
    }

    /// Rows read per round trip when following the log.
    static let pageSize = 2000

    public func storedRecords(after position: LogHead, visit: (StoredRecord) throws(LogError) -> Void) throws(LogError)
    {
        if position.sequence > 0 {
            let held = try run { connection, logger in
                try connection.query(
                    "SELECT hash FROM dossier_records WHERE seq = \(Int64(position.sequence))",
                    logger: logger
                ).wait(within: deadline).first?.decode(String.self)
            }
            guard held == position.hash else { throw LogError.diverged(position, location: settings.location) }
        }
        var previous = position
        while true {
            let rows = try run { connection, logger in
                try connection.query(
                    """
                    SELECT seq, prev, hash, report, kind, event_count, line FROM dossier_records
                    WHERE seq > \(Int64(previous.sequence)) ORDER BY seq LIMIT \(Self.pageSize)
                    """,
                    logger: logger
                ).wait(within: deadline).rows
            }
            for row in rows {
                let columns: (Int64, String, String, String?, String, Int32, String)
                do {
                    columns = try row.decode((Int64, String, String, String?, String, Int32, String).self)
                } catch {
                    throw LogError(
                        code: .corrupt,
                        message: "a row of dossier_records cannot be read: \(error)",
                        file: settings.location,
                        sequence: previous.sequence + 1
                    )
                }
                let source = settings.location + " dossier_records seq \(columns.0)"
                let record = try StoredRecord(
                    line: Array(columns.6.utf8),
                    expectedSequence: previous.sequence + 1,
                    expectedPrevious: previous.hash,
                    source: source
                )
                guard UInt64(columns.0) == record.sequence, columns.1 == record.previousHash,
                    columns.2 == record.hash, columns.3 == record.report, columns.4 == record.kind.rawValue,
                    Int(columns.5) == record.eventCount
                else {
                    throw LogError(
                        code: .corrupt,
                        message: "the row's columns do not agree with its line",
                        file: source,
                        sequence: record.sequence
                    )
                }
                try visit(record)
                previous = record.position
            }
            if rows.count < Self.pageSize { break }
        }
        if previous.sequence > head.sequence { head = previous }
    }

    // MARK: - Appending

    /// Appends records under the lock of the head row, in one transaction. `make` is given the
    /// head and the reports already in the log among `reports`, and returns the records to insert.
    private func appendLocked(
        reports: [String],
        make: (LogHead, Set<String>) throws(LogError) -> [StoredRecord]
    ) throws(LogError) -> [StoredRecord] {
        let location = settings.location
        let inserted = try transaction { connection, logger -> [StoredRecord] in
            let headRows = try connection.query(
                "SELECT seq, hash FROM dossier_head WHERE id = 1 FOR UPDATE",
                logger: logger
            ).wait(within: deadline)
            guard let headRow = headRows.first else {
                throw LogError(code: .schema, message: "the head row is missing: run `dossier migrate`", file: location)
            }
            let (sequence, hash) = try headRow.decode((Int64, String).self)
            let current = LogHead(sequence: UInt64(sequence), hash: hash)
            var present: Set<String> = []
            if !reports.isEmpty {
                let rows = try connection.query(
                    "SELECT report FROM dossier_records WHERE report = ANY(\(reports))",
                    logger: logger
                ).wait(within: deadline)
                for row in rows { present.insert(try row.decode(String.self)) }
            }
            let records = try make(current, present)
            guard let last = records.last else { return [] }
            _ = try connection.query(
                """
                INSERT INTO dossier_records (seq, prev, hash, report, kind, event_count, ts, line)
                SELECT s, p, h, NULLIF(r, ''), k, c, t, l FROM unnest(
                    \(records.map { Int64($0.sequence) })::bigint[], \(records.map(\.previousHash))::text[],
                    \(records.map(\.hash))::text[], \(records.map { $0.report ?? "" })::text[],
                    \(records.map(\.kind.rawValue))::text[], \(records.map { Int32($0.eventCount) })::integer[],
                    \(records.map(\.timestamp))::text[], \(records.map { String(decoding: $0.line, as: UTF8.self) })::text[]
                ) AS u(s, p, h, r, k, c, t, l)
                """,
                logger: logger
            ).wait(within: deadline)
            _ = try connection.query(
                "UPDATE dossier_head SET seq = \(Int64(last.sequence)), hash = \(last.hash) WHERE id = 1",
                logger: logger
            ).wait(within: deadline)
            _ = try connection.query("SELECT pg_notify(\(Self.channel), \(String(last.sequence)))", logger: logger)
                .wait(within: deadline)
            return records
        }
        return inserted
    }

    // MARK: - Connections

    /// How long one statement may take before the connection is given up (`query_timeout_ms`).
    private var deadline: TimeAmount { .milliseconds(Int64(settings.queryTimeoutMilliseconds)) }

    /// Runs `body` on the connection (opened if needed), mapping every failure to a ``LogError``.
    /// A broken connection is dropped, so the next call opens a new one.
    private func run<T>(_ body: (PostgresConnection, Logger) throws -> T) throws(LogError) -> T {
        let connection = try connected()
        do {
            return try body(connection, logger)
        } catch let error as LogError {
            throw error
        } catch {
            throw failure(error)
        }
    }

    /// Runs `body` between BEGIN and COMMIT; rolls back when it throws.
    private func transaction<T>(_ body: (PostgresConnection, Logger) throws -> T) throws(LogError) -> T {
        try run { connection, logger in
            _ = try connection.query("BEGIN", logger: logger).wait(within: deadline)
            do {
                let result = try body(connection, logger)
                _ = try connection.query("COMMIT", logger: logger).wait(within: deadline)
                return result
            } catch {
                _ = try? connection.query("ROLLBACK", logger: logger).wait(within: deadline)
                throw error
            }
        }
    }

    private func connected() throws(LogError) -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        close()
        do {
            let opened = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(),
                configuration: try settings.connectionConfiguration(),
                id: 1,
                logger: logger
            ).wait(within: deadline)
            connection = opened
            return opened
        } catch let error as LogError {
            throw error
        } catch {
            throw failure(error)
        }
    }

    /// Maps an error of the driver: a broken or refused connection is ``LogError/Code/unavailable``
    /// (and the connection is dropped); an error the server sent is ``LogError/Code/database``.
    private func failure(_ error: any Error) -> LogError {
        if error is StatementDeadlineExceeded {
            close()
            return LogError(
                code: .unavailable,
                message: "PostgreSQL did not answer within \(settings.queryTimeoutMilliseconds) ms (query_timeout_ms)",
                file: settings.location
            )
        }
        if let psql = error as? PSQLError {
            switch psql.code {
            case .server:
                let state = psql.serverInfo?[.sqlState] ?? "?"
                let message = psql.serverInfo?[.message] ?? "no message"
                // Class 08 (connection exception), 57P01-57P03 (shutdown, cannot connect now).
                if state.hasPrefix("08") || state.hasPrefix("57P") {
                    close()
                    return LogError(
                        code: .unavailable,
                        message: "PostgreSQL is unavailable: \(message) (SQLSTATE \(state))",
                        file: settings.location
                    )
                }
                return LogError(
                    code: .database,
                    message: "PostgreSQL refused a statement: \(message) (SQLSTATE \(state))",
                    file: settings.location
                )
            default:
                close()
                return LogError(
                    code: .unavailable,
                    message:
                        "PostgreSQL is unavailable: \(String(reflecting: psql.code))\(psql.underlying.map { ": \($0)" } ?? "")",
                    file: settings.location
                )
            }
        }
        close()
        return LogError(code: .unavailable, message: "PostgreSQL is unavailable: \(error)", file: settings.location)
    }
}

extension PostgresEventLog: EventLog {
    public var location: String { settings.location }

    public func commit(_ batches: [[DomainEvent]], at date: Date) throws(LogError) -> [AppendResult] {
        guard !batches.isEmpty else { return [] }
        let timestamp = FileEventLog.timestamp(date)
        let reports = batches.compactMap { $0.first?.reportID }
        var results: [AppendResult] = []
        let inserted = try appendLocked(reports: reports) { current, present throws(LogError) in
            results = []
            var records: [StoredRecord] = []
            var previous = current
            var seen = present
            for batch in batches {
                if let report = batch.first?.reportID {
                    guard seen.insert(report).inserted else {
                        results.append(.alreadyLogged)
                        continue
                    }
                }
                let record = try StoredRecord(events: batch, following: previous, timestamp: timestamp)
                records.append(record)
                results.append(.appended(record.position))
                previous = record.position
            }
            return records
        }
        if let last = inserted.last { head = last.position }
        return results
    }

    public func records(after position: LogHead, visit: (LogRecord) throws(LogError) -> Void) throws(LogError) {
        try storedRecords(after: position) { record throws(LogError) in
            try visit(try record.decoded(source: settings.location + " dossier_records seq \(record.sequence)"))
        }
    }

    public func appendStored(_ records: [StoredRecord]) throws(LogError) {
        guard !records.isEmpty else { return }
        let location = settings.location
        let inserted = try appendLocked(reports: []) { current, _ throws(LogError) in
            _ = try StoredRecord.checkChain(records, following: current, location: location)
            return records
        }
        if let last = inserted.last { head = last.position }
    }
}

/// A statement had no answer within `query_timeout_ms`.
struct StatementDeadlineExceeded: Error {}

extension EventLoopFuture where Value: Sendable {
    /// Waits for the value at most `timeout`, then throws ``StatementDeadlineExceeded``: NIO's
    /// `wait()` has no deadline, and a statement blocked on a lock or a server that stopped
    /// answering would hold the daemon's ingest thread for ever. The first of the answer and the
    /// timer settles the result; the other is ignored.
    func wait(within timeout: TimeAmount) throws -> Value {
        let promise = eventLoop.makePromise(of: Value.self)
        let settled = NIOLockedValueBox(false)
        let timer = eventLoop.scheduleTask(in: timeout) {
            if settled.withLockedValue({ done in
                defer { done = true }; return !done
            }) {
                promise.fail(StatementDeadlineExceeded())
            }
        }
        whenComplete { result in
            timer.cancel()
            if settled.withLockedValue({ done in
                defer { done = true }; return !done
            }) {
                promise.completeWith(result)
            }
        }
        return try promise.futureResult.wait()
    }
}
