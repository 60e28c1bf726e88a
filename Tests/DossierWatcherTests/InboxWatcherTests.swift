import Foundation
import Synchronization
import Testing

@testable import DossierWatcher

/// Collects events and lets a test wait for one that matches.
final class EventRecorder: Sendable {
    private let events = Mutex<[InboxEvent]>([])

    func record(_ event: InboxEvent) { events.withLock { $0.append(event) } }

    var all: [InboxEvent] { events.withLock { $0 } }

    func wait(timeout: Double = 5, for predicate: (InboxEvent) -> Bool) -> InboxEvent? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let hit = events.withLock({ $0.first(where: predicate) }) { return hit }
            usleep(10_000)
        }
        return nil
    }
}

// libinotifytools is global: one watcher per process, so these tests run one after another.
@Suite(.serialized) struct InboxWatcherTests {
    func withWatcher(_ body: (String, EventRecorder) throws -> Void) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)").path
        let inbox = root + "/inbox"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let recorder = EventRecorder()
        let watcher = try InboxWatcher(inbox: inbox, onEvent: { recorder.record($0) }, onProblem: { _ in })
        try watcher.start()
        defer {
            watcher.stop()
            // The thread notices within a second; wait so the next test can start a watcher.
            let deadline = Date().addingTimeInterval(3)
            while Date() < deadline, (try? watcher.isRunning()) == true { usleep(20_000) }
        }
        try body(inbox, recorder)
    }

    @Test func reportsWritesRenamesAndSpecialFiles() throws {
        try withWatcher { inbox, recorder in
            _ = FileManager.default.createFile(atPath: inbox + "/written.txt", contents: Data("a".utf8))
            #expect(recorder.wait { $0.kind == .closedAfterWrite && $0.name == Array("written.txt".utf8) } != nil)

            let outside = inbox + "/../outside.txt"
            _ = FileManager.default.createFile(atPath: outside, contents: Data("b".utf8))
            #expect(rename(outside, inbox + "/renamed.txt") == 0)
            #expect(recorder.wait { $0.kind == .movedIn && $0.name == Array("renamed.txt".utf8) } != nil)

            #expect(mkfifo(inbox + "/fifo", 0o644) == 0)
            #expect(recorder.wait { $0.kind == .created && $0.name == Array("fifo".utf8) } != nil)
        }
    }

    @Test func namesThatAreNotUTF8ArriveByteExact() throws {
        try withWatcher { inbox, recorder in
            let name: [UInt8] = Array("report-".utf8) + [0xFF, 0xFE] + Array(".txt".utf8)
            let path = Array(inbox.utf8) + [UInt8(ascii: "/")] + name + [0]
            let fd = path.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
            }
            #expect(fd >= 0)
            close(fd)
            #expect(recorder.wait { $0.kind == .closedAfterWrite && $0.name == name } != nil)
        }
    }

    @Test func aRemovedInboxIsRecreatedAndRescanned() throws {
        try withWatcher { inbox, recorder in
            try FileManager.default.removeItem(atPath: inbox)
            #expect(recorder.wait { if case .rescan = $0.kind { true } else { false } } != nil)
            var isDirectory: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: inbox, isDirectory: &isDirectory) && isDirectory.boolValue)
            _ = FileManager.default.createFile(atPath: inbox + "/after.txt", contents: Data("c".utf8))
            #expect(recorder.wait { $0.name == Array("after.txt".utf8) } != nil, "\(recorder.all)")
        }
    }

    @Test func aMovedAwayInboxIsRecreatedAndRescanned() throws {
        try withWatcher { inbox, recorder in
            #expect(rename(inbox, inbox + "-moved") == 0)
            #expect(recorder.wait { if case .rescan = $0.kind { true } else { false } } != nil)
            _ = FileManager.default.createFile(atPath: inbox + "/new.txt", contents: Data("d".utf8))
            #expect(recorder.wait { $0.name == Array("new.txt".utf8) } != nil, "\(recorder.all)")
            try? FileManager.default.removeItem(atPath: inbox + "-moved")
        }
    }

    @Test func onlyOneWatcherRunsInAProcessAndItStopsWithinASecond() throws {
        try withWatcher { inbox, _ in
            let second = try InboxWatcher(inbox: inbox, onEvent: { _ in }, onProblem: { _ in })
            #expect(throws: WatcherError.self) { try second.start() }
        }
        // withWatcher waited for the first to stop; a new one starts at once.
        let started = Date()
        try withWatcher { _, _ in }
        #expect(Date().timeIntervalSince(started) < 3)
    }

    @Test func aQueueOverflowAsksForARescan() throws {
        let limit = InboxWatcher.maxQueuedEvents() ?? 16384
        try #require(limit <= 100_000, "max_queued_events is too large to overflow in a test")
        let gate = DispatchSemaphore(value: 0)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("overflow-\(UUID().uuidString)").path
        let inbox = root + "/inbox"
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let recorder = EventRecorder()
        let blocked = Mutex(true)
        let watcher = try InboxWatcher(
            inbox: inbox,
            onEvent: { event in
                // Hold the watcher thread on its first event so that the kernel queue fills up.
                if blocked.withLock({ $0 }) { gate.wait() }
                recorder.record(event)
            },
            onProblem: { _ in }
        )
        try watcher.start()
        defer {
            watcher.stop()
            _ = waitUntilStopped(watcher)
        }
        for i in 0...(limit + 100) {
            let fd = open(inbox + "/f\(i)", O_WRONLY | O_CREAT, 0o644)
            close(fd)
        }
        blocked.withLock { $0 = false }
        gate.signal()
        #expect(
            recorder.wait(timeout: 20) {
                if case .rescan(let reason) = $0.kind { reason.contains("overflow") } else { false }
            } != nil
        )
    }

    func waitUntilStopped(_ watcher: InboxWatcher) -> Bool {
        let deadline = Date().addingTimeInterval(3)
        while Date() < deadline {
            if (try? watcher.isRunning()) == false { return true }
            usleep(20_000)
        }
        return false
    }

    @Test func aSymlinkedInboxIsResolved() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("watch-link-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/real", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: root + "/real")
        let watcher = try InboxWatcher(inbox: root + "/link", onEvent: { _ in }, onProblem: { _ in })
        #expect(watcher.resolvedInbox.hasSuffix("/real"))
    }

    @Test func theQueueLimitIsReadFromProc() {
        #expect((InboxWatcher.maxQueuedEvents() ?? 0) > 0)
    }
}
