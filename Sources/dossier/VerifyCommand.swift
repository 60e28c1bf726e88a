import ArgumentParser
import DossierEventLog
import DossierPipeline
import DossierProjection
import Foundation

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the log end to end: checksums, sequence, event hashes and the hash chain.",
        discussion: """
            Reads every record without changing anything (no lock is taken, the daemon may run) \
            and prints the counts and the head hash, which you can record elsewhere to detect a \
            rewritten history later.

            Exit status: 0 when the log is intact; 1 when a record is damaged (the first bad \
            record is named: file, line, sequence); 2 when only the final record is torn (a crash \
            during a write; the next open cuts it off and keeps it aside).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print the result as JSON.")
    var json = false

    func run() throws {
        let configuration = try global.configuration()
        let scan: LogScan
        do {
            scan = try EventLogs.verify(configuration, logger: global.logger(configuration))
        } catch {
            Output.error("error: \(error)")
            throw ExitCode(Output.ioError)
        }
        let status = AtomicProjection.checkpoint(configuration.projectionsDirectory)
        if json {
            struct Report: Encodable {
                var ok: Bool
                var records: Int
                var events: Int
                var reports: Int
                var rejected: Int
                var segments: [String]
                var headSequence: UInt64
                var headHash: String
                var firstBadRecord: String?
                var tornTail: String?
                var projectionsSequence: UInt64?
            }
            let report = Report(
                ok: scan.damage == nil && scan.tornTail == nil,
                records: scan.records,
                events: scan.events,
                reports: scan.reportsIngested,
                rejected: scan.reportsRejected,
                segments: scan.segments,
                headSequence: scan.head.sequence,
                headHash: scan.head.hash,
                firstBadRecord: scan.damage?.description,
                tornTail: scan.tornTail.map { "\($0.file):\($0.line): \($0.reason)" },
                projectionsSequence: status?.sequence
            )
            Output.write(String(decoding: ProjectionRenderer.json(report), as: UTF8.self))
        } else {
            if configuration.logBackend == .file {
                Output.line(
                    "log:       \(configuration.logDirectory) (\(scan.segments.count) segment\(scan.segments.count == 1 ? "" : "s"))"
                )
            } else {
                Output.line("log:       \(EventLogs.location(configuration))")
            }
            Output.line("records:   \(scan.records) (\(scan.events) events)")
            Output.line("reports:   \(scan.reportsIngested) ingested, \(scan.reportsRejected) rejected")
            Output.line("head:      sequence \(scan.head.sequence), hash \(scan.head.hash)")
            if let status {
                let state =
                    status == scan.head
                    ? "up to date" : "at sequence \(status.sequence), not the log's head: run `dossier rebuild`"
                Output.line("projections: \(state)")
            }
            if let damage = scan.damage {
                Output.line("DAMAGED:   first bad record at \(damage)")
            } else if let torn = scan.tornTail {
                Output.line(
                    "TORN TAIL: \(torn.file):\(torn.line) (sequence \(torn.sequence), \(torn.length) bytes): \(torn.reason); the next open cuts it off and keeps it aside"
                )
            } else {
                Output.line("ok:        every checksum, sequence number, event hash and chain link verified")
            }
        }
        if scan.damage != nil { throw ExitCode(1) }
        if scan.tornTail != nil { throw ExitCode(2) }
    }
}

enum AtomicProjection {
    /// The checkpoint recorded in `status.json`, if the file is there.
    static func checkpoint(_ folder: String) -> Checkpoint? {
        guard let data = FileManager.default.contents(atPath: folder + "/status.json") else { return nil }
        return (try? JSONDecoder().decode(StatusDocument.self, from: data))?.checkpoint
    }
}
