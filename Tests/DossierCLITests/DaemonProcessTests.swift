import DossierTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite(.serialized) struct DaemonProcessTests {
    @Test func dropsByRenameAndByWriteAndFilesPresentBeforeStart() throws {
        let daemon = try RunningDaemon { inbox in
            _ = FileManager.default.createFile(atPath: inbox + "/before.txt", contents: Data("already here".utf8))
        }
        #expect(daemon.waitForProcessed("before.txt"), "\(daemon.log)")
        daemon.drop("renamed.txt", "dropped by rename")
        #expect(daemon.waitForProcessed("renamed.txt"))
        // Written in place, in pieces: read only once it has been quiet for the settle time.
        daemon.writeInPlace("written.txt", "first part, ")
        usleep(200_000)
        daemon.writeInPlace("written.txt", "second part")
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
        let asked = Date()
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        #expect(Date().timeIntervalSince(asked) < 1.5, "SIGTERM should end the daemon within a second")
        let verify = try daemon.verify()
        #expect(verify["ok"] as? Bool == true && verify["reports"] as? Int == 4)
    }

    @Test func filesPresentAtStartAreIngestedOldestFirst() throws {
        let daemon = try RunningDaemon { inbox in
            // Names in the opposite order of their ages.
            for (name, age) in [("a.txt", 10.0), ("b.txt", 30.0), ("c.txt", 20.0)] {
                _ = FileManager.default.createFile(atPath: inbox + "/" + name, contents: Data("report \(name)".utf8))
                let date = Date().addingTimeInterval(-age)
                try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: inbox + "/" + name)
            }
        }
        #expect(waitUntil(timeout: 10) { daemon.names("processed").count == 3 }, "\(daemon.log)")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        let log = try String(contentsOfFile: daemon.state + "/log/events-000001.jsonl", encoding: .utf8)
        let order = log.split(separator: "\n").compactMap { line -> String? in
            guard let range = line.range(of: #""fileName":""#) else { return nil }
            return String(line[range.upperBound...].prefix { $0 != "\"" })
        }
        #expect(order == ["b.txt", "c.txt", "a.txt"])
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
        #expect(waitUntil(timeout: 10) { daemon.names("inbox").isEmpty }, "\(daemon.names("inbox")) \(daemon.log)")
        let processed = try FileManager.default.contentsOfDirectory(atPath: daemon.state + "/processed")
        #expect(processed.count == 3 && processed.contains("hard.txt"), "\(processed) \(daemon.log)")
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
