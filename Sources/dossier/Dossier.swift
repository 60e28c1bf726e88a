import ArgumentParser

/// The `dossier` command: a thin layer over the pipeline modules.
@main
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Turn reports dropped in a folder into facts, an event log and projections.",
        discussion: """
            Dossier reads each report once (Korean or English news write-ups of corporate events, \
            or structured JSON facts), extracts its facts, appends them to an append-only, \
            hash-chained event log, and keeps projection files (timeline, org structure, status) \
            up to date from that log.
            """,
        subcommands: [
            RunCommand.self, IngestCommand.self, ExtractCommand.self, RebuildCommand.self, VerifyCommand.self,
            TimelineCommand.self,
            OrgCommand.self, StatusCommand.self, OpenCommand.self, MigrateCommand.self, LogCommand.self,
        ]
    )
}
