import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A `dossier run` process on a temporary state folder.
final class RunningDaemon {
    let scratch = Scratch()
    let process = Process()
    let logFile: String
    var state: String { scratch.path + "/var" }
    var inbox: String { state + "/inbox" }

    init(arguments: [String] = [], environment: [String: String] = [:], preparing: ((String) throws -> Void)? = nil)
        throws
    {
        logFile = scratch.path + "/daemon.log"
        try FileManager.default.createDirectory(atPath: scratch.path + "/var/inbox", withIntermediateDirectories: true)
        try preparing?(scratch.path + "/var/inbox")
        try start(arguments: arguments, environment: environment)
    }

    private var arguments: [String] = []
    private var environment: [String: String] = [:]

    func start(arguments: [String], environment: [String: String]) throws {
        self.arguments = arguments
        self.environment = environment
        try launch(process)
    }

    private var current: Process?

    private func launch(_ process: Process) throws {
        process.executableURL = URL(fileURLWithPath: DossierProcess.binary)
        process.arguments = ["run", "--state-dir", state] + arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "DOSSIER_CONFIG")
        env.removeValue(forKey: "NOTIFY_SOCKET")
        env.removeValue(forKey: "JOURNAL_STREAM")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if !FileManager.default.fileExists(atPath: logFile) {
            _ = FileManager.default.createFile(atPath: logFile, contents: nil)
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: logFile))
        try handle.seekToEnd()
        process.standardError = handle
        process.standardOutput = handle
        try process.run()
        current = process
    }

    /// Starts the daemon again after it stopped or was killed.
    func restart() throws {
        try launch(Process())
    }

    var pid: Int32 { current?.processIdentifier ?? 0 }

    func signal(_ number: Int32) { kill(pid, number) }

    /// Waits for the process to exit and returns its status.
    func waitForExit(timeout: Double = 10) -> Int32? {
        guard let current else { return nil }
        let ok = waitUntil(timeout: timeout) { !current.isRunning }
        return ok ? current.terminationStatus : nil
    }

    deinit {
        if let current, current.isRunning {
            kill(current.processIdentifier, SIGKILL)
            current.waitUntilExit()
        }
    }

    var log: String { (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? "" }

    func names(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: state + "/" + folder)) ?? []).sorted()
    }

    /// Writes a file elsewhere and renames it into the inbox (the recommended way to drop a report).
    func drop(_ name: String, _ text: String) {
        let staging = scratch.path + "/staging"
        try? FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: staging + "/" + name, contents: Data(text.utf8))
        rename(staging + "/" + name, inbox + "/" + name)
    }

    /// Waits until `name` is in `processed/` (the sentinel of everything dropped before it).
    @discardableResult
    func waitForProcessed(_ name: String, timeout: Double = 20) -> Bool {
        waitUntil(timeout: timeout) { FileManager.default.fileExists(atPath: self.state + "/processed/" + name) }
    }

    func verify() throws -> [String: Any] {
        let result = try DossierProcess.run(["verify", "--json", "--state-dir", state])
        return (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]) ?? [:]
    }
}

/// Polls `condition` every 20 ms until it holds or `timeout` seconds pass.
func waitUntil(timeout: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if condition() { return true }
        usleep(20_000)
    }
    return condition()
}

@Suite(.serialized) struct DaemonProcessTests {
    @Test func dropsByRenameAndByWriteAndFilesPresentBeforeStart() throws {
        let daemon = try RunningDaemon { inbox in
            _ = FileManager.default.createFile(atPath: inbox + "/before.txt", contents: Data("already here".utf8))
        }
        #expect(daemon.waitForProcessed("before.txt"), "\(daemon.log)")
        daemon.drop("renamed.txt", "dropped by rename")
        #expect(daemon.waitForProcessed("renamed.txt"))
        // Written in place, in pieces: read only once it has been quiet for the settle time.
        _ = FileManager.default.createFile(atPath: daemon.inbox + "/written.txt", contents: Data("first part, ".utf8))
        usleep(200_000)
        let again = try #require(FileHandle(forWritingAtPath: daemon.inbox + "/written.txt"))
        try again.seekToEnd()
        try again.write(contentsOf: Data("second part".utf8))
        try again.close()
        #expect(daemon.waitForProcessed("written.txt"))
        #expect(
            try String(contentsOfFile: daemon.state + "/processed/written.txt", encoding: .utf8)
                == "first part, second part"
        )
        // Temporary names are left alone until renamed.
        daemon.drop("partial.part", "not yet")
        daemon.drop(".hidden", "not yet")
        daemon.drop("sentinel.txt", "sentinel")
        #expect(daemon.waitForProcessed("sentinel.txt"))
        #expect(daemon.names("inbox") == [".hidden", "partial.part"])
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        let verify = try daemon.verify()
        #expect(verify["ok"] as? Bool == true && verify["reports"] as? Int == 4)
    }

    @Test func badInputIsRejectedWithItsReasonAndTheDaemonKeepsIngesting() throws {
        let config = Scratch.shared.write("small-\(UUID().uuidString).toml", "[ingest]\nmax_report_bytes = 1000\n")
        let daemon = try RunningDaemon(arguments: ["--config", config])
        #expect(waitUntil(timeout: 10) { daemon.log.contains("watching the inbox") }, "\(daemon.log)")
        let outside = daemon.scratch.write("outside.txt", "outside the inbox")
        #expect(symlink(outside, daemon.inbox + "/link.txt") == 0)
        #expect(mkfifo(daemon.inbox + "/pipe", 0o644) == 0)
        try FileManager.default.createDirectory(
            atPath: daemon.inbox + "/folder/nested",
            withIntermediateDirectories: true
        )
        daemon.drop("empty.txt", "")
        daemon.drop("big.txt", String(repeating: "가", count: 1000))
        _ = FileManager.default.createFile(
            atPath: daemon.scratch.path + "/latin1.txt",
            contents: Data([0x63, 0x61, 0x66, 0xE9])
        )
        rename(daemon.scratch.path + "/latin1.txt", daemon.inbox + "/latin1.txt")
        // A name that is not UTF-8 is opened and moved byte-exact.
        let oddName: [UInt8] = Array("odd-".utf8) + [0xFF] + Array(".txt".utf8)
        let staged = daemon.scratch.path + "/odd"
        _ = FileManager.default.createFile(atPath: staged, contents: Data("a report with an odd name".utf8))
        let target = Array(daemon.inbox.utf8) + [UInt8(ascii: "/")] + oddName + [0]
        #expect(
            target.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { rename(staged, $0.baseAddress!) } }
                == 0
        )
        // A hard link gets only IN_CREATE: it is ingested (its content is complete).
        let linked = daemon.scratch.write("linked.txt", "a report dropped as a hard link")
        #expect(link(linked, daemon.inbox + "/hard.txt") == 0)
        daemon.drop("good.txt", "a good report after the bad ones")
        #expect(daemon.waitForProcessed("good.txt"), "\(daemon.log)")
        #expect(waitUntil(timeout: 10) { daemon.names("rejected").count == 12 }, "\(daemon.names("rejected"))")
        let rejected = daemon.names("rejected")
        for name in ["link.txt", "pipe", "folder", "empty.txt", "big.txt", "latin1.txt"] {
            #expect(rejected.contains(name) && rejected.contains(name + ".error.json"), "\(name)")
        }
        let reason = try String(contentsOfFile: daemon.state + "/rejected/latin1.txt.error.json", encoding: .utf8)
        #expect(reason.contains("not-text") && reason.contains("sha256"))
        #expect(
            try String(contentsOfFile: daemon.state + "/rejected/big.txt.error.json", encoding: .utf8).contains(
                "too-large"
            )
        )
        // The symlink itself was moved; its target is untouched and was never read.
        #expect(FileManager.default.fileExists(atPath: outside))
        let processed = try FileManager.default.contentsOfDirectory(atPath: daemon.state + "/processed")
        #expect(processed.count == 3 && processed.contains("hard.txt"))
        #expect(daemon.names("inbox").isEmpty)
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    @Test func aRemovedInboxIsRecreated() throws {
        let daemon = try RunningDaemon()
        #expect(waitUntil(timeout: 10) { daemon.log.contains("watching the inbox") })
        try FileManager.default.removeItem(atPath: daemon.inbox)
        #expect(waitUntil(timeout: 10) { FileManager.default.fileExists(atPath: daemon.inbox) }, "\(daemon.log)")
        #expect(waitUntil(timeout: 10) { daemon.log.contains("re-created") })
        daemon.drop("after.txt", "dropped into the new inbox")
        #expect(daemon.waitForProcessed("after.txt"), "\(daemon.log)")
    }

    @Test func twoThousandFilesAtOnceAreEachIngestedExactlyOnce() throws {
        let count = 2000
        let daemon = try RunningDaemon()
        #expect(waitUntil(timeout: 10) { daemon.log.contains("watching the inbox") })
        for i in 0..<count { daemon.drop("burst-\(i).txt", "burst report number \(i)") }
        #expect(
            waitUntil(timeout: 120) { daemon.names("processed").count == count },
            "\(daemon.names("processed").count)"
        )
        #expect(daemon.names("inbox").isEmpty)
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        let verify = try daemon.verify()
        #expect(verify["ok"] as? Bool == true && verify["reports"] as? Int == count)
        // Group commit: far fewer log records than... no: one record a report, but few fsyncs.
        #expect(verify["records"] as? Int == count)
    }

    @Test func sigkillInTheMiddleOfABurstLosesNothingAndDuplicatesNothing() throws {
        let count = 1000
        let daemon = try RunningDaemon()
        #expect(waitUntil(timeout: 10) { daemon.log.contains("watching the inbox") })
        for i in 0..<count { daemon.drop("kill-\(i).txt", "report to survive a kill \(i)") }
        #expect(waitUntil(timeout: 60) { daemon.names("processed").count >= 100 })
        daemon.signal(SIGKILL)
        _ = daemon.waitForExit()
        try daemon.restart()
        #expect(waitUntil(timeout: 120) { daemon.names("processed").count == count }, "\(daemon.log.suffix(2000))")
        #expect(daemon.names("inbox").isEmpty)
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        let verify = try daemon.verify()
        #expect(verify["ok"] as? Bool == true, "\(verify)")
        #expect(verify["reports"] as? Int == count)
    }

    @Test func sighupReloadsAGoodConfigAndRefusesABadOne() throws {
        let config = Scratch.shared.write("reload-\(UUID().uuidString).toml", "[daemon]\nsettle_ms = 100\n")
        let daemon = try RunningDaemon(arguments: ["--config", config])
        #expect(waitUntil(timeout: 10) { daemon.log.contains("watching the inbox") })
        try "[daemon]\nsettle_ms = 200\n".write(toFile: config, atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        #expect(waitUntil(timeout: 10) { daemon.log.contains("reloaded") }, "\(daemon.log)")
        try "[daemon]\nsettle_millis = 200\n".write(toFile: config, atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        #expect(
            waitUntil(timeout: 10) {
                daemon.log.contains("reload refused") && daemon.log.contains("daemon.settle_millis")
            }
        )
        daemon.drop("still-running.txt", "the daemon kept the old configuration")
        #expect(daemon.waitForProcessed("still-running.txt"))
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    @Test(arguments: [false, true])
    func sdNotifyMessagesArriveOnARealDatagramSocket(abstract: Bool) throws {
        let name =
            abstract
            ? "@dossier-test-\(UUID().uuidString.prefix(8))"
            : Scratch.shared.path + "/notify-\(UUID().uuidString.prefix(8)).sock"
        let socket = try NotifySocket(path: name)
        let daemon = try RunningDaemon(environment: ["NOTIFY_SOCKET": name, "WATCHDOG_USEC": "400000"])
        var seen: [String] = []
        func receive(until predicate: (String) -> Bool) -> Bool {
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                if let message = socket.receive() {
                    seen.append(message)
                    if predicate(message) { return true }
                }
            }
            return false
        }
        #expect(receive { $0.contains("READY=1") }, "\(seen) \(daemon.log)")
        #expect(seen.contains { $0.contains("STATUS=") })
        #expect(receive { $0 == "WATCHDOG=1" })
        daemon.signal(SIGHUP)
        #expect(receive { $0.contains("RELOADING=1") && $0.contains("MONOTONIC_USEC=") })
        daemon.signal(SIGTERM)
        #expect(receive { $0.contains("STOPPING=1") })
        #expect(daemon.waitForExit() == 0)
    }
}

/// A unix datagram socket that receives sd_notify messages.
final class NotifySocket {
    let fd: Int32

    init(path: String) throws {
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var bytes = Array(path.utf8)
        if bytes.first == UInt8(ascii: "@") { bytes[0] = 0 }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in bytes.enumerated() { raw[i] = b }
        }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + (bytes.first == 0 ? 0 : 1))
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard result == 0 else { throw POSIXError(.EADDRINUSE) }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(fd) }

    func receive() -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = recv(fd, &buffer, buffer.count, 0)
        guard n > 0 else { return nil }
        return String(decoding: buffer[..<n], as: UTF8.self)
    }
}

extension Scratch {
    /// A scratch folder for the whole test run.
    nonisolated(unsafe) static let shared = Scratch()
}
