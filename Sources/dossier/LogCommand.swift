import ArgumentParser
import DossierConfig
import DossierEventLog
import DossierPipeline
import Foundation

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Move a history between the file log and PostgreSQL, hash chain intact.",
        subcommands: [LogExportCommand.self, LogImportCommand.self]
    )
}

struct LogExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Copy the configured log into a file log folder.",
        discussion: """
            Writes every record of the configured log (file or PostgreSQL) to the file log in \
            FOLDER, unchanged: same sequence numbers, timestamps, event bytes and hashes, so \
            `dossier verify` passes on both and reports the same head. FOLDER must be empty (or \
            missing) or hold an earlier export of the same history: then only the newer records \
            are added. Use it to back up a shared log, or to go back to the file log.

            Exit status: 0 on success; 74 when a log cannot be read or written, or the folder \
            holds another history.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("to"), help: ArgumentHelp("The file log folder to write.", valueName: "folder"))
    var folder: String

    func run() throws {
        let configuration = try global.configuration()
        try transfer(
            from: configuration,
            to: fileLog(folder),
            describe: { "exported \($0) records from \(EventLogs.location(configuration)) to \(folder)" }
        )
    }
}

struct LogImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Copy a file log folder into the configured log.",
        discussion: """
            Appends every record of the file log in FOLDER to the configured log (PostgreSQL, \
            after `dossier migrate`), unchanged: same sequence numbers, timestamps, event bytes \
            and hashes. The configured log must be empty or hold a prefix of the same history (an \
            earlier import): then only the newer records are added, so running it again is safe. \
            Stop the daemon that writes FOLDER first. Then `dossier verify` and `dossier rebuild`.

            Exit status: 0 on success; 74 when a log cannot be read or written, or the two hold \
            different histories.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("from"), help: ArgumentHelp("The file log folder to read.", valueName: "folder"))
    var folder: String

    func run() throws {
        let configuration = try global.configuration()
        guard FileManager.default.fileExists(atPath: folder) else {
            Output.error("error: \(folder): no such folder")
            throw ExitCode(Output.ioError)
        }
        try transfer(
            from: fileLog(folder),
            to: configuration,
            describe: { "imported \($0) records from \(folder) into \(EventLogs.location(configuration))" }
        )
    }
}

/// The configuration of the file log in `folder` (relative to the working directory, or absolute).
private func fileLog(_ folder: String) -> Configuration {
    var configuration = Configuration()
    configuration.stateDirectory = "."
    configuration.logName = folder
    return configuration
}

private func transfer(
    from source: Configuration,
    to destination: Configuration,
    describe: (Int) -> String
) throws {
    let logger = GlobalOptions.commandLogger(destination)
    do {
        let from = try EventLogs.open(source, logger: logger)
        let to = try EventLogs.open(destination, logger: logger)
        let copied = try EventLogs.copy(from: from, to: to)
        Output.line(describe(copied))
        Output.line("head: sequence \(to.head.sequence), hash \(to.head.hash)")
    } catch {
        Output.error("error: \(error)")
        throw ExitCode(Output.ioError)
    }
}
