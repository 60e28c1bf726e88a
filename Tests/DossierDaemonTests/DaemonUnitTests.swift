import Foundation
import Testing

@testable import DossierDaemon

@Suite struct InboxEntryTests {
    @Test(arguments: [".hidden", "a.tmp", "A.TMP", "b.part", "c.crdownload", "d.txt~", ""])
    func temporaryNamesAreIgnoredUntilRenamed(_ name: String) {
        #expect(InboxEntry(name: Array(name.utf8)).isIgnored)
    }

    @Test(arguments: ["report.txt", "보고서.md", "facts.json", "tmp.txt", "part"])
    func reportNamesAreNot(_ name: String) {
        #expect(!InboxEntry(name: Array(name.utf8)).isIgnored)
    }
}

@Suite struct FileMoverTests {
    @Test func aNameClashGetsASuffixAndNothingIsOverwritten() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("mover-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/in", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/out", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: root + "/out/report.txt", contents: Data("old".utf8))
        _ = FileManager.default.createFile(atPath: root + "/out/report-2.txt", contents: Data("older".utf8))
        _ = FileManager.default.createFile(atPath: root + "/in/report.txt", contents: Data("new".utf8))
        let moved = try FileMover.move(
            InboxEntry(name: Array("report.txt".utf8)),
            from: root + "/in",
            to: root + "/out"
        )
        #expect(moved == Array("report-3.txt".utf8))
        #expect(FileManager.default.contents(atPath: root + "/out/report.txt") == Data("old".utf8))
        #expect(FileManager.default.contents(atPath: root + "/out/report-3.txt") == Data("new".utf8))
        #expect(!FileManager.default.fileExists(atPath: root + "/in/report.txt"))
    }

    @Test func suffixesGoBeforeTheExtension() {
        #expect(FileMover.suffixed(Array("a.txt".utf8), 2) == Array("a-2.txt".utf8))
        #expect(FileMover.suffixed(Array("noext".utf8), 3) == Array("noext-3".utf8))
        #expect(FileMover.suffixed(Array(".hidden".utf8), 2) == Array(".hidden-2".utf8))
    }
}

@Suite struct SystemdNotifierTests {
    @Test func withoutNotifySocketNothingIsSent() {
        let notifier = SystemdNotifier(environment: [:])
        #expect(!notifier.send("READY=1") && notifier.watchdogInterval == nil)
    }

    @Test func theWatchdogPingsAtHalfTheInterval() {
        let notifier = SystemdNotifier(environment: ["WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "\(getpid())"])
        #expect(notifier.watchdogInterval == .seconds(15))
        let other = SystemdNotifier(environment: ["WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"])
        #expect(other.watchdogInterval == nil)
    }
}
