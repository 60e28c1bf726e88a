import Foundation

/// What the daemon's loop is told by the watcher thread and the signal handlers.
enum DaemonMessage: Sendable {
    case inbox(InboxEventBox)
    case watcherProblem(String)
    case terminate(signal: Int32)
    case reload
    /// Another daemon appended to the shared log.
    case logAdvanced
}

/// A watcher event (kept in a box so the enum stays small).
struct InboxEventBox: Sendable {
    let kind: Kind
    let name: [UInt8]

    enum Kind: Sendable { case closedAfterWrite, movedIn, created, rescan(String) }
}

/// Hands messages from other threads to the daemon's loop, which waits with a deadline.
///
/// Written with `NSCondition` because the loop is a plain thread (it owns the non-Sendable
/// pipeline and blocks in fsync), and it must wake either on a message or at its next timer.
final class MessageQueue: @unchecked Sendable {
    // Guarded by `condition`.
    private var messages: [DaemonMessage] = []
    private let condition = NSCondition()

    func post(_ message: DaemonMessage) {
        condition.lock()
        messages.append(message)
        condition.signal()
        condition.unlock()
    }

    /// Every message posted so far; waits until `deadline` when there is none.
    func take(waitingUntil deadline: Date) -> [DaemonMessage] {
        condition.lock()
        defer { condition.unlock() }
        while messages.isEmpty {
            if !condition.wait(until: deadline) { break }
        }
        let taken = messages
        messages.removeAll(keepingCapacity: true)
        return taken
    }
}
