import DossierConfig
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization

/// Wakes a daemon when another daemon appends to the shared log: `LISTEN dossier_log` on a
/// connection of its own, on a dedicated thread, connected again (with backoff) whenever it breaks.
///
/// A notification only says "look"; what is new is read from the log by sequence, so a lost
/// notification (the connection was down) costs nothing but time: the daemon also polls.
public final class PostgresLogFollower: Sendable {
    private struct State {
        var stopping = false
        var connection: PostgresConnection?
    }

    private let settings: PostgresSettings
    private let logger: Logger
    private let onNotify: @Sendable () -> Void
    private let state = Mutex(State())
    private let finished = DispatchSemaphore(value: 0)

    /// Starts following; `onNotify` runs on a NIO thread for every notification (and after each
    /// reconnection, since records may have been appended while it was away).
    public init(settings: PostgresSettings, logger: Logger, onNotify: @escaping @Sendable () -> Void) {
        self.settings = settings
        self.logger = logger
        self.onNotify = onNotify
        let thread = Thread { [self] in self.loop() }
        thread.name = "dossier-follow"
        thread.start()
    }

    /// Stops listening and waits for the thread to end.
    public func stop() {
        let connection = state.withLock { state in
            state.stopping = true
            return state.connection
        }
        if let connection { try? (connection.close() as EventLoopFuture<Void>).wait() }
        finished.wait()
    }

    private var stopping: Bool { state.withLock { $0.stopping } }

    private func loop() {
        defer { finished.signal() }
        var delay: TimeInterval = 0.5
        var failures = 0
        while !stopping {
            do {
                let configuration = try settings.connectionConfiguration()
                let connection = try PostgresConnection.connect(
                    on: MultiThreadedEventLoopGroup.singleton.next(),
                    configuration: configuration,
                    id: 2,
                    logger: logger
                ).wait()
                let keep = state.withLock { state in
                    if state.stopping { return false }
                    state.connection = connection
                    return true
                }
                guard keep else {
                    try? (connection.close() as EventLoopFuture<Void>).wait()
                    break
                }
                let onNotify = self.onNotify
                connection.addListener(channel: PostgresEventLog.channel) { _, _ in onNotify() }
                if failures > 0 {
                    logger.notice(
                        "listening for other daemons' appends again",
                        metadata: ["db": "\(settings.location)"]
                    )
                }
                failures = 0
                delay = 0.5
                onNotify()
                try? connection.closeFuture.wait()
                state.withLock { $0.connection = nil }
            } catch {
                failures += 1
                if failures == 1 {
                    logger.warning(
                        "cannot listen for other daemons' appends; retrying (the daemon polls meanwhile)",
                        metadata: ["db": "\(settings.location)", "error": "\(error)"]
                    )
                }
            }
            // Sleep in short steps so that stop() is not kept waiting.
            let until = Date().addingTimeInterval(delay)
            while !stopping && Date() < until { Thread.sleep(forTimeInterval: 0.05) }
            delay = min(delay * 2, 10)
        }
    }
}
