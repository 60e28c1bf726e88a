import DossierConfig
import DossierEventLog
import DossierExtraction
import DossierIngest
import DossierModel
import DossierPostgresLog
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
    private let log: any EventLog
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
    /// The rendered pieces of each organisation from the last render: a report re-renders only
    /// the organisations it changed (the files are the same bytes as a full render).
    private var renderCache = RenderCache()

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
            switch configuration.logBackend {
            case .file:
                let file: FileEventLog
                (file, openReport) = try FileEventLog.open(
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
                log = file
            case .postgres:
                let shared = try PostgresEventLog.open(settings: configuration.postgres, logger: logger)
                openReport = FileEventLog.OpenReport(
                    scan: LogScan(head: shared.head, records: 0, events: 0, reportsIngested: 0, reportsRejected: 0)
                )
                do {
                    try shared.records(after: through) { record in
                        state.apply(
                            sequence: record.sequence,
                            hash: record.hash,
                            timestamp: record.timestamp,
                            events: record.events
                        )
                    }
                    matched = true
                } catch  where error.code == .diverged {
                    matched = false
                }
                log = shared
            }
            // Trusted up to the checkpoint's own record: the scan started after it.
            if through.sequence > 0 && openReport.scan.trustedThrough == through.sequence { matched = true }
            if !matched {
                logger.notice(
                    "the state checkpoint does not match the log; replaying the whole log",
                    metadata: ["checkpoint": "\(through.sequence)", "log": "\(log.head.sequence)"]
                )
                var fresh = ProjectionState()
                try log.records(after: .empty) { record in
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

    /// The log's head (for a shared log: as far as this process has read or written).
    public var head: LogHead { log.head }

    /// Where the log is: its folder, or the database.
    public var logLocation: String { log.location }

    /// Reads and folds the records other processes appended to a shared log since this state
    /// (nothing to do for the file log, whose lock makes this process its only writer). Returns
    /// how many records were folded in; the projections are left for ``writeProjections()``.
    @discardableResult
    public func catchUp() throws(PipelineError) -> Int {
        guard configuration.logBackend != .file else { return 0 }
        var folded = 0
        do {
            // Folded in place: on an error what was folded is a prefix of the log, in order.
            try log.records(after: state.checkpoint) { record in
                state.apply(
                    sequence: record.sequence,
                    hash: record.hash,
                    timestamp: record.timestamp,
                    events: record.events
                )
                folded += 1
            }
        } catch {
            throw PipelineError(error)
        }
        return folded
    }

    /// Starts following a shared log: `onChange` runs (on another thread) whenever another process
    /// appended, so that the owner calls ``catchUp()``. `nil` for the file log.
    public func follow(onChange: @escaping @Sendable () -> Void) -> PostgresLogFollower? {
        guard configuration.logBackend == .postgres else { return nil }
        return PostgresLogFollower(settings: configuration.postgres, logger: logger, onNotify: onChange)
    }

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
    ///
    /// On two cores or more the checkpoint is encoded and saved on another thread while the files
    /// are rendered and written on this one (at a million events each took about a second, one
    /// after the other). The two are independent files: whether the projections are current is
    /// read from `status.json`, never from the checkpoint, so a checkpoint saved beside files that
    /// failed to be written only saves the next start time. A failure to write the files is
    /// thrown first.
    ///
    /// The checkpoint's thread starts before rendering (session 9), not after it: rendering keeps
    /// the second core busy only while `index.html` is drawn (the calendar, `org.dot` and
    /// `status.json` come after it on this thread alone), and the checkpoint fills that gap
    /// instead of running beside the writes.
    @discardableResult
    public func writeProjections() throws(PipelineError) -> [String] {
        let sequence = state.checkpoint.sequence
        let due = sequence >= checkpointSequence + max(1000, checkpointSequence / 4)
        let background =
            due && ProcessInfo.processInfo.activeProcessorCount >= 2
            ? CheckpointInBackground(state, location: (log as? FileEventLog)?.headLocation, path: checkpointPath)
            : nil
        let writer = AtomicFileWriter(directory: configuration.projectionsDirectory)
        let written: Result<[String], WriteError>
        if ProcessInfo.processInfo.activeProcessorCount >= 2 {
            // Each file is written on another thread as soon as it is made, in the same order,
            // while the next ones are rendered (session 10: writing 430 MB after the last file
            // took about a second of a million-event rebuild, with the other core idle).
            let background = AtomicFileWriterInBackground(writer)
            // The page as its pieces, written with `writev` (session 12): not joined into one more
            // buffer of 175 MB first.
            ProjectionRenderer.renderContents(state, formats: formats, cache: &renderCache) { name, content in
                switch content {
                case .bytes(let bytes): background.add(name: name, bytes: bytes)
                case .pieces(let pieces): background.add(name: name, pieces: pieces)
                }
            }
            do {
                written = .success(try background.finish())
            } catch {
                written = .failure(error)
            }
        } else {
            let files = ProjectionRenderer.render(state, formats: formats, cache: &renderCache)
            do {
                written = .success(try writer.write(files))
            } catch {
                written = .failure(error)
            }
        }
        if let background {
            let saved = background.wait()
            if case .success = saved { checkpointSequence = sequence }
            if case .failure(let error) = written { throw PipelineError(error) }
            if case .failure(let error) = saved { throw PipelineError(error) }
        } else {
            if case .failure(let error) = written { throw PipelineError(error) }
            if due { try writeCheckpoint() }
        }
        switch written {
        case .success(let names): return names
        case .failure(let error): throw PipelineError(error)
        }
    }

    /// Saves the state with the log position it includes (the daemon does on every stop).
    public func writeCheckpoint() throws(PipelineError) {
        guard state.checkpoint.sequence != checkpointSequence else { return }
        do {
            try StateCheckpoint.save(state, location: (log as? FileEventLog)?.headLocation, path: checkpointPath)
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
        /// For each batch, the index of its outcome.
        var batchOutcomes: [Int] = []
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
                    batchOutcomes.append(outcomes.count - 1)
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
            batchOutcomes.append(outcomes.count)
            batches.append(events)
            outcomes.append(.ingested(report: report, fileName: fileName, facts: facts.count))
        }
        let results = try append(batches, render: render, at: date)
        // A shared log may already hold a report that another daemon logged first.
        for (index, result) in zip(batchOutcomes, results) where result == .alreadyLogged {
            switch outcomes[index] {
            case .ingested(let report, let fileName, _), .rejected(let report, let fileName, _, _):
                outcomes[index] = .duplicate(report: report, fileName: fileName)
            case .duplicate, .unreadable:
                break
            }
        }
        return outcomes
    }

    /// Reads, extracts and logs the reports at `paths` (see ``ingest(paths:render:at:)``).
    public func ingest(paths: [String]) throws(PipelineError) -> [IngestOutcome] {
        try ingest(paths: paths.map { FilePath($0) })
    }

    /// Appends batches (one fsync, or one transaction), folds them into the state and renders the
    /// projections. Returns what became of each batch (a shared log may already hold its report).
    @discardableResult
    public func append(
        _ batches: [[DomainEvent]],
        render: Bool = true,
        at date: Date = Date()
    ) throws(PipelineError) -> [AppendResult] {
        guard !batches.isEmpty else { return [] }
        let results: [AppendResult]
        do {
            results = try log.commit(batches, at: date)
        } catch {
            throw PipelineError(error)
        }
        let appended = zip(batches, results).compactMap { batch, result -> ([DomainEvent], LogHead)? in
            if case .appended(let head) = result { return (batch, head) }
            return nil
        }
        // Fold what was appended directly when it follows the state (the state then also holds the
        // reports that came back as already logged: they are older). Otherwise another writer came
        // in between (a shared log): read everything new, in order. Records other writers append
        // later arrive through ``catchUp()`` when the follower or the poll calls for it.
        if let first = appended.first, first.1.sequence == state.checkpoint.sequence + 1 {
            let timestamp = FileEventLog.timestamp(date)
            for (batch, head) in appended {
                state.apply(sequence: head.sequence, hash: head.hash, timestamp: timestamp, events: batch)
            }
        } else {
            try catchUp()
        }
        if render { try writeProjections() }
        return results
    }
}
