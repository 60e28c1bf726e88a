import ArgumentParser
import DossierModel
import DossierProjection
import Foundation

/// Reads a projection file, or explains how to make one.
func readProjection<T: Decodable>(_ type: T.Type, _ name: String, in folder: String) throws -> T {
    let path = folder + "/" + name
    guard let data = FileManager.default.contents(atPath: path) else {
        Output.error("no projection at \(path) yet: ingest a report (`dossier ingest FILE`) or run `dossier rebuild`")
        throw ExitCode(1)
    }
    do {
        return try JSONDecoder().decode(T.self, from: data)
    } catch {
        Output.error("\(path): cannot be read (\(error)); run `dossier rebuild`")
        throw ExitCode(1)
    }
}

extension PartialDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
    }
}

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Print the timeline: every dated fact in date order.",
        discussion: """
            Reads projections/timeline.json. Dates are ISO 8601 at any precision: 2018, \
            2018-09 or 2018-09-30. An entry is shown when any part of it falls in the window.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only entries on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var since: PartialDate?

    @Option(help: ArgumentHelp("Only entries on or before this date.", valueName: "date"))
    var until: PartialDate?

    @Flag(help: "Print JSON for tools instead of text.")
    var json = false

    func run() throws {
        let configuration = try global.configuration()
        var doc = try readProjection(TimelineDocument.self, "timeline.json", in: configuration.projectionsDirectory)
        if json {
            doc.entries = TextView.filter(doc.entries, since: since, until: until)
            Output.write(String(decoding: ProjectionRenderer.json(doc), as: UTF8.self))
        } else {
            Output.write(TextView.timeline(doc, since: since, until: until))
        }
    }
}

struct OrgCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Print the organisations: units, people, titles, topics, figures.",
        discussion: """
            Reads projections/org.json. With NAME, only the organisations and people whose name, \
            native spelling or alias contains it (case and spaces ignored): `dossier org 텐센트`, \
            `dossier org tencent`, `dossier org 邱跃鹏`.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Part of an organisation's or a person's name.")
    var name: String?

    @Flag(help: "Print JSON for tools instead of text.")
    var json = false

    func run() throws {
        let configuration = try global.configuration()
        var doc = try readProjection(OrgDocument.self, "org.json", in: configuration.projectionsDirectory)
        guard let text = TextView.org(doc, name: name) else {
            Output.error(name.map { "nothing matches \"\($0)\"" } ?? "no organisations yet")
            throw ExitCode(1)
        }
        if json {
            if let name {
                let needle = name.lowercased().filter { !$0.isWhitespace }
                doc.organizations = doc.organizations.filter { org in
                    ([org.name, org.native].compactMap { $0 } + org.aliases
                        + org.people.flatMap { [$0.name, $0.native ?? ""] })
                        .contains { $0.lowercased().filter { !$0.isWhitespace }.contains(needle) }
                }
            }
            Output.write(String(decoding: ProjectionRenderer.json(doc), as: UTF8.self))
        } else {
            Output.write(text)
        }
    }
}

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Print counts, the last ingest and the rejected reports.",
        discussion: "Reads projections/status.json."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON for tools instead of text.")
    var json = false

    func run() throws {
        let configuration = try global.configuration()
        let doc = try readProjection(StatusDocument.self, "status.json", in: configuration.projectionsDirectory)
        if json {
            Output.write(String(decoding: ProjectionRenderer.json(doc), as: UTF8.self))
            return
        }
        let c = doc.counts
        Output.line("state:     \(configuration.stateDirectory)")
        Output.line("log:       \(doc.checkpoint.sequence) records, head \(doc.checkpoint.hash.prefix(16))")
        Output.line("reports:   \(c.reports) ingested, \(c.rejected) rejected; \(c.facts) facts")
        Output.line(
            "entities:  \(c.organizations) organisations, \(c.people) people, \(c.events) events, \(c.timelineEntries) timeline entries"
        )
        if let last = doc.lastReport {
            Output.line("last:      \(last.fileName) at \(last.ingestedAt) (\(last.facts) facts)")
        }
        for rejected in doc.rejectedReports {
            Output.line(
                "rejected:  \(rejected.fileName): \(rejected.reason) [\(rejected.code)] at \(rejected.rejectedAt)"
            )
        }
    }
}
