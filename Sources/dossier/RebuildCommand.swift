import ArgumentParser
import DossierWriters
import Foundation

struct RebuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract: "Replay the whole log into fresh projections.",
        discussion: """
            Removes the projection files and renders them again from every record of the log, ignoring \
            the state checkpoint (which it then writes anew). \
            The result is byte-identical to the files kept up to date incrementally. Needs the \
            log's lock: stop the daemon first.
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let configuration = try global.configuration()
        let pipeline = try global.pipeline(configuration, useCheckpoint: false)
        let folder = configuration.projectionsDirectory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where !name.hasPrefix(".") {
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
        do {
            let written = try pipeline.writeProjections()
            try pipeline.writeCheckpoint()
            Output.line(
                "rebuilt \(written.count) projection files from \(pipeline.head.sequence) log records in \(folder)"
            )
        } catch {
            Output.error("error: \(error)")
            throw ExitCode(Output.ioError)
        }
    }
}
