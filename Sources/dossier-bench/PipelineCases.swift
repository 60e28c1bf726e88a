import DossierConfig
import DossierExtraction
import DossierPipeline
import DossierProjection
import Foundation
import Logging

#if canImport(Glibc)
import Glibc
#endif

enum PipelineCases {
    static func configuration(_ state: String) -> Configuration {
        var configuration = Configuration()
        configuration.stateDirectory = state
        return configuration
    }

    static var quietLogger: Logger {
        var logger = Logger(label: "bench")
        logger.logLevel = .critical
        return logger
    }

    /// The pipeline over the big log's state folder, with the built-in lexicon.
    static func pipeline(_ folder: String, useCheckpoint: Bool = true) throws -> Pipeline {
        try Pipeline(
            configuration: configuration(folder + "/var"),
            extractor: Extractor(lexicon: .builtIn),
            logger: quietLogger,
            useCheckpoint: useCheckpoint
        )
    }

    /// Start-up: open + recover + replay the big log into state (no rendering: projections match).
    static func startUp(folder: String, events: Int, runs: Int) throws -> Figure {
        // Render once so that the projections match the log and start-up has nothing to write.
        _ = try pipeline(folder)
        var times: [Double] = []
        for _ in 0..<runs {
            let start = now()
            let pipeline = try pipeline(folder)
            times.append(now() - start)
            precondition(pipeline.state.factCount > 0)
        }
        let value = median(times)
        return Figure(
            name: "start-up",
            what: "open + recover + load of a \(events)-event log",
            value: value,
            unit: "s",
            target: "≤ 1 s",
            met: value <= 1
        )
    }

    /// Rebuild: what `dossier rebuild` does. Replay the whole log (every record checked, the state
    /// checkpoint ignored), remove the projection files, render and write them all, and save a
    /// fresh checkpoint. (Until the checkpoint work this case removed the projection folder and
    /// opened with it missing, which rendered everything twice: once on opening, once after.)
    static func rebuild(folder: String, events: Int, runs: Int) throws -> Figure {
        let projections = folder + "/var/projections"
        // Projections of this log first, so that opening finds them current (as `rebuild` does).
        _ = try pipeline(folder)
        var times: [Double] = []
        for _ in 0..<runs {
            let start = now()
            let pipeline = try pipeline(folder, useCheckpoint: false)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: projections)) ?? []
            where !name.hasPrefix(".") {
                try? FileManager.default.removeItem(atPath: projections + "/" + name)
            }
            try pipeline.writeProjections()
            try pipeline.writeCheckpoint()
            times.append(now() - start)
        }
        let value = Double(events) / median(times)
        return Figure(
            name: "rebuild",
            what: "events/s from the log to all projection files",
            value: value,
            unit: "events/s",
            target: "≥ 300k events/s",
            met: value >= 300_000
        )
    }
}

/// The `dossier` binary built beside this benchmark.
var dossierBinary: String {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("dossier").path
}

/// A `dossier run` process for the daemon cases.
final class DaemonProcess {
    let process = Process()
    let state: String
    let log: String

    init(state: String, config: String? = nil) throws {
        self.state = state
        log = state + "-daemon.log"
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        process.executableURL = URL(fileURLWithPath: dossierBinary)
        process.arguments = ["run", "--state-dir", state] + (config.map { ["--config", $0] } ?? [])
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        try process.run()
        let deadline = now() + 120
        while now() < deadline {
            if ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").contains("watching the inbox") { return }
            usleep(5_000)
        }
    }

    /// Peak resident memory (VmHWM) in MB.
    var peakMegabytes: Double {
        let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return Double(line.split(separator: " ").dropFirst().first.map(String.init) ?? "0").map { $0 / 1024 } ?? 0
    }

    func stop() {
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
    }

    func count(_ folder: String) -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: state + "/" + folder).count) ?? 0
    }
}

enum DaemonCases {
    /// Peak RSS of the daemon holding the big log's state.
    static func memory(folder: String, events: Int) throws -> Figure {
        let daemon = try DaemonProcess(state: folder + "/var")
        let megabytes = daemon.peakMegabytes
        daemon.stop()
        return Figure(
            name: "memory",
            what: "peak RSS of the daemon holding \(events) events of state",
            value: megabytes,
            unit: "MB",
            target: "≤ 200 MB",
            met: megabytes <= 200
        )
    }

    /// Renames `samples` reports into the inbox of a daemon on `state`, one at a time, and returns
    /// the milliseconds until org.json was replaced after each.
    static func latencies(state: String, samples: Int, config: String?) throws -> [Double] {
        let daemon = try DaemonProcess(state: state, config: config)
        defer { daemon.stop() }
        let texts = Corpus.reports(count: samples, seed: 7)
        let org = state + "/projections/org.json"
        func inode() -> UInt64 {
            var info = stat()
            return stat(org, &info) == 0 ? UInt64(info.st_ino) : 0
        }
        var latencies: [Double] = []
        for (i, text) in texts.enumerated() {
            let staged = state + "/staged-\(i).txt"
            _ = FileManager.default.createFile(atPath: staged, contents: Data(text.utf8))
            let before = inode()
            let start = now()
            rename(staged, state + "/inbox/r\(i).txt")
            while inode() == before && now() - start < 5 { usleep(200) }
            latencies.append((now() - start) * 1000)
        }
        return latencies
    }

    /// Rename one report into the inbox; time until org.json is replaced. Against fdatasync latency.
    static func dropToProjection(samples: Int) throws -> [Figure] {
        let state = scratchFolder("latency") + "/var"
        defer { try? FileManager.default.removeItem(atPath: state) }
        let latencies = try Self.latencies(state: state, samples: samples, config: nil)
        // Reference: the latency of one fdatasync of a line on the same disk.
        var syncs: [Double] = []
        let fd = open(state + "/sync-probe", O_WRONLY | O_CREAT | O_APPEND, 0o644)
        for _ in 0..<samples {
            let line = Array("{\"probe\":1}\n".utf8)
            let start = now()
            _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            fdatasync(fd)
            syncs.append((now() - start) * 1000)
        }
        close(fd)
        let p50 = percentile(latencies, 50)
        let p99 = percentile(latencies, 99)
        let sync50 = percentile(syncs, 50)
        let sync99 = percentile(syncs, 99)
        return [
            Figure(
                name: "drop to projection p50",
                what: "ms from rename into the inbox to a new org.json",
                value: p50,
                unit: "ms",
                reference: sync50,
                referenceWhat: "fdatasync p50",
                ratio: nil,
                target: "—",
                met: true
            ),
            Figure(
                name: "drop to projection p99",
                what: "ms, \(samples) single reports",
                value: p99,
                unit: "ms",
                reference: sync99,
                referenceWhat: "fdatasync p99",
                ratio: nil,
                target: "≤ 50 ms",
                met: p99 <= 50
            ),
        ]
    }

    /// 10,000 reports dropped at once: time until the last is in processed/.
    static func burst(reports: Int) throws -> Figure {
        let state = scratchFolder("burst") + "/var"
        let daemon = try DaemonProcess(state: state)
        defer {
            daemon.stop()
            try? FileManager.default.removeItem(atPath: state)
        }
        let texts = Corpus.reports(count: reports, seed: 11)
        try FileManager.default.createDirectory(atPath: state + "/staging", withIntermediateDirectories: true)
        for (i, text) in texts.enumerated() {
            _ = FileManager.default.createFile(atPath: state + "/staging/b\(i).txt", contents: Data(text.utf8))
        }
        let start = now()
        for i in 0..<reports { rename(state + "/staging/b\(i).txt", state + "/inbox/b\(i).txt") }
        // Listing 10,000 names costs a few milliseconds of the CPU the daemon needs: look every 100 ms.
        while daemon.count("processed") < reports && now() - start < 600 { usleep(100_000) }
        let seconds = now() - start
        return Figure(
            name: "burst",
            what: "s to ingest \(reports) reports dropped at once",
            value: seconds,
            unit: "s",
            target: "≤ 10 s",
            met: seconds <= 10
        )
    }
}
