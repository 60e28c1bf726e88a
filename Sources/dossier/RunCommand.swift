import ArgumentParser
import DossierConfig
import DossierDaemon
import DossierPipeline
import Foundation
import Logging

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon: watch the inbox and ingest every report that lands there, exactly once.",
        discussion: """
            Watches STATE/inbox with inotify. A report renamed into the inbox is ingested at once; \
            one written in place is ingested once it has not changed for the settle time \
            (daemon.settle_ms, 500 ms). Names starting with a dot and *.tmp, *.part, *.crdownload \
            and *~ names are ignored until renamed. Each report is logged (appended and fsync'd) \
            and then moved to STATE/processed, or to STATE/rejected with NAME.error.json beside \
            it (empty, binary, non-UTF-8, too large, malformed, FIFO, socket, symlink, directory). \
            Reports already in the inbox at start are ingested first, oldest first.

            Signals: SIGTERM or SIGINT finish the current batch and exit 0; SIGHUP reloads the \
            configuration and the lexicon (a bad one is refused and the old one kept). Under \
            systemd (Type=notify) it reports READY, STATUS, WATCHDOG, RELOADING and STOPPING.

            Exit status: 0 after SIGTERM/SIGINT, 78 on a bad configuration or lexicon, 1 on a \
            fatal error (the log cannot be opened or an fsync failed: systemd restarts it).
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let configuration = try global.configuration()
        Logging.bootstrapOnce(daemon: true)
        var logger = Logger(label: "dossier")
        logger.logLevel = Logger.Level(rawValue: configuration.logLevel) ?? .info
        let daemon = Daemon(
            configuration: configuration,
            configFile: configuration.file,
            logger: logger,
            makeExtractor: { try Pipeline.makeExtractor($0) }
        )
        do {
            try daemon.run()
        } catch {
            logger.critical("\(error.message)")
            throw ExitCode(error.exitStatus)
        }
    }
}
