import ArgumentParser
import DossierPipeline

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read reports, extract their facts, append them to the log, update the projections.",
        discussion: """
            Each report is read, its facts extracted, and all of them appended to the event log \
            with one fsync; the projections are then rendered once. A report whose bytes are \
            already in the log (under any file name) adds nothing and is reported as a duplicate. \
            A report that cannot be read or makes no sense (empty, binary, malformed JSON) is \
            reported with the reason and changes nothing. The files themselves are left where \
            they are (the daemon, `dossier run`, moves them).

            Exit status: 0 when every report was ingested or was a duplicate, 1 when any was \
            refused, 74 when the log could not be written, 78 on a bad configuration.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Report files (.txt, .md with optional front matter, .json or .jsonl facts).")
    var files: [String]

    func run() throws {
        let configuration = try global.configuration()
        let pipeline = try global.pipeline(configuration)
        let outcomes: [IngestOutcome]
        do {
            outcomes = try pipeline.ingest(paths: files)
        } catch {
            Output.error("error: \(error)")
            throw ExitCode(Output.ioError)
        }
        var failed = false
        for outcome in outcomes {
            switch outcome {
            case .ingested(let report, let fileName, let facts):
                Output.line("ingested \(fileName): \(facts) fact\(facts == 1 ? "" : "s") (report \(report.prefix(12)))")
            case .duplicate(let report, let fileName):
                Output.line(
                    "duplicate \(fileName): the same content is already in the log (report \(report.prefix(12))); nothing added"
                )
            case .rejected(_, _, _, let error), .unreadable(let error):
                failed = true
                Output.error("refused \(error)")
            }
        }
        Output.line("log: \(pipeline.head.sequence) records; projections in \(configuration.projectionsDirectory)")
        if failed { throw ExitCode(1) }
    }
}
