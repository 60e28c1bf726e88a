import DossierModel
import Foundation
import Synchronization

/// Reading the log with two threads: one checks and decodes the lines of a segment, in order (what
/// ``LogScanner`` does line by line), while the caller's thread folds the records already decoded.
/// Checking (SHA-256 of every event, the chain) and decoding were half of replaying a log, the
/// fold the other half (docs/performance.md, session 7), so on two cores they overlap.
///
/// This is the fast path for lines in good order. The worker stops at the first line it cannot
/// take as is (damage, a torn tail, an event only `JSONDecoder` reads): the records before it
/// have then been visited exactly as the sequential scan visits them, and ``LogScanner`` goes on
/// from that line itself, so damage is found, named and reported by the same code as before.
enum PipelinedScan {
    /// One line, checked and decoded.
    struct Item {
        var record: LogRecord
        /// The line's bytes (newline excluded) in the segment's buffer.
        var line: Range<Int>
        var ingested: Int
        var rejected: Int
        var events: Int
    }

    /// At most this many decoded records wait for the fold (bounds the memory held ahead).
    static let window = 256

    /// Worth a second thread: a segment of at least this many lines, on at least two cores.
    static func worthIt(lines: Int) -> Bool {
        lines >= 64 && ProcessInfo.processInfo.activeProcessorCount >= 2
    }

    /// Shared with the worker: the segment's bytes and line bounds, one slot per line (the worker
    /// fills slot `i`, then signals `ready`; the caller takes it after waiting), and the signals.
    private final class Shared: @unchecked Sendable {
        let bytes: UnsafeRawBufferPointer
        let lines: [Range<Int>]
        let slots: UnsafeMutableBufferPointer<Item?>
        let ready = DispatchSemaphore(value: 0)
        /// Free places in the window: the worker takes one per line, the caller gives it back.
        let space = DispatchSemaphore(value: 0)
        let cancelled = Atomic<Bool>(false)
        let done = DispatchGroup()

        init(bytes: UnsafeRawBufferPointer, lines: [Range<Int>]) {
            self.bytes = bytes
            self.lines = lines
            slots = .allocate(capacity: lines.count)
            slots.initialize(repeating: nil)
            // (Signalled up from zero: a semaphore released below its initial value traps.)
            for _ in 0..<PipelinedScan.window { space.signal() }
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }
    }

    /// The byte range of every complete line of `buffer` from `offset` on (newline excluded).
    static func lineBounds(_ buffer: UnsafeRawBufferPointer, from offset: Int) -> [Range<Int>] {
        guard let base = buffer.baseAddress else { return [] }
        var lines: [Range<Int>] = []
        var start = offset
        while start < buffer.count, let newline = memchr(base + start, Int32(UInt8(ascii: "\n")), buffer.count - start)
        {
            let end = base.distance(to: UnsafeRawPointer(newline))
            lines.append(start..<end)
            start = end + 1
        }
        return lines
    }

    /// Checks and decodes `lines` of `buffer` on another thread, and hands each record to `visit`
    /// on this one, in order. Returns how many lines were visited: all of them, or those before
    /// the first line the worker could not take (the caller reads from there on itself).
    static func run(
        _ buffer: UnsafeRawBufferPointer,
        lines: [Range<Int>],
        head: LogHead,
        decodeAfter: UInt64,
        visit: (Item) throws(LogError) -> Void
    ) throws(LogError) -> Int {
        let shared = Shared(bytes: buffer, lines: lines)
        defer {
            // The worker reads the caller's buffer: it must be gone before this returns.
            shared.cancelled.store(true, ordering: .relaxed)
            shared.space.signal()
            shared.done.wait()
        }
        // A thread of its own, not one of Dispatch's pool: it blocks (on `space`), and a pool
        // of two workers whose threads are all blocked would never run it.
        shared.done.enter()
        let worker = Thread {
            produce(shared, head: head, decodeAfter: decodeAfter)
            shared.done.leave()
        }
        worker.stackSize = 8 << 20
        worker.start()
        for index in lines.indices {
            shared.ready.wait()
            guard let item = shared.slots[index].take() else { return index }
            shared.space.signal()
            try visit(item)
        }
        return lines.count
    }

    /// The worker: each line in order, checked against the one before, its events decoded.
    private static func produce(_ shared: Shared, head: LogHead, decodeAfter: UInt64) {
        var previous = head
        let recent = RecentStrings()
        defer { shared.ready.signal() }  // Wakes the caller after the last line, or at a stop.
        for (index, range) in shared.lines.enumerated() {
            shared.space.wait()
            if shared.cancelled.load(ordering: .relaxed) { return }
            let line = UnsafeRawBufferPointer(rebasing: shared.bytes[range])
            guard
                case .success(let raw) = LineCodec.validate(
                    line,
                    expectedSequence: previous.sequence + 1,
                    expectedPrevious: previous.hash
                )
            else { return }
            var events: [DomainEvent] = []
            if raw.sequence > decodeAfter {
                events.reserveCapacity(raw.eventRanges.count)
                for range in raw.eventRanges {
                    let payload = UnsafeRawBufferPointer(rebasing: line[range])
                    if LineCodec.isRedacted(payload) {
                        events.append(.unrecognized(type: "Redacted", version: 1))
                        continue
                    }
                    // What only JSONDecoder reads (or refuses) is left to the sequential scan.
                    guard let event = try? EventDecoder(payload, recent: recent).event() else { return }
                    events.append(event)
                }
            }
            var ingested = 0
            var rejected = 0
            for range in raw.eventRanges {
                switch LineCodec.reportEventType(UnsafeRawBufferPointer(rebasing: line[range])) {
                case .ingested: ingested += 1
                case .rejected: rejected += 1
                case nil: break
                }
            }
            shared.slots[index] = Item(
                record: raw.record(in: line, events: events),
                line: range,
                ingested: ingested,
                rejected: rejected,
                events: raw.eventRanges.count
            )
            previous = LogHead(sequence: raw.sequence, hash: raw.hash)
            if index + 1 < shared.lines.count { shared.ready.signal() }
        }
    }
}
