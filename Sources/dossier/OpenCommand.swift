import ArgumentParser
import Foundation

/// `dossier open`: where the HTML page is, and opening it where there is a display.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Print the path of the HTML page (projections/index.html) and open it.",
        discussion: """
            Prints the absolute path of index.html. When DISPLAY or WAYLAND_DISPLAY is set and \
            xdg-open is on PATH, also opens it in the desktop's browser. Exits 1 when the page has \
            not been written (add "html" to projections.formats and run dossier rebuild).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Only print the path; do not open it.")
    var printOnly = false

    func run() throws {
        let configuration = try global.configuration()
        var folder = configuration.projectionsDirectory
        if !folder.hasPrefix("/") { folder = FileManager.default.currentDirectoryPath + "/" + folder }
        let page = URL(fileURLWithPath: folder + "/index.html").standardizedFileURL.path
        Output.line(page)
        guard FileManager.default.fileExists(atPath: page) else {
            Output.error(
                "no page yet: add \"html\" to projections.formats and run: dossier rebuild --state-dir "
                    + configuration.stateDirectory
            )
            throw ExitCode.failure
        }
        let environment = ProcessInfo.processInfo.environment
        let display = [environment["DISPLAY"], environment["WAYLAND_DISPLAY"]].contains { !($0 ?? "").isEmpty }
        guard !printOnly, display, let opener = Self.find("xdg-open", in: environment["PATH"] ?? "") else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: opener)
        process.arguments = [page]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            Output.error("could not run \(opener): \(error)")
            throw ExitCode.failure
        }
    }

    /// The first executable `name` in the folders of `path`.
    static func find(_ name: String, in path: String) -> String? {
        path.split(separator: ":").map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
