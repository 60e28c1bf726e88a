import DossierModel
import Foundation

/// `verify` on several cores: each segment's lines are split into as many runs as there are
/// cores, each run is checked on its own thread (checksum, sequence, event hashes, the chain
/// inside the run), and the runs' ends are then joined (the first line of a run must name the
/// last hash of the run before it). Most of a line's cost is SHA-256 of its events, which does not
/// depend on the line before; only the chain does, and that is a comparison of two strings.
///
/// This is the fast path for a log in good order. It gives up (`nil`) at the first thing that is
/// not: a damaged or torn line, a gap, a storage it cannot read whole. The caller then runs the
/// sequential ``LogScanner``, whose verdict (the file, line and reason) stands. Written by hand
/// with `DispatchQueue.concurrentPerform` because the work is a synchronous, CPU-bound loop over
/// one buffer; each thread writes only its own slot of the results.
enum ParallelVerifier {
    /// What one run of lines found.
    struct Run {
        var ok = false
        var records = 0
        var events = 0
        var ingested = 0
        var rejected = 0
        var firstPrevious = ""
        var lastHash = ""
    }

    /// Shared with the worker threads: the segment's bytes, the line bounds and one result slot
    /// per run. Each thread reads the shared buffers and writes only `results[run]`.
    private struct Work: @unchecked Sendable {
        let bytes: UnsafeRawBufferPointer
        let lines: UnsafeBufferPointer<Range<Int>>
        let results: UnsafeMutableBufferPointer<Run>
        let runs: Int
        let firstSequence: UInt64
    }

    /// Verifies the log in `storage` on `threads` threads (at least 2 to be worth it); `nil` when
    /// anything is not in good order.
    static func scan(storage: PosixLogStorage, threads: Int) -> LogScan? {
        guard threads >= 2, let segments = try? storage.segmentNames() else { return nil }
        var result = LogScan()
        result.segments = segments
        var buffer: [UInt8] = []
        var lastRecord: (segment: Int, start: Int, end: Int, line: Int)?
        for (segmentIndex, segment) in segments.enumerated() {
            guard let length = try? storage.read(segment, into: &buffer) else { return nil }
            let found = buffer.withUnsafeBytes { whole -> (Run, Range<Int>?, Int)? in
                let bytes = UnsafeRawBufferPointer(rebasing: whole[..<length])
                guard let lines = lineBounds(bytes) else { return nil }
                guard !lines.isEmpty else { return (Run(ok: true), nil, 0) }
                guard let run = check(bytes, lines: lines, head: result.head, threads: threads) else { return nil }
                return (run, lines.last, lines.count)
            }
            guard let (run, last, lineCount) = found else { return nil }
            if let last {
                result.head = LogHead(sequence: result.head.sequence + UInt64(run.records), hash: run.lastHash)
                lastRecord = (segmentIndex, last.lowerBound, last.upperBound + 1, lineCount)
            }
            result.records += run.records
            result.events += run.events
            result.reportsIngested += run.ingested
            result.reportsRejected += run.rejected
            result.segmentSizes.append(length)
            if segmentIndex == segments.count - 1 { result.lastSegmentValidBytes = length }
        }
        if let lastRecord { result.headLocation = LogScanner.headLocation(of: result, lastRecord: lastRecord) }
        return result
    }

    /// The byte range of every line (newline excluded); `nil` when the last line has no newline
    /// (a torn tail: the sequential scan says what it is).
    static func lineBounds(_ bytes: UnsafeRawBufferPointer) -> [Range<Int>]? {
        guard let base = bytes.baseAddress else { return [] }
        var lines: [Range<Int>] = []
        lines.reserveCapacity(bytes.count / 400)
        var offset = 0
        while offset < bytes.count {
            guard let newline = memchr(base + offset, Int32(UInt8(ascii: "\n")), bytes.count - offset) else {
                return nil
            }
            let end = base.distance(to: UnsafeRawPointer(newline))
            lines.append(offset..<end)
            offset = end + 1
        }
        return lines
    }

    /// Checks a segment's lines in runs on several threads and joins the runs; `nil` on any damage.
    static func check(_ bytes: UnsafeRawBufferPointer, lines: [Range<Int>], head: LogHead, threads: Int) -> Run? {
        let runs = min(threads, max(1, lines.count / 64))
        var results = [Run](repeating: Run(), count: runs)
        lines.withUnsafeBufferPointer { lineBuffer in
            results.withUnsafeMutableBufferPointer { slots in
                let work = Work(
                    bytes: bytes,
                    lines: lineBuffer,
                    results: slots,
                    runs: runs,
                    firstSequence: head.sequence + 1
                )
                DispatchQueue.concurrentPerform(iterations: runs) { run in
                    checkRun(work, run)
                }
            }
        }
        var total = Run(ok: true)
        for (k, run) in results.enumerated() {
            guard run.ok else { return nil }
            // The chain across runs: each run's first line names the hash the one before ends on.
            let previous = k == 0 ? head.hash : results[k - 1].lastHash
            guard run.firstPrevious == previous else { return nil }
            total.records += run.records
            total.events += run.events
            total.ingested += run.ingested
            total.rejected += run.rejected
        }
        total.lastHash = results.last?.lastHash ?? head.hash
        return total
    }

    /// Checks the lines of one run: its share of the segment, in order.
    private static func checkRun(_ work: Work, _ run: Int) {
        let count = work.lines.count
        let from = count * run / work.runs
        let to = count * (run + 1) / work.runs
        var found = Run()
        var previous: String?
        for index in from..<to {
            let line = UnsafeRawBufferPointer(rebasing: work.bytes[work.lines[index]])
            guard
                case .success(let raw) = LineCodec.validate(
                    line,
                    expectedSequence: work.firstSequence + UInt64(index),
                    expectedPrevious: previous
                )
            else {
                work.results[run] = Run()
                return
            }
            if index == from { found.firstPrevious = raw.previousHash }
            for range in raw.eventRanges {
                switch LineCodec.reportEventType(UnsafeRawBufferPointer(rebasing: line[range])) {
                case .ingested: found.ingested += 1
                case .rejected: found.rejected += 1
                case nil: break
                }
            }
            found.records += 1
            found.events += raw.eventRanges.count
            previous = raw.hash
            found.lastHash = raw.hash
        }
        found.ok = true
        work.results[run] = found
    }
}
