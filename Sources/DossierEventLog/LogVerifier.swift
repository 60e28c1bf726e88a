import Foundation

/// Checks a log end to end without changing it: every line's checksum, the sequence, every
/// event's hash and the chain.
public enum LogVerifier {
    /// Reads the log in `directory` and reports what it found.
    public static func verify(directory: String) throws(LogError) -> LogScan {
        let storage = try PosixLogStorage(directory: directory)
        return try verify(storage: storage)
    }

    /// Reads the log in `storage` and reports what it found. A log in good order on a local folder
    /// is checked on every core (``ParallelVerifier``); anything else, and any damage, is read
    /// line by line, which names the file, line and reason.
    public static func verify(storage: some LogStorage) throws(LogError) -> LogScan {
        if let posix = storage as? PosixLogStorage,
            let scan = ParallelVerifier.scan(storage: posix, threads: ProcessInfo.processInfo.activeProcessorCount)
        {
            return scan
        }
        return try verifySequentially(storage: storage)
    }

    /// The same, one line after the other.
    static func verifySequentially(storage: some LogStorage) throws(LogError) -> LogScan {
        do {
            return try LogScanner.scan(storage: storage, decodeAfter: .max, visitsRecords: false) {
                _ throws(LogError) in
            }
        } catch  where error.code == .corrupt {
            var scan = LogScan()
            scan.damage = error
            return scan
        }
    }
}
