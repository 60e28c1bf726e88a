import DossierConfig
import DossierEventLog
import DossierExtraction
import DossierIngest
import DossierModel
import DossierProjection
import DossierWriters
import Foundation
import Logging
import SystemPackage

/// What became of one report handed to the pipeline.
public enum IngestOutcome: Sendable {
    /// Appended to the log with this many facts.
    case ingested(report: String, fileName: String, facts: Int)
    /// The same bytes are already in the log (under any name): nothing was added.
    case duplicate(report: String, fileName: String)
    /// The content is unusable (empty, binary, malformed…). Recorded in the log when the
    /// pipeline records rejections (the daemon does; `dossier ingest` does not).
    case rejected(report: String, fileName: String, size: Int, error: IngestError)
    /// The file could not be read at all (gone, unreadable, not a regular file): no content, no hash.
    case unreadable(error: IngestError)
}

/// The pipeline: ingest → extract → event log → projector → writers, over one state folder.
///
/// Owns the open log (and its lock) and the projection state folded from it. One owner at a
/// time: the CLI for one command, or the daemon's ingest loop.
public final class Pipeline {
    public private(set) var configuration: Configuration
    /// The state folded from the whole log.
    public private(set) var state: ProjectionState
    /// What opening the log found (a torn tail cut off, counts).
    public let openReport: FileEventLog.OpenReport
    private let log: FileEventLog
    private var extractor: Extractor
    private let logger: Logger
    private let formats: Set<ProjectionFormat>

    /// Whether reports with unusable content are logged as `ReportRejected` (so they are never
    /// tried again and `status.json` lists them).
    public var recordsRejections = false

    /// The state checkpoint (see ``StateCheckpoint``), beside the projections.
    private var checkpointPath: String { configuration.projectionsDirectory + "/" + StateCheckpoint.fileName }
    /// The log sequence of the last checkpoint written or loaded.
    private var checkpointSequence: UInt64 = 0

    /// Opens the state folder: creates its folders, opens the log and replays it.
    ///
    /// With `useCheckpoint` (the default), the state saved in the checkpoint is loaded and only
    /// the records after it are checked, decoded and folded in: the records it includes are trusted
    /// when the log still holds its last record at the place recorded (``LogLocation``; `verify`
    /// checks every record). A checkpoint that does not match the log (another log, one cut shorter
    /// or changed at that place) is ignored and everything is checked and replayed. `rebuild`
    /// passes `false`.
    public init(
        configuration: Configuration,
        extractor: Extractor,
        logger: Logger,
        useCheckpoint: Bool = true
    ) throws(PipelineError) {
        self.configuration = configuration
        self.extractor = extractor
        self.logger = logger
        self.formats = Set(configuration.projectionFormats.compactMap(ProjectionFormat.init(rawValue:)))
        // The inbox is group-writable and setgid, so members of the service's group can drop files.
        for (folder, mode) in [
            (configuration.stateDirectory, 0o755), (configuration.inboxDirectory, 0o2775),
            (configuration.processedDirectory, 0o755), (configuration.rejectedDirectory, 0o755),
            (configuration.logDirectory, 0o755), (configuration.projectionsDirectory, 0o755),
        ] as [(String, mode_t)] {
            do {
                try AtomicFileWriter.makeDirectory(folder, mode: mode)
            } catch {
                throw PipelineError(error)
            }
        }
        let saved =
            useCheckpoint
            ? StateCheckpoint.load(path: configuration.projectionsDirectory + "/" + StateCheckpoint.fileName) : nil
        var state = saved?.state ?? ProjectionState()
        let through = state.checkpoint
        var matched = saved == nil
        do {
            (log, openReport) = try FileEventLog.open(
                directory: configuration.logDirectory,
                options: .init(segmentBytes: configuration.segmentBytes),
                decodeAfter: through.sequence,
                trusting: saved?.location
            ) { record in
                if record.sequence <= through.sequence {
                    if record.sequence == through.sequence { matched = record.hash == through.hash }
                    return
                }
                state.apply(
                    sequence: record.sequence,
                    hash: record.hash,
                    timestamp: record.timestamp,
                    events: record.events
                )
            }
            // Trusted up to the checkpoint's own record: the scan started after it.
            if through.sequence > 0 && openReport.scan.trustedThrough == through.sequence { matched = true }
            if !matched {
                logger.notice(
                    "the state checkpoint does not match the log; replaying the whole log",
                    metadata: ["checkpoint": "\(through.sequence)", "log": "\(openReport.scan.head.sequence)"]
                )
                var fresh = ProjectionState()
                try log.replay { record in
                    fresh.apply(
                        sequence: record.sequence,
                        hash: record.hash,
                        timestamp: record.timestamp,
                        events: record.events
                    )
                }
                state = fresh
            }
        } catch {
            throw PipelineError(error)
        }
        checkpointSequence = matched ? through.sequence : 0
        self.state = state
        if let torn = openReport.scan.tornTail {
            logger.warning(
                "cut a torn final record off the log (a crash during a write)",
                metadata: [
                    "file": "\(torn.file)", "line": "\(torn.line)", "bytes": "\(torn.length)",
                    "reason": "\(torn.reason)", "saved": "\(openReport.tornTailSavedAs ?? "-")",
                ]
            )
        }
        try checkProjections()
    }

    /// The extractor for a configuration: its lexicon folder, or the lexicon built into the binary.
    public static func makeExtractor(_ configuration: Configuration) throws(LexiconError) -> Extractor {
        guard let directory = configuration.lexiconDirectory else { return Extractor(lexicon: .builtIn) }
        return Extractor(lexicon: try Lexicon.load(directory: directory))
    }

    /// Changes the size limit of reports (after the configuration was reloaded).
    public func update(maxReportBytes: Int) {
        configuration.maxReportBytes = maxReportBytes
    }

    /// Replaces the extractor (after the lexicon was reloaded).
    public func use(extractor: Extractor) {
        self.extractor = extractor
    }

    /// The log's head.
    public var head: LogHead { log.head }

    /// Re-renders the projections when they do not match the log (written from another
    /// log, from a log since truncated, or never written).
    private func checkProjections() throws(PipelineError) {
        let statusPath = configuration.projectionsDirectory + "/status.json"
        let recorded = AtomicFileWriter.contents(of: statusPath).flatMap {
            try? JSONDecoder().decode(StatusDocument.self, from: Data($0))
        }
        if recorded?.checkpoint != state.checkpoint {
            if let recorded {
                logger.notice(
                    "projections do not match the log; rendering them again",
                    metadata: [
                        "projections": "\(recorded.checkpoint.sequence)", "log": "\(state.checkpoint.sequence)",
                    ]
                )
            }
            try writeProjections()
        }
    }

    /// Renders every projection file from the state (atomically, only files that changed), and
    /// saves a state checkpoint once the log has grown by a quarter since the last one (at least
    /// 1,000 records), so that saving stays a small share of the work.
    @discardableResult
    public func writeProjections() throws(PipelineError) -> [String] {
        let files = ProjectionRenderer.render(state, formats: formats)
        let written: [String]
        do {
            written = try AtomicFileWriter(directory: configuration.projectionsDirectory).write(files)
        } catch {
            throw PipelineError(error)
        }
        let sequence = state.checkpoint.sequence
        if sequence >= checkpointSequence + max(1000, checkpointSequence / 4) {
            try writeCheckpoint()
        }
        return written
    }

    /// Saves the state with the log position it includes (the daemon does on every stop).
    public func writeCheckpoint() throws(PipelineError) {
        guard state.checkpoint.sequence != checkpointSequence else { return }
        do {
            try StateCheckpoint.save(state, location: log.headLocation, path: checkpointPath)
            checkpointSequence = state.checkpoint.sequence
        } catch {
            throw PipelineError(error)
        }
    }

    /// Reads, extracts and logs the reports at `paths` with one fsync for all of them (group
    /// commit), then renders the projections once. Reports whose content is already in the log,
    /// or earlier in `paths`, are duplicates and add nothing.
    ///
    /// With `render: false` the projections are left for a later ``writeProjections()`` (the
    /// daemon renders once per burst).
    public func ingest(
        paths: [FilePath],
        render: Bool = true,
        at date: Date = Date()
    ) throws(PipelineError) -> [IngestOutcome] {
        let reader = ReportReader(maxBytes: configuration.maxReportBytes)
        var outcomes: [IngestOutcome] = []
        var batches: [[DomainEvent]] = []
        var inBatch: Set<String> = []
        for filePath in paths {
            let path = filePath.description
            let fileName = filePath.lastComponent?.string ?? path
            let bytes: [UInt8]
            do {
                bytes = try reader.read(path: filePath)
            } catch {
                outcomes.append(.unreadable(error: error))
                continue
            }
            let report = ContentHash.of(bytes)
            if state.contains(report: report) || inBatch.contains(report) {
                outcomes.append(.duplicate(report: report, fileName: fileName))
                continue
            }
            let format = ReportFormat(fileName: fileName)
            let facts: [Fact]
            var ingested = ReportIngested(
                report: report,
                fileName: fileName,
                size: bytes.count,
                format: format.rawValue,
                factCount: 0
            )
            do {
                switch try ReportParser.parse(bytes, format: format, path: path) {
                case .structured(let structured):
                    facts = structured
                case .text(let document):
                    facts = extractor.extract(document)
                    ingested.title = document.title
                    ingested.published = document.published
                    ingested.language = document.language
                    ingested.source = document.source
                }
            } catch {
                outcomes.append(.rejected(report: report, fileName: fileName, size: bytes.count, error: error))
                if recordsRejections {
                    inBatch.insert(report)
                    batches.append([
                        .reportRejected(
                            ReportRejected(
                                report: report,
                                fileName: fileName,
                                size: bytes.count,
                                code: error.code.description,
                                reason: error.message
                            )
                        )
                    ])
                }
                continue
            }
            ingested.factCount = facts.count
            var events: [DomainEvent] = [.reportIngested(ingested)]
            events.reserveCapacity(facts.count + 1)
            for (index, fact) in facts.enumerated() {
                events.append(.factRecorded(FactRecorded(report: report, index: index, fact: fact)))
            }
            inBatch.insert(report)
            batches.append(events)
            outcomes.append(.ingested(report: report, fileName: fileName, facts: facts.count))
        }
        try append(batches, render: render, at: date)
        return outcomes
    }

    /// Reads, extracts and logs the reports at `paths` (see ``ingest(paths:render:at:)``).
    public func ingest(paths: [String]) throws(PipelineError) -> [IngestOutcome] {
        try ingest(paths: paths.map { FilePath($0) })
    }

    /// Appends batches (one fsync), folds them into the state and renders the projections.
    public func append(
        _ batches: [[DomainEvent]],
        render: Bool = true,
        at date: Date = Date()
    ) throws(PipelineError) {
        guard !batches.isEmpty else { return }
        let heads: [LogHead]
        do {
            heads = try log.append(batches, at: date)
        } catch {
            throw PipelineError(error)
        }
        let timestamp = FileEventLog.timestamp(date)
        for (batch, head) in zip(batches, heads) {
            state.apply(sequence: head.sequence, hash: head.hash, timestamp: timestamp, events: batch)
        }
        if render { try writeProjections() }
    }
}
