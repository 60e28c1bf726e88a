import CInotifyTools
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Something that happened in the inbox.
public struct InboxEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A file opened for writing was closed (`IN_CLOSE_WRITE`): written in place, maybe not finished.
        case closedAfterWrite
        /// A file was renamed into the inbox (`IN_MOVED_TO`): complete.
        case movedIn
        /// An entry was created (`IN_CREATE`): only a FIFO, socket, symlink, directory or hard link
        /// gets no later event, so the consumer looks at what it is.
        case created
        /// Events may have been lost (queue overflow) or the inbox was re-created: list it again.
        case rescan(reason: String)
    }

    public var kind: Kind
    /// The entry's name as bytes (file names need not be UTF-8); empty for a rescan.
    public var name: [UInt8]

    public init(kind: Kind, name: [UInt8]) {
        self.kind = kind
        self.name = name
    }
}

/// Why the watcher could not start or keep watching.
public struct WatcherError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    /// The inbox concerned.
    public var path: String

    public var description: String { "\(path): \(message)" }
}

/// Watches the inbox with libinotifytools and hands every event to a callback.
///
/// libinotifytools keeps all its state in globals, so there is one watcher per process and
/// every library call happens on one dedicated thread, which copies each event before the
/// next call. The thread waits with `inotifytools_next_event(1)`: a positive timeout (0 would
/// block forever, and `next_events(t, n>1)` spins a core ignoring the timeout), which also lets
/// it notice ``stop()`` within a second.
public final class InboxWatcher: Sendable {
    /// The inbox as given.
    public let inbox: String
    /// The inbox with symlinks resolved: libinotifytools reports wrong paths under a symlinked one.
    public let resolvedInbox: String
    private let onEvent: @Sendable (InboxEvent) -> Void
    private let onProblem: @Sendable (WatcherError) -> Void
    private let stopped = Mutex(false)

    private static let instanceActive = Mutex(false)
    static let mask = Int32(
        bitPattern: UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)
    )

    /// Prepares a watcher; `onEvent` and `onProblem` are called on the watcher's thread.
    public init(
        inbox: String,
        onEvent: @escaping @Sendable (InboxEvent) -> Void,
        onProblem: @escaping @Sendable (WatcherError) -> Void
    ) throws(WatcherError) {
        self.inbox = inbox
        guard let resolved = realpath(inbox, nil) else {
            throw WatcherError(message: "cannot resolve the inbox: \(String(cString: strerror(errno)))", path: inbox)
        }
        self.resolvedInbox = String(cString: resolved)
        free(resolved)
        self.onEvent = onEvent
        self.onProblem = onProblem
    }

    /// The kernel's limit on queued events (`/proc/sys/fs/inotify/max_queued_events`);
    /// `inotifytools_get_max_queued_events()` returns -1 on Debian's 3.22.6.
    public static func maxQueuedEvents() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/sys/fs/inotify/max_queued_events", encoding: .utf8) else {
            return nil
        }
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Starts watching; returns once the watch is in place (so a scan after this misses nothing).
    public func start() throws(WatcherError) {
        let claimed = Self.instanceActive.withLock { active -> Bool in
            if active { return false }
            active = true
            return true
        }
        guard claimed else {
            throw WatcherError(
                message: "only one inbox watcher can run in a process (libinotifytools is global)",
                path: inbox
            )
        }
        let ready = DispatchSemaphore(value: 0)
        let failure = Mutex<WatcherError?>(nil)
        let thread = Thread { [self] in
            if let error = self.setUp() {
                failure.withLock { $0 = error }
                ready.signal()
                Self.instanceActive.withLock { $0 = false }
                return
            }
            ready.signal()
            self.loop()
            inotifytools_cleanup()
            Self.instanceActive.withLock { $0 = false }
        }
        thread.name = "dossier-inotify"
        thread.start()
        ready.wait()
        if let error = failure.withLock({ $0 }) { throw error }
    }

    /// Asks the watcher thread to stop; it does within a second.
    public func stop() {
        stopped.withLock { $0 = true }
    }

    private var isStopped: Bool { stopped.withLock { $0 } }

    /// Whether a watcher thread is running in this process.
    func isRunning() throws -> Bool { Self.instanceActive.withLock { $0 } }

    /// The inode of the inbox being watched (only touched on the watcher thread).
    nonisolated(unsafe) private var watchedInode: UInt64?

    private func inode(of path: String) -> UInt64? {
        var info = stat()
        return stat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    /// Initializes the library and watches the inbox (called on the watcher thread).
    private func setUp() -> WatcherError? {
        watchedInode = inode(of: resolvedInbox)
        guard inotifytools_initialize() != 0 else {
            return WatcherError(
                message: "inotify cannot be initialized: \(String(cString: strerror(inotifytools_error())))",
                path: resolvedInbox
            )
        }
        guard inotifytools_watch_file(resolvedInbox, Self.mask) != 0 else {
            let code = inotifytools_error()
            inotifytools_cleanup()
            return WatcherError(
                message: "cannot watch the inbox: \(String(cString: strerror(code)))",
                path: resolvedInbox
            )
        }
        return nil
    }

    private func loop() {
        while !isStopped {
            guard let event = inotifytools_next_event(1) else { continue }
            // Copy everything out of the library's buffer before the next call.
            let mask = event.pointee.mask
            let name = Array(
                UnsafeRawBufferPointer(
                    start: dossier_inotify_event_name(event),
                    count: strlen(dossier_inotify_event_name(event))
                )
            )
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                onEvent(InboxEvent(kind: .rescan(reason: "inotify queue overflow"), name: []))
            } else if mask & UInt32(IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
                // The library may still hand out events it had read for the old inbox after it
                // was set up again; only a change to the inbox now being watched counts.
                if inode(of: resolvedInbox) != watchedInode || mask & UInt32(IN_MOVE_SELF) != 0 {
                    rewatch()
                }
            } else if mask & UInt32(IN_CLOSE_WRITE) != 0 {
                onEvent(InboxEvent(kind: .closedAfterWrite, name: name))
            } else if mask & UInt32(IN_MOVED_TO) != 0 {
                onEvent(InboxEvent(kind: .movedIn, name: name))
            } else if mask & UInt32(IN_CREATE) != 0 {
                onEvent(InboxEvent(kind: .created, name: name))
            }
        }
    }

    /// The inbox was deleted or moved away: the library keeps stale entries, so start it afresh,
    /// re-create the inbox, watch it again and ask for a rescan.
    private func rewatch() {
        inotifytools_cleanup()
        while !isStopped {
            _ = mkdir(resolvedInbox, 0o2775)
            if let problem = setUp() {
                onProblem(problem)
                sleep(1)
                continue
            }
            onEvent(
                InboxEvent(
                    kind: .rescan(reason: "the inbox was removed or moved; re-created and watched again"),
                    name: []
                )
            )
            return
        }
    }
}
