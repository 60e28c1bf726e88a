import DossierConfig
import DossierEventLog
import DossierExtraction
import DossierIngest
import DossierPipeline
import DossierWatcher
import DossierWriters
import Foundation
import Logging
import SystemPackage

#if canImport(Glibc)
import Glibc
#endif

/// Why the daemon stopped or could not start.
public struct DaemonError: Error, Sendable, CustomStringConvertible {
    /// The process exit status that goes with it: 78 for configuration, 1 otherwise.
    public var exitStatus: Int32
    public var message: String

    public var description: String { message }
}

/// `dossier run`: watches the inbox and ingests every report that lands there exactly once,
/// moving it to `processed/` or `rejected/`, and keeps the projections up to date.
///
/// One thread runs the loop and owns the pipeline; the inotify thread and the signal handlers
/// only post messages to it. A report's batch is appended and fsync'd before the report is
/// moved, so a crash at any point leaves it in the inbox or logged; on start-up a report whose
/// content is already logged is moved without new events.
public final class Daemon {
    /// Builds the extractor for a configuration (its lexicon); called at start and on reload.
    public typealias ExtractorFactory = (Configuration) throws -> Extractor

    private var configuration: Configuration
    private let configFile: String?
    private let makeExtractor: ExtractorFactory
    private var logger: Logger
    private let notifier: SystemdNotifier
    private let queue = MessageQueue()
    private var pipeline: Pipeline?
    private var pending: [InboxEntry: Pending] = [:]
    private var skipped: [InboxEntry: EntryStatus] = [:]
    private var needsRender = false
    private var stopping = false
    private var retryAt: Date?
    private var retryDelay: TimeInterval = 1
    private var counts = (ingested: 0, duplicates: 0, rejected: 0)
    /// When to read a shared log for other daemons' records next (a safety net beside NOTIFY).
    private var nextFollow: Date?
    private var followRequested = false
    /// Whether the shared log was last found unreachable (logged once per outage).
    private var logUnavailable = false
    private var signalSources: [any DispatchSourceSignal] = []

    struct Pending {
        var readyAt: Date
        /// What lstat said when the entry was last looked at (for the settle check).
        var seen: EntryStatus?
        /// Whether it must be quiet for the settle time (written in place) before it is read.
        var settles: Bool
    }

    public init(
        configuration: Configuration,
        configFile: String?,
        logger: Logger,
        notifier: SystemdNotifier = SystemdNotifier(),
        makeExtractor: @escaping ExtractorFactory
    ) {
        self.configuration = configuration
        self.configFile = configFile
        self.logger = logger
        self.notifier = notifier
        self.makeExtractor = makeExtractor
    }

    private var inbox: String { configuration.inboxDirectory }
    private var settle: TimeInterval { Double(configuration.settleMilliseconds) / 1000 }

    /// Runs until SIGTERM or SIGINT (then returns normally) or a fatal error (thrown).
    public func run() throws(DaemonError) {
        try checkFolders()
        let extractor: Extractor
        do {
            extractor = try makeExtractor(configuration)
        } catch {
            throw DaemonError(exitStatus: ConfigError.exitStatus, message: "lexicon: \(error)")
        }
        installSignalHandlers()
        guard let pipeline = try openPipeline(extractor: extractor) else {
            logger.info("stopped before the log could be opened")
            return
        }
        pipeline.recordsRejections = true
        self.pipeline = pipeline
        let queue = self.queue
        let follower = pipeline.follow { queue.post(.logAdvanced) }
        defer { follower?.stop() }
        if follower != nil {
            nextFollow = Date().addingTimeInterval(pollInterval)
        }

        // Watch first, then scan: nothing dropped in between is missed.
        let watcher: InboxWatcher
        do {
            watcher = try InboxWatcher(
                inbox: inbox,
                onEvent: { event in
                    let kind: InboxEventBox.Kind
                    switch event.kind {
                    case .closedAfterWrite: kind = .closedAfterWrite
                    case .movedIn: kind = .movedIn
                    case .created: kind = .created
                    case .rescan(let reason): kind = .rescan(reason)
                    }
                    queue.post(.inbox(InboxEventBox(kind: kind, name: event.name)))
                },
                onProblem: { problem in queue.post(.watcherProblem(problem.description)) }
            )
            try watcher.start()
        } catch {
            throw DaemonError(exitStatus: 1, message: "cannot watch the inbox: \(error)")
        }
        defer { watcher.stop() }
        logger.info(
            "watching the inbox",
            metadata: [
                "inbox": "\(watcher.resolvedInbox)", "log_records": "\(pipeline.head.sequence)",
                "max_queued_events": "\(InboxWatcher.maxQueuedEvents().map(String.init) ?? "?")",
            ]
        )
        scan(reason: "start-up")
        try drain()
        notifier.ready(status: statusLine())

        var nextWatchdog = Date()
        while !stopping {
            let now = Date()
            var deadline = now.addingTimeInterval(1)
            if let soonest = pending.values.map(\.readyAt).min() { deadline = min(deadline, soonest) }
            if let retryAt { deadline = min(deadline, retryAt) }
            if let nextFollow { deadline = min(deadline, nextFollow) }
            if notifier.watchdogInterval != nil { deadline = min(deadline, nextWatchdog) }
            for message in queue.take(waitingUntil: deadline) { handle(message) }
            if let interval = notifier.watchdogInterval, Date() >= nextWatchdog {
                notifier.watchdog()
                nextWatchdog = Date().addingTimeInterval(
                    Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
                )
            }
            if followRequested || nextFollow.map({ Date() >= $0 }) == true { followLog() }
            try drain()
        }
        notifier.stopping()
        if needsRender { try render() }
        do {
            try pipeline.writeCheckpoint()
        } catch {
            logger.warning(
                "cannot save the state checkpoint; the next start replays the log",
                metadata: ["error": "\(error)"]
            )
        }
        logger.info("stopped", metadata: ["log_records": "\(pipeline.head.sequence)"])
    }

    // MARK: - Messages

    private func handle(_ message: DaemonMessage) {
        switch message {
        case .inbox(let event):
            let entry = InboxEntry(name: event.name)
            switch event.kind {
            case .rescan(let reason):
                logger.notice("rescanning the inbox", metadata: ["reason": "\(reason)"])
                scan(reason: reason)
            case .movedIn:
                guard !entry.isIgnored else { return }
                skipped[entry] = nil
                pending[entry] = Pending(readyAt: Date(), seen: nil, settles: false)
            case .closedAfterWrite:
                guard !entry.isIgnored else { return }
                skipped[entry] = nil
                pending[entry] = Pending(
                    readyAt: Date().addingTimeInterval(settle),
                    seen: EntryStatus.of(entry.path(in: inbox)),
                    settles: true
                )
            case .created:
                guard !entry.isIgnored, let status = EntryStatus.of(entry.path(in: inbox)) else { return }
                // A regular file gets IN_CLOSE_WRITE later, unless it is a hard link to a finished file.
                if status.kind != .regular || status.links > 1 {
                    pending[entry] = Pending(readyAt: Date(), seen: status, settles: false)
                }
            }
        case .watcherProblem(let problem):
            logger.error("the inbox watcher has a problem; retrying", metadata: ["problem": "\(problem)"])
        case .terminate(let signal):
            logger.info("stopping on signal \(signal): finishing the current batch")
            stopping = true
        case .reload:
            reload()
        case .logAdvanced:
            followRequested = true
        }
    }

    // MARK: - A shared log

    private var pollInterval: TimeInterval { Double(configuration.postgres.pollMilliseconds) / 1000 }

    /// Opens the pipeline. A shared log that cannot be reached is waited for (with backoff, saying
    /// so in the log and in `STATUS=`) until it can, or until SIGTERM (then `nil`).
    private func openPipeline(extractor: Extractor) throws(DaemonError) -> Pipeline? {
        var delay: TimeInterval = 1
        var attempts = 0
        while true {
            do {
                return try Pipeline(configuration: configuration, extractor: extractor, logger: logger)
            } catch {
                guard error.logError?.code == .unavailable else {
                    throw DaemonError(exitStatus: 1, message: "cannot open the state folder: \(error)")
                }
                attempts += 1
                if attempts == 1 {
                    logger.error(
                        "cannot reach the log's database; waiting for it",
                        metadata: ["error": "\(error)"]
                    )
                }
                notifier.status("waiting for the database: \(error.message)")
            }
            let until = Date().addingTimeInterval(delay)
            while Date() < until {
                for message in queue.take(waitingUntil: until) {
                    if case .terminate = message { return nil }
                }
            }
            delay = min(delay * 2, 30)
        }
    }

    /// Reads the records other daemons appended to the shared log and renders them.
    private func followLog() {
        guard let pipeline else { return }
        followRequested = false
        nextFollow = Date().addingTimeInterval(pollInterval)
        do {
            let folded = try pipeline.catchUp()
            if folded > 0 {
                needsRender = true
                logger.info(
                    "read records of other daemons",
                    metadata: ["records": "\(folded)", "log_records": "\(pipeline.head.sequence)"]
                )
            }
            if logUnavailable {
                logUnavailable = false
                logger.notice("the log's database is reachable again")
                notifier.status(statusLine())
            }
        } catch {
            if error.logError?.code == .unavailable {
                if !logUnavailable {
                    logUnavailable = true
                    logger.error(
                        "cannot read the shared log; retrying",
                        metadata: ["error": "\(error)", "retry_in_s": "\(Int(pollInterval))"]
                    )
                }
                notifier.status("waiting: \(error.message)")
            } else {
                logger.error("cannot read the shared log", metadata: ["error": "\(error)"])
            }
        }
        if needsRender { try? render() }
    }

    /// Lists the inbox and queues every entry not yet queued, oldest first.
    private func scan(reason: String) {
        guard let directory = opendir(inbox) else {
            logger.error(
                "cannot list the inbox",
                metadata: ["inbox": "\(inbox)", "error": "\(String(cString: strerror(errno)))"]
            )
            return
        }
        defer { closedir(directory) }
        var found = 0
        let now = Date()
        while let item = readdir(directory) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { Array($0.prefix(while: { $0 != 0 })) }
            if name == Array(".".utf8) || name == Array("..".utf8) { continue }
            let entry = InboxEntry(name: name)
            guard !entry.isIgnored, pending[entry] == nil, let status = EntryStatus.of(entry.path(in: inbox)) else {
                continue
            }
            if let known = skipped[entry], known == status { continue }
            let age = now.timeIntervalSince(
                Date(timeIntervalSince1970: Double(status.modified.tv_sec) + Double(status.modified.tv_nsec) / 1e9)
            )
            let settled = status.kind != .regular || age >= settle
            pending[entry] = Pending(
                readyAt: settled ? now : now.addingTimeInterval(settle),
                seen: status,
                settles: !settled
            )
            found += 1
        }
        if found > 0 {
            logger.info("found reports in the inbox", metadata: ["count": "\(found)", "reason": "\(reason)"])
        }
    }

    private func reload() {
        notifier.reloading()
        defer { notifier.ready(status: statusLine()) }
        var fresh = Configuration()
        if let configFile {
            do {
                fresh = try Configuration.load(file: configFile)
            } catch {
                logger.error(
                    "reload refused: the new configuration is bad; keeping the old one",
                    metadata: ["error": "\(error)"]
                )
                return
            }
        }
        fresh.stateDirectory = configuration.stateDirectory
        let extractor: Extractor
        do {
            extractor = try makeExtractor(fresh)
        } catch {
            logger.error("reload refused: the new lexicon is bad; keeping the old one", metadata: ["error": "\(error)"])
            return
        }
        if fresh.inboxDirectory != configuration.inboxDirectory || fresh.logDirectory != configuration.logDirectory
            || fresh.processedDirectory != configuration.processedDirectory
            || fresh.rejectedDirectory != configuration.rejectedDirectory
        {
            logger.warning("folder changes take effect after a restart")
        }
        pipeline?.use(extractor: extractor)
        pipeline?.update(maxReportBytes: fresh.maxReportBytes)
        configuration.settleMilliseconds = fresh.settleMilliseconds
        configuration.batchMaxReports = fresh.batchMaxReports
        configuration.maxReportBytes = fresh.maxReportBytes
        configuration.logLevel = fresh.logLevel
        logger.logLevel = Logger.Level(rawValue: fresh.logLevel) ?? .info
        logger.notice("configuration and lexicon reloaded", metadata: ["config": "\(configFile ?? "(defaults)")"])
    }

    // MARK: - Ingest

    /// Ingests every ready entry, in batches with one fsync each; renders the projections
    /// once nothing more is ready.
    private func drain() throws(DaemonError) {
        while true {
            if let retryAt, Date() < retryAt { return }
            let ready = readyEntries()
            if ready.isEmpty { break }
            for chunk in stride(from: 0, to: ready.count, by: configuration.batchMaxReports) {
                let batch = Array(ready[chunk..<min(chunk + configuration.batchMaxReports, ready.count)])
                guard try ingest(batch) else { return }
                // Let signals and new events in between batches of a long burst.
                for message in queue.take(waitingUntil: Date()) { handle(message) }
                if stopping { break }
            }
            if stopping { break }
        }
        if needsRender { try render() }
    }

    /// Entries whose time has come and that are quiet, oldest first.
    private func readyEntries() -> [(entry: InboxEntry, status: EntryStatus)] {
        let now = Date()
        var ready: [(entry: InboxEntry, status: EntryStatus)] = []
        for (entry, item) in pending where item.readyAt <= now {
            guard let status = EntryStatus.of(entry.path(in: inbox)) else {
                logger.info("gone before it was read", metadata: ["file": "\(entry.displayName)"])
                pending[entry] = nil
                continue
            }
            if item.settles, status != item.seen {
                // Still being written: wait until it has been quiet for the settle time.
                pending[entry] = Pending(readyAt: now.addingTimeInterval(settle), seen: status, settles: true)
                continue
            }
            ready.append((entry, status))
        }
        return ready.sorted {
            let a = $0.status.modified
            let b = $1.status.modified
            if a.tv_sec != b.tv_sec { return a.tv_sec < b.tv_sec }
            if a.tv_nsec != b.tv_nsec { return a.tv_nsec < b.tv_nsec }
            return $0.entry.name.lexicographicallyPrecedes($1.entry.name)
        }
    }

    /// Logs one batch and moves its files. Returns false when the log could not be written
    /// now (the files stay in the inbox and are tried again later).
    private func ingest(_ batch: [(entry: InboxEntry, status: EntryStatus)]) throws(DaemonError) -> Bool {
        guard let pipeline else { return false }
        var files: [InboxEntry] = []
        for (entry, status) in batch {
            if status.kind == .regular {
                files.append(entry)
            } else {
                // FIFOs, sockets, devices, symlinks and directories are never opened or followed.
                let reason =
                    status.kind == .directory
                    ? "a directory: drop report files into the inbox, not folders"
                    : "\(status.describedKind), not a regular file (never opened or followed)"
                reject(entry, code: "not-a-regular-file", reason: reason, size: nil, report: nil)
            }
        }
        guard !files.isEmpty else { return true }
        let started = Date()
        let outcomes: [IngestOutcome]
        do {
            outcomes = try pipeline.ingest(paths: files.map { $0.path(in: inbox) }, render: false)
        } catch {
            if let code = error.logError?.code,
                code == .noSpace || code == .io || code == .unavailable || code == .database
            {
                logger.error(
                    "cannot append to the log; the reports stay in the inbox and are tried again",
                    metadata: ["error": "\(error)", "retry_in_s": "\(Int(retryDelay))"]
                )
                notifier.status("waiting: \(error.message)")
                retryAt = Date().addingTimeInterval(retryDelay)
                retryDelay = min(retryDelay * 2, 30)
                return false
            }
            throw DaemonError(exitStatus: 1, message: "fatal: \(error)")
        }
        retryAt = nil
        retryDelay = 1
        needsRender = true
        let milliseconds = Int(Date().timeIntervalSince(started) * 1000)
        for (entry, outcome) in zip(files, outcomes) {
            switch outcome {
            case .ingested(let report, _, let facts):
                counts.ingested += 1
                logger.info(
                    "ingested",
                    metadata: [
                        "file": "\(entry.displayName)", "sha256": "\(report.prefix(16))", "facts": "\(facts)",
                        "ms": "\(milliseconds)",
                    ]
                )
                moveDone(entry, to: configuration.processedDirectory)
            case .duplicate(let report, _):
                if let refused = pipeline.state.rejected.first(where: { $0.report == report }) {
                    reject(entry, code: refused.code, reason: refused.reason, size: nil, report: report)
                } else {
                    counts.duplicates += 1
                    logger.info(
                        "duplicate: content already in the log, nothing added",
                        metadata: ["file": "\(entry.displayName)", "sha256": "\(report.prefix(16))"]
                    )
                    moveDone(entry, to: configuration.processedDirectory)
                }
            case .rejected(let report, _, let size, let error):
                reject(entry, code: error.code.description, reason: error.message, size: size, report: report)
            case .unreadable(let error):
                switch error.code {
                case .notFound:
                    logger.info("gone before it was read", metadata: ["file": "\(entry.displayName)"])
                    pending[entry] = nil
                case .tooLarge, .notRegularFile:
                    reject(entry, code: error.code.description, reason: error.message, size: nil, report: nil)
                default:
                    // Unreadable (permissions, I/O): skip it until it changes; no hot retry loop.
                    logger.warning(
                        "cannot read; skipped until the file changes",
                        metadata: ["file": "\(entry.displayName)", "error": "\(error.message)"]
                    )
                    pending[entry] = nil
                    skipped[entry] = EntryStatus.of(entry.path(in: inbox))
                }
            }
        }
        notifier.status(statusLine())
        return true
    }

    private func moveDone(_ entry: InboxEntry, to folder: String) {
        pending[entry] = nil
        do {
            _ = try FileMover.move(entry, from: inbox, to: folder)
        } catch {
            logger.error("logged, but cannot move out of the inbox", metadata: ["error": "\(error)"])
            skipped[entry] = EntryStatus.of(entry.path(in: inbox))
        }
    }

    /// Moves an entry to `rejected/` with `NAME.error.json` beside it.
    private func reject(_ entry: InboxEntry, code: String, reason: String, size: Int?, report: String?) {
        pending[entry] = nil
        counts.rejected += 1
        let moved: [UInt8]
        do {
            moved = try FileMover.move(entry, from: inbox, to: configuration.rejectedDirectory)
        } catch {
            logger.error("cannot move a rejected report out of the inbox", metadata: ["error": "\(error)"])
            skipped[entry] = EntryStatus.of(entry.path(in: inbox))
            return
        }
        logger.warning(
            "rejected",
            metadata: ["file": "\(entry.displayName)", "reason": "\(reason)", "code": "\(code)"]
        )
        struct ErrorRecord: Encodable {
            var file: String
            var code: String
            var reason: String
            var time: String
            var size: Int?
            var sha256: String?
        }
        let record = ErrorRecord(
            file: entry.displayName,
            code: code,
            reason: reason,
            time: FileEventLog.timestamp(Date()),
            size: size,
            sha256: report
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(record) else { return }
        let errorName = InboxEntry(name: moved + Array(".error.json".utf8))
        do {
            try AtomicFileWriter.replace(
                path: errorName.path(in: configuration.rejectedDirectory).description,
                with: Array(data) + [10]
            )
        } catch {
            logger.error("cannot write the reason beside a rejected report", metadata: ["error": "\(error)"])
        }
    }

    private func render() throws(DaemonError) {
        guard let pipeline else { return }
        do {
            try pipeline.writeProjections()
            needsRender = false
        } catch {
            logger.error("cannot write the projections", metadata: ["error": "\(error)"])
        }
    }

    private func statusLine() -> String {
        "\(counts.ingested) ingested, \(counts.duplicates) duplicates, \(counts.rejected) rejected, "
            + "\(pending.count) waiting; log at \(pipeline?.head.sequence ?? 0)"
    }

    // MARK: - Start-up checks and signals

    /// processed/ and rejected/ must be outside the inbox and on its file system (reports are renamed).
    private func checkFolders() throws(DaemonError) {
        for (folder, mode) in [
            (configuration.inboxDirectory, 0o2775), (configuration.processedDirectory, 0o755),
            (configuration.rejectedDirectory, 0o755),
        ] as [(String, mode_t)] {
            do {
                try AtomicFileWriter.makeDirectory(folder, mode: mode)
            } catch {
                throw DaemonError(exitStatus: 1, message: "\(error)")
            }
        }
        func real(_ path: String) -> String {
            guard let resolved = realpath(path, nil) else { return path }
            defer { free(resolved) }
            return String(cString: resolved)
        }
        func device(_ path: String) -> UInt64? {
            var info = stat()
            return stat(path, &info) == 0 ? UInt64(info.st_dev) : nil
        }
        let inbox = real(configuration.inboxDirectory)
        for (key, folder) in [
            ("state.processed", configuration.processedDirectory), ("state.rejected", configuration.rejectedDirectory),
        ] {
            let resolved = real(folder)
            if resolved == inbox || resolved.hasPrefix(inbox + "/") {
                throw DaemonError(
                    exitStatus: ConfigError.exitStatus,
                    message:
                        "\(configFile ?? "(defaults)"): key `\(key)`: \(resolved) is inside the inbox; it must be outside it"
                )
            }
            if device(resolved) != device(inbox) {
                throw DaemonError(
                    exitStatus: ConfigError.exitStatus,
                    message:
                        "\(configFile ?? "(defaults)"): key `\(key)`: \(resolved) is not on the inbox's file system (reports are renamed, not copied)"
                )
            }
        }
    }

    private func installSignalHandlers() {
        let queue = self.queue
        for (number, message) in [
            (SIGTERM, DaemonMessage.terminate(signal: SIGTERM)), (SIGINT, .terminate(signal: SIGINT)),
            (SIGHUP, .reload),
        ] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { queue.post(message) }
            source.resume()
            signalSources.append(source)
        }
    }
}
