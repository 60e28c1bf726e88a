import Foundation

/// Runs the cases, prints a table and writes the results as JSON.
enum Report {
    static func measure(_ bench: inout some BenchCase, runs: Int) -> BenchResult {
        var times: [Double] = []
        var checksum = bench.run()  // warm-up
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            checksum &+= bench.run()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        times.sort()
        let median = times[times.count / 2]
        return BenchResult(
            name: bench.name,
            runs: runs,
            bytes: bench.bytesPerRun,
            medianSeconds: median,
            minSeconds: times.first ?? 0,
            maxSeconds: times.last ?? 0,
            megabytesPerSecond: bench.bytesPerRun > 0 ? Double(bench.bytesPerRun) / 1e6 / median : nil,
            checksum: checksum
        )
    }

    static func table(_ results: [BenchResult]) -> String {
        func pad(_ s: String, _ n: Int) -> String { String(repeating: " ", count: max(0, n - s.count)) + s }
        func ms(_ t: Double) -> String { String(format: "%.1f ms", t * 1000) }
        var out =
            "case" + String(repeating: " ", count: 12) + pad("median", 12) + pad("min", 12) + pad("max", 12)
            + pad("MB/s", 10) + "\n"
        for r in results {
            out +=
                r.name.padding(toLength: 16, withPad: " ", startingAt: 0) + pad(ms(r.medianSeconds), 12)
                + pad(ms(r.minSeconds), 12) + pad(ms(r.maxSeconds), 12)
                + pad(r.megabytesPerSecond.map { String(format: "%.2f", $0) } ?? "-", 10) + "\n"
        }
        return out
    }

    static func write(_ results: [BenchResult], figures: [Figure] = [], to path: String) throws {
        struct File: Codable {
            var machine: String
            var results: [BenchResult]
            var figures: [Figure]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let info = ProcessInfo.processInfo
        let file = File(
            machine: "\(info.activeProcessorCount) cores, \(info.operatingSystemVersionString)",
            results: results,
            figures: figures
        )
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try encoder.encode(file).write(to: url)
    }
}
