import ArgumentParser
import DossierConfig
import DossierDaemon
import DossierExtraction
import DossierPipeline
import Foundation
import Logging
import Synchronization

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("config"),
        help: ArgumentHelp(
            "The configuration file (TOML). Default: $DOSSIER_CONFIG, else built-in defaults.",
            valueName: "file"
        )
    )
    var configFile: String?

    @Option(
        name: .customLong("state-dir"),
        help: ArgumentHelp(
            "The state folder (inbox/, processed/, rejected/, log/, projections/). Overrides the config; default ./var.",
            valueName: "dir"
        )
    )
    var stateDirectory: String?

    /// The configuration: the file if any, then `--state-dir`. Exits 78 on a bad configuration.
    func configuration() throws -> Configuration {
        var configuration = Configuration()
        let file = configFile ?? ProcessInfo.processInfo.environment["DOSSIER_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
        if let file {
            do {
                configuration = try Configuration.load(file: file)
            } catch {
                Output.error("configuration error: \(error)")
                throw ExitCode(ConfigError.exitStatus)
            }
        }
        if let stateDirectory { configuration.stateDirectory = stateDirectory }
        return configuration
    }

    /// The logger of the command line, to stderr, at the configured level.
    func logger(_ configuration: Configuration, label: String = "dossier") -> Logger {
        Self.commandLogger(configuration, label: label)
    }

    /// The logger of the command line, to stderr, at the configured level.
    static func commandLogger(_ configuration: Configuration, label: String = "dossier") -> Logger {
        Logging.bootstrapOnce()
        var logger = Logger(label: label)
        logger.logLevel = Logger.Level(rawValue: configuration.logLevel) ?? .info
        return logger
    }

    /// The extractor with the configured lexicon (or the built-in one). Exits 78 on a bad lexicon.
    func extractor(_ configuration: Configuration) throws -> Extractor {
        do {
            return try Pipeline.makeExtractor(configuration)
        } catch {
            Output.error("lexicon error: \(error)")
            throw ExitCode(ConfigError.exitStatus)
        }
    }

    /// Opens the pipeline over the state folder. Exits 74 (`EX_IOERR`) when the log cannot be opened.
    func pipeline(_ configuration: Configuration, useCheckpoint: Bool = true) throws -> Pipeline {
        let logger = logger(configuration)
        do {
            return try Pipeline(
                configuration: configuration,
                extractor: try extractor(configuration),
                logger: logger,
                useCheckpoint: useCheckpoint
            )
        } catch let error as PipelineError {
            Output.error("error: \(error)")
            throw ExitCode(Output.ioError)
        }
    }
}

enum Logging {
    private static let done = Mutex(false)

    /// Sets the log handler once per process: the daemon's (journald-friendly) for `dossier run`,
    /// swift-log's standard-error handler for the other commands.
    static func bootstrapOnce(daemon: Bool = false) {
        let first = done.withLock { done in
            defer { done = true }
            return !done
        }
        guard first else { return }
        if daemon {
            LoggingSystem.bootstrap { label in DaemonLogHandler(label: label) }
        } else {
            LoggingSystem.bootstrap { label in StreamLogHandler.standardError(label: label) }
        }
    }
}

/// Writing to the terminal: results to stdout, diagnostics to stderr.
enum Output {
    /// `EX_IOERR` from sysexits.h: the log or a state file could not be read or written.
    static let ioError: Int32 = 74

    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
