import DossierModel

/// Where a record lies in the log's files, with the log's counts up to and including it: what an
/// open needs to start checking after that record without reading the records before it.
///
/// A state checkpoint keeps the location of the last record it includes. Opening the log with it
/// (``FileEventLog/open(directory:options:storage:decodeAfter:trusting:visit:)``) checks that the
/// earlier segments still have their sizes and that the record is still at that place with that
/// chain hash, and then checks only the records after it. ``LogVerifier`` always checks everything.
public struct LogLocation: Sendable, Hashable {
    /// A segment file before the one that holds the record, and its size in bytes.
    public struct Segment: Sendable, Hashable {
        /// The file name in the log folder.
        public var name: String
        /// Its size in bytes.
        public var size: Int

        public init(name: String, size: Int) {
            self.name = name
            self.size = size
        }
    }

    /// The record's sequence and chain hash.
    public var position: LogPosition
    /// The segment file that holds the record (a name in the log folder).
    public var segment: String
    /// The byte offset of the record's line in that segment.
    public var start: Int
    /// The byte offset just past the line's newline.
    public var end: Int
    /// The line's 1-based number in the segment.
    public var line: Int
    /// The segments before ``segment``, in order, with their sizes.
    public var earlierSegments: [Segment]
    /// Records in the log up to and including this one.
    public var records: Int
    /// Events in those records.
    public var events: Int
    /// `ReportIngested` events among them.
    public var reportsIngested: Int
    /// `ReportRejected` events among them.
    public var reportsRejected: Int

    public init(
        position: LogPosition,
        segment: String,
        start: Int,
        end: Int,
        line: Int,
        earlierSegments: [Segment],
        records: Int,
        events: Int,
        reportsIngested: Int,
        reportsRejected: Int
    ) {
        self.position = position
        self.segment = segment
        self.start = start
        self.end = end
        self.line = line
        self.earlierSegments = earlierSegments
        self.records = records
        self.events = events
        self.reportsIngested = reportsIngested
        self.reportsRejected = reportsRejected
    }
}
