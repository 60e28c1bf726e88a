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
    public var eventHashes: [String] {
        get { hashes.strings }
        set { hashes = EventHashes(newValue) }
    }
    /// The events, decoded.
    public var events: [DomainEvent]
    /// ``eventHashes`` as kept: the log's own hashes packed in one buffer (a record read from the
    /// log makes no string per event; a reader that never asks for them pays one copy).
    private var hashes: EventHashes

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
        self.hashes = EventHashes(eventHashes)
        self.events = events
    }

    /// A record whose event hashes are `packedHashes`: 64 bytes of hex digits each, one after
    /// the other (as ``eventHashes`` gives them back).
    init(
        sequence: UInt64,
        timestamp: String,
        previousHash: String,
        hash: String,
        packedHashes: [UInt8],
        events: [DomainEvent]
    ) {
        self.sequence = sequence
        self.timestamp = timestamp
        self.previousHash = previousHash
        self.hash = hash
        self.hashes = EventHashes(packed: packedHashes)
        self.events = events
    }
}

/// A record's event hashes as text. Those of the log (64 ASCII hex digits each) are kept packed,
/// one buffer a record; any others as the strings given. Equal when the lists of strings are.
struct EventHashes: Sendable, Hashable {
    /// 64 ASCII bytes a hash, when `other` is nil.
    private var packed: [UInt8]
    private var other: [String]?

    init(_ strings: [String]) {
        if strings.allSatisfy({ $0.utf8.count == 64 && $0.utf8.allSatisfy { $0 < 0x80 } }) {
            packed = []
            packed.reserveCapacity(64 * strings.count)
            for text in strings { packed.append(contentsOf: text.utf8) }
            other = nil
        } else {
            packed = []
            other = strings
        }
    }

    /// Hashes packed 64 bytes each (ASCII: anything else is kept as strings).
    init(packed bytes: [UInt8]) {
        if bytes.count % 64 == 0 && bytes.allSatisfy({ $0 < 0x80 }) {
            packed = bytes
            other = nil
        } else {
            packed = []
            other = stride(from: 0, to: bytes.count, by: 64).map {
                String(decoding: bytes[$0..<min($0 + 64, bytes.count)], as: UTF8.self)
            }
        }
    }

    var strings: [String] {
        if let other { return other }
        return stride(from: 0, to: packed.count, by: 64).map {
            String(decoding: packed[$0..<($0 + 64)], as: UTF8.self)
        }
    }

    static func == (a: EventHashes, b: EventHashes) -> Bool {
        // ASCII text is equal exactly when its bytes are.
        if a.other == nil && b.other == nil { return a.packed == b.packed }
        return a.strings == b.strings
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(strings)
    }
}

/// The position of the last record of a log (or of what a projection includes).
public typealias LogHead = LogPosition
