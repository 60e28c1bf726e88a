import DossierTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

func environmentInt(_ name: String, _ fallback: Int) -> Int {
    ProcessInfo.processInfo.environment[name].flatMap(Int.init) ?? fallback
}

/// Runs a command, returning its exit status.
@discardableResult
func shell(_ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
}

/// A report of structured facts, unique by `id`, about `size` bytes.
func factsReport(_ id: String, facts: Int = 3) -> String {
    (0..<facts).map { #"{"kind":"org","name":"회사 \#(id) \#($0)","native":"公司\#(id)\#($0)"}"# }.joined(separator: "\n")
}

let isRoot = getuid() == 0

@Suite(.serialized) struct DaemonFaultTests {
    @Test func anFsyncFailureStopsTheDaemonAndTheReportStaysInTheInbox() throws {
        let library = Scratch.shared.path + "/failsync-\(UUID().uuidString.prefix(8)).so"
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Faults/failsync.c").path
        try #require(try shell(["cc", "-shared", "-fPIC", "-O1", "-o", library, source, "-ldl"]) == 0)
        let daemon = try RunningDaemon(environment: ["LD_PRELOAD": library, "DOSSIER_FAIL_FDATASYNC_AFTER": "1"])
        #expect(waitUntil(timeout: 10) { daemon.log.contains("watching the inbox") }, "\(daemon.log)")
        daemon.drop("first.txt", "the first report: its fdatasync succeeds")
        #expect(daemon.waitForProcessed("first.txt"))
        daemon.drop("second.txt", "the second report: its fdatasync fails with EIO")
        let status = daemon.waitForExit(timeout: 10)
        #expect(status == 1, "\(daemon.log)")
        #expect(daemon.log.contains("fdatasync failed"))
        #expect(daemon.names("inbox") == ["second.txt"])
        // Restarted (systemd would), it ingests the report exactly once.
        daemon.environment = [:]
        try daemon.restart()
        #expect(daemon.waitForProcessed("second.txt"), "\(daemon.log)")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        let verify = try daemon.verify()
        #expect(verify["ok"] as? Bool == true && verify["reports"] as? Int == 2)
    }

    @Test(.enabled(if: isRoot, "mounting a tmpfs needs root (CI runs as root)"))
    func aFullDiskLosesNothingMovesNothingUnloggedAndResumesWhenSpaceIsFreed() throws {
        let scratch = Scratch()
        let mountPoint = scratch.path + "/small"
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        try #require(try shell(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mountPoint]) == 0)
        defer { _ = try? shell(["umount", "-l", mountPoint]) }
        let state = mountPoint + "/var"
        try FileManager.default.createDirectory(atPath: state + "/inbox", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: mountPoint + "/staging", withIntermediateDirectories: true)
        let count = 40
        for i in 0..<count {
            _ = FileManager.default.createFile(
                atPath: mountPoint + "/staging/r\(i).jsonl",
                contents: Data(factsReport("\(i)", facts: 40).utf8)
            )
        }
        // Fill the disk but for about 100 KiB: room for a few log records, not for forty.
        var info = statvfs()
        statvfs(mountPoint, &info)
        let free = Int(info.f_bavail) * Int(info.f_frsize)
        let filler = mountPoint + "/filler"
        let fd = open(filler, O_WRONLY | O_CREAT, 0o644)
        #expect(posix_fallocate(fd, 0, off_t(max(0, free - 100 * 1024))) == 0)
        close(fd)

        let log = scratch.path + "/daemon.log"
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: DossierProcess.binary)
        process.arguments = ["run", "--state-dir", state]
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        func text() -> String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }
        func names(_ folder: String) -> [String] {
            (try? FileManager.default.contentsOfDirectory(atPath: state + "/" + folder)) ?? []
        }
        #expect(waitUntil(timeout: 10) { text().contains("watching the inbox") })
        for i in 0..<count { rename(mountPoint + "/staging/r\(i).jsonl", state + "/inbox/r\(i).jsonl") }
        #expect(waitUntil(timeout: 20) { text().contains("cannot append to the log") }, "\(text())")
        // Nothing was moved that is not in the log; nothing was lost.
        let processed = names("processed").count
        let verify = try DossierProcess.run(["verify", "--json", "--state-dir", state])
        let scan = try JSONSerialization.jsonObject(with: Data(verify.stdout.utf8)) as? [String: Any]
        #expect(scan?["ok"] as? Bool == true, "\(verify.stdout)")
        #expect(scan?["reports"] as? Int == processed)
        #expect(processed < count && names("inbox").count == count - processed)
        #expect(process.isRunning)
        // Space comes back: the daemon resumes by itself.
        try FileManager.default.removeItem(atPath: filler)
        #expect(waitUntil(timeout: 60) { names("processed").count == count }, "\(text().suffix(3000))")
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let after = try DossierProcess.run(["verify", "--json", "--state-dir", state])
        let final = try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any]
        #expect(final?["ok"] as? Bool == true && final?["reports"] as? Int == count)
    }

    /// `DOSSIER_KILL_LOOP_REPORTS` and `DOSSIER_KILL_LOOP_KILLS` make it longer (docs/durability.md).
    @Test func killNineLoopEveryReportExactlyOnce() throws {
        let reports = environmentInt("DOSSIER_KILL_LOOP_REPORTS", 1000)
        let kills = environmentInt("DOSSIER_KILL_LOOP_KILLS", 50)
        var random = SplitMix64(state: UInt64(environmentInt("DOSSIER_KILL_LOOP_SEED", 20_261_129)))
        let daemon = try RunningDaemon()
        #expect(waitUntil(timeout: 10) { daemon.log.contains("watching the inbox") })
        var dropped = 0
        var killed = 0
        var halfWritten = 0
        let perRound = max(1, reports / max(1, kills))
        while killed < kills {
            for _ in 0..<perRound where dropped < reports {
                daemon.drop("k\(dropped).txt", "report \(dropped) of the kill loop")
                dropped += 1
            }
            usleep(UInt32.random(in: 0...150_000, using: &random))
            daemon.signal(SIGKILL)
            _ = daemon.waitForExit()
            killed += 1
            // The projections are the old or the new version, never half-written.
            for name in ["org.json", "timeline.json", "status.json"] {
                guard let data = FileManager.default.contents(atPath: daemon.state + "/projections/" + name) else {
                    continue
                }
                if (try? JSONSerialization.jsonObject(with: data)) == nil { halfWritten += 1 }
            }
            try daemon.restart()
            usleep(UInt32.random(in: 0...100_000, using: &random))
        }
        while dropped < reports {
            daemon.drop("k\(dropped).txt", "report \(dropped) of the kill loop")
            dropped += 1
        }
        #expect(waitUntil(timeout: 300) { daemon.names("processed").count == reports }, "\(daemon.log.suffix(2000))")
        #expect(daemon.names("inbox").isEmpty && daemon.names("rejected").isEmpty)
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        let verify = try daemon.verify()
        let logged = verify["reports"] as? Int ?? -1
        #expect(verify["ok"] as? Bool == true)
        #expect(logged == reports)
        #expect(halfWritten == 0)
        // The projections kept up to date through all of this equal a fresh rebuild.
        let folder = daemon.state + "/projections/"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
        #expect(names.count >= 5)
        let before = names.map { FileManager.default.contents(atPath: folder + $0) }
        let rebuild = try DossierProcess.run(["rebuild", "--state-dir", daemon.state])
        #expect(rebuild.status == 0)
        #expect(names.map { FileManager.default.contents(atPath: folder + $0) } == before)
        let lost = reports - daemon.names("processed").count
        let duplicates = logged - reports
        print("kill loop: reports \(reports), kills \(killed), duplicates \(duplicates), lost \(lost)")
        #expect(lost == 0 && duplicates == 0)
    }

    @Test(.enabled(if: isRoot, "switching to an unprivileged user needs root"))
    func anUnreadableFileIsSkippedWithoutARetryLoopWhenTheDaemonIsNotRoot() throws {
        let daemon = try RunningDaemon(
            prefix: ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"],
            preparing: { inbox in
                let root = URL(fileURLWithPath: inbox).deletingLastPathComponent().deletingLastPathComponent().path
                try shell(["chown", "-R", "65534:65534", root])
            }
        )
        #expect(waitUntil(timeout: 10) { daemon.log.contains("watching the inbox") }, "\(daemon.log)")
        let secret = daemon.scratch.path + "/secret.txt"
        _ = FileManager.default.createFile(atPath: secret, contents: Data("nobody may read this".utf8))
        chown(secret, 0, 0)
        chmod(secret, 0)
        rename(secret, daemon.inbox + "/secret.txt")
        daemon.drop("readable.txt", "a report the daemon can read")
        #expect(daemon.waitForProcessed("readable.txt"), "\(daemon.log)")
        #expect(waitUntil(timeout: 5) { daemon.log.contains("cannot read; skipped") })
        usleep(1_500_000)  // a retry loop would have logged again by now
        #expect(daemon.log.components(separatedBy: "cannot read; skipped").count == 2)
        #expect(daemon.names("inbox") == ["secret.txt"] && !daemon.names("rejected").contains("secret.txt"))
        // Made readable and dropped again, it is ingested.
        chmod(daemon.inbox + "/secret.txt", 0o644)
        rename(daemon.inbox + "/secret.txt", daemon.scratch.path + "/secret.txt")
        rename(daemon.scratch.path + "/secret.txt", daemon.inbox + "/secret.txt")
        #expect(daemon.waitForProcessed("secret.txt"))
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }
}
