import DossierConfig
import DossierEventLog
import DossierPostgresLog
import DossierWriters
import Logging

/// The configured event log, opened by itself (without the projections): for `verify`,
/// `migrate` and `log export` / `log import`.
public enum EventLogs {
    /// Opens the log the configuration names (the file log takes its writer lock).
    public static func open(_ configuration: Configuration, logger: Logger) throws(LogError) -> any EventLog {
        switch configuration.logBackend {
        case .file:
            do {
                try AtomicFileWriter.makeDirectory(configuration.logDirectory)
            } catch {
                throw LogError(code: .io, message: error.description, file: configuration.logDirectory)
            }
            return try FileEventLog.open(
                directory: configuration.logDirectory,
                options: .init(segmentBytes: configuration.segmentBytes)
            ).log
        case .postgres:
            return try PostgresEventLog.open(settings: configuration.postgres, logger: logger)
        }
    }

    /// Checks the configured log end to end without changing it.
    public static func verify(_ configuration: Configuration, logger: Logger) throws(LogError) -> LogScan {
        switch configuration.logBackend {
        case .file:
            return try LogVerifier.verify(directory: configuration.logDirectory)
        case .postgres:
            return try PostgresEventLog.open(settings: configuration.postgres, logger: logger).verify()
        }
    }

    /// Where the configured log is, for messages.
    public static func location(_ configuration: Configuration) -> String {
        switch configuration.logBackend {
        case .file: configuration.logDirectory
        case .postgres: configuration.postgres.location
        }
    }

    /// Copies every record of `source` that `destination` does not have yet, unchanged (same
    /// sequence, timestamps, hashes and bytes), `chunk` records per append. `destination` must be
    /// empty or hold a prefix of `source`'s history (then only the rest is copied: running it
    /// again copies nothing). Returns the number of records copied.
    @discardableResult
    public static func copy(
        from source: any EventLog,
        to destination: any EventLog,
        chunk: Int = 1000
    ) throws(LogError) -> Int {
        var pending: [StoredRecord] = []
        var copied = 0
        try source.storedRecords(after: destination.head) { record throws(LogError) in
            pending.append(record)
            if pending.count >= chunk {
                try destination.appendStored(pending)
                copied += pending.count
                pending.removeAll(keepingCapacity: true)
            }
        }
        try destination.appendStored(pending)
        return copied + pending.count
    }
}
