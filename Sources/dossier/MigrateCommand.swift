import ArgumentParser
import DossierConfig
import DossierPostgresLog
import Foundation

struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create or upgrade the PostgreSQL log's schema (idempotent, versioned).",
        discussion: """
            With [log] backend = "postgres", applies every schema version the database does not \
            have yet, each in a transaction, under an advisory lock (several hosts may run it at \
            once; running it again changes nothing). The file log needs no migration.

            Exit status: 0 when the schema is current; 74 when the database cannot be reached or \
            refuses (the message names it); 78 on a bad configuration.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print the SQL of every migration instead of running it.")
    var print = false

    func run() throws {
        let configuration = try global.configuration()
        if print {
            for migration in PostgresSchema.migrations {
                Output.line("-- version \(migration.version): \(migration.summary)")
                for statement in migration.statements { Output.line(statement + ";") }
            }
            return
        }
        guard configuration.logBackend == .postgres else {
            Output.line("the file log (\(configuration.logDirectory)) has no schema: nothing to migrate")
            return
        }
        do {
            let (from, to) = try PostgresEventLog.migrate(
                settings: configuration.postgres,
                logger: global.logger(configuration)
            )
            Output.line(
                from == to
                    ? "schema of \(configuration.postgres.location) is current (version \(to))"
                    : "migrated \(configuration.postgres.location) from version \(from) to \(to)"
            )
        } catch {
            Output.error("error: \(error)")
            throw ExitCode(Output.ioError)
        }
    }
}
