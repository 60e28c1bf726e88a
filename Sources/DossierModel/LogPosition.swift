/// A position in the event log: the sequence and chain hash of a record. The log's head, and
/// the point a projection includes up to, are positions.
public struct LogPosition: Sendable, Hashable, Codable {
    /// The sequence of the record; 0 for an empty log.
    public var sequence: UInt64
    /// The chain hash of that record; 64 zeros for an empty log.
    public var hash: String

    public init(sequence: UInt64, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }

    /// The position of an empty log.
    public static let empty = LogPosition(sequence: 0, hash: String(repeating: "0", count: 64))
}
