/// Why the event log could not be opened, read or appended to. Names the file, and where
/// it applies the line and sequence number.
public struct LogError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable code tools can match on.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        public var description: String { name }

        /// A record before the end of the log is damaged (checksum, syntax, sequence or chain).
        public static let corrupt = Code("corrupt")
        /// A file system call failed (open, read, write, rename).
        public static let io = Code("io")
        /// fsync/fdatasync failed: what was written may not be on disk. Fatal.
        public static let syncFailed = Code("sync-failed")
        /// The file system is full; nothing was appended.
        public static let noSpace = Code("no-space")
        /// Another process holds the log's lock.
        public static let locked = Code("locked")
        /// The log refused further appends after a fatal error.
        public static let closed = Code("closed")
        /// An event could not be encoded.
        public static let encoding = Code("encoding")
        /// The log does not hold a position it was asked to continue from (another history).
        public static let diverged = Code("diverged")
        /// The database cannot be reached (or the connection broke); nothing was appended that
        /// is not there after a retry. Not fatal: try again later.
        public static let unavailable = Code("unavailable")
        /// The database refused a statement.
        public static let database = Code("database")
        /// The database has no Dossier schema, or one this build does not know: run `dossier migrate`.
        public static let schema = Code("schema")
    }

    public var code: Code
    public var message: String
    /// The file concerned.
    public var file: String
    /// The 1-based line in that file, when the error concerns a record.
    public var line: Int?
    /// The sequence number of the record concerned, when known.
    public var sequence: UInt64?

    public init(code: Code, message: String, file: String, line: Int? = nil, sequence: UInt64? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.sequence = sequence
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let sequence { place += " (sequence \(sequence))" }
        return "\(place): \(message) [\(code)]"
    }
}
