import Crypto
import DossierEventLog
import DossierExtraction
import DossierModel
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Realistic log batches: the facts of the generated corpus, one batch a report, each report
/// with its own id, repeated until `events` events.
enum LogCorpus {
    static func batches(events target: Int, reports: Int) -> [[DomainEvent]] {
        let extractor = Extractor(lexicon: .builtIn)
        let texts = Corpus.reports(count: min(reports, 400))
        let factLists = texts.map { extractor.extract(ReportDocument(body: $0)) }
        var batches: [[DomainEvent]] = []
        var events = 0
        var n = 0
        while events < target {
            let facts = factLists[n % factLists.count]
            let id = String(format: "%064x", n)
            var batch: [DomainEvent] = [
                .reportIngested(
                    ReportIngested(
                        report: id,
                        fileName: "report-\(n).txt",
                        size: 3000,
                        format: "txt",
                        factCount: facts.count
                    )
                )
            ]
            for (i, fact) in facts.enumerated() {
                batch.append(.factRecorded(FactRecorded(report: id, index: i, fact: fact)))
            }
            events += batch.count
            batches.append(batch)
            n += 1
        }
        return batches
    }
}

/// A temporary folder under the state of the benchmark (on the same disk as a real state folder).
func scratchFolder(_ name: String) -> String {
    let path = ".build/bench-scratch/\(name)-\(getpid())"
    try? FileManager.default.removeItem(atPath: path)
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// The raw reference: write the same bytes with one `write` and one `fdatasync` per chunk.
func rawWriteAndSync(_ chunks: [[UInt8]], path: String) -> Double {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, 0o644)
    defer { close(fd) }
    let start = now()
    for chunk in chunks {
        _ = chunk.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        fdatasync(fd)
    }
    return now() - start
}

enum LogCases {
    /// Durable append: one batch per append, one fdatasync each, against a raw write+fdatasync of
    /// the same line. The two alternate, batch by batch, so both meet the same disk (its fdatasync
    /// latency swings tenfold from minute to minute here).
    static func durableAppend(batches: [[DomainEvent]], count: Int) throws -> Figure {
        let folder = scratchFolder("durable")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sample = Array(batches.prefix(count))
        // The exact lines, from a first (untimed) log.
        do {
            let (log, _) = try FileEventLog.open(directory: folder + "/lines")
            for batch in sample { try log.append([batch]) }
        }
        let lines = try String(contentsOfFile: folder + "/lines/events-000001.jsonl", encoding: .utf8)
            .split(separator: "\n").map { Array(($0 + "\n").utf8) }
        let (log, _) = try FileEventLog.open(directory: folder + "/log")
        let raw = open(folder + "/raw", O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, 0o644)
        defer { close(raw) }
        var logSeconds = 0.0
        var rawSeconds = 0.0
        for (batch, line) in zip(sample, lines) {
            let a = now()
            try log.append([batch])
            let b = now()
            _ = line.withUnsafeBytes { write(raw, $0.baseAddress, $0.count) }
            fdatasync(raw)
            let c = now()
            logSeconds += b - a
            rawSeconds += c - b
        }
        let value = Double(sample.count) / logSeconds
        let reference = Double(sample.count) / rawSeconds
        return Figure(
            name: "durable append",
            what: "batches/s, one fdatasync each",
            value: value,
            unit: "batches/s",
            reference: reference,
            referenceWhat: "write + fdatasync of the same line, interleaved",
            ratio: value / reference,
            target: "≥ 0.8 × reference",
            met: value >= 0.8 * reference
        )
    }

    /// Bulk append: 100 reports per append (group commit).
    static func bulkAppend(batches: [[DomainEvent]], count: Int) throws -> Figure {
        let folder = scratchFolder("bulk")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sample = Array(batches.prefix(count))
        let events = sample.reduce(0) { $0 + $1.count }
        let (log, _) = try FileEventLog.open(directory: folder + "/log")
        let start = now()
        for group in stride(from: 0, to: sample.count, by: 100) {
            try log.append(Array(sample[group..<min(group + 100, sample.count)]))
        }
        let seconds = now() - start
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/log/events-000001.jsonl")))
        let chunkSize = max(1, bytes.count / max(1, (sample.count + 99) / 100))
        let chunks = stride(from: 0, to: bytes.count, by: chunkSize).map {
            Array(bytes[$0..<min($0 + chunkSize, bytes.count)])
        }
        let raw = rawWriteAndSync(chunks, path: folder + "/raw")
        let value = Double(events) / seconds
        return Figure(
            name: "bulk append",
            what: "events/s, 100 reports per fdatasync",
            value: value,
            unit: "events/s",
            reference: Double(events) / raw,
            referenceWhat: "write + fdatasync of the same bytes",
            ratio: value / (Double(events) / raw),
            target: "≥ 100k events/s",
            met: value >= 100_000
        )
    }

    /// Writes a log of `batches` (group commit) and returns its folder and size in bytes.
    static func bigLog(batches: [[DomainEvent]]) throws -> (folder: String, bytes: Int, events: Int) {
        let folder = scratchFolder("big")
        try writeLog(batches: batches, folder: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/var/log").filter {
            $0.hasSuffix(".jsonl")
        }
        let bytes = try names.reduce(0) {
            $0 + ((try FileManager.default.attributesOfItem(atPath: folder + "/var/log/" + $1)[.size] as? Int) ?? 0)
        }
        return (folder, bytes, batches.reduce(0) { $0 + $1.count })
    }

    /// Appends `batches` to the log of the state folder `folder/var`, 500 reports per append.
    static func writeLog(batches: [[DomainEvent]], folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder + "/var/log", withIntermediateDirectories: true)
        let (log, _) = try FileEventLog.open(directory: folder + "/var/log")
        for group in stride(from: 0, to: batches.count, by: 500) {
            try log.append(Array(batches[group..<min(group + 500, batches.count)]))
        }
    }

    /// Verify over the big log, against SHA-256 of the same bytes.
    static func verify(folder: String, bytes: Int, events: Int, runs: Int) throws -> Figure {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = now()
            let scan = try LogVerifier.verify(directory: folder + "/var/log")
            times.append(now() - start)
            precondition(scan.events == events && scan.damage == nil)
        }
        var hashTimes: [Double] = []
        let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/var/log").filter {
            $0.hasSuffix(".jsonl")
        }.sorted()
        for _ in 0..<runs {
            let start = now()
            var hasher = SHA256()
            for name in names {
                hasher.update(data: try Data(contentsOf: URL(fileURLWithPath: folder + "/var/log/" + name)))
            }
            _ = hasher.finalize()
            hashTimes.append(now() - start)
        }
        let value = Double(bytes) / 1e6 / median(times)
        let reference = Double(bytes) / 1e6 / median(hashTimes)
        return Figure(
            name: "verify",
            what: "MB/s over a log of \(events) events (\(bytes / 1_000_000) MB)",
            value: value,
            unit: "MB/s",
            reference: reference,
            referenceWhat: "SHA-256 of the same files",
            ratio: value / reference,
            target: "≥ 0.5 × reference",
            met: value >= 0.5 * reference
        )
    }
}
