import DossierModel

/// One line of the log: the events of one report, committed together.
public struct LogRecord: Sendable, Hashable {
    /// The line's format version.
    public static let formatVersion = 1

    /// The record's position in the log, from 1, without gaps.
    public var sequence: UInt64
    /// When the record was appended (ISO 8601, UTC).
    public var timestamp: String
    /// The chain hash of the previous record (64 zeros for the first).
    public var previousHash: String
    /// This record's chain hash: SHA-256 over the previous hash and the hashes of its events.
    public var hash: String
    /// The SHA-256 of each event's bytes as written.
    public var eventHashes: [String]
    /// The events, decoded.
    public var events: [DomainEvent]

    public init(
        sequence: UInt64,
        timestamp: String,
        previousHash: String,
        hash: String,
        eventHashes: [String],
        events: [DomainEvent]
    ) {
        self.sequence = sequence
        self.timestamp = timestamp
        self.previousHash = previousHash
        self.hash = hash
        self.eventHashes = eventHashes
        self.events = events
    }
}

/// The position of the last record of a log (or of what a projection includes).
public typealias LogHead = LogPosition
