/// One case of the benchmark: prepared once, then run several times and timed.
protocol BenchCase {
    /// The name printed in the table and written to the JSON file.
    var name: String { get }
    /// The bytes of input one run processes (for MB/s), or 0 when throughput means nothing.
    var bytesPerRun: Int { get }
    /// Does the work once. Returns a number that depends on the work, so it is not optimised away.
    mutating func run() -> Int
}

/// The timings of one case.
struct BenchResult: Codable {
    var name: String
    var runs: Int
    var bytes: Int
    var medianSeconds: Double
    var minSeconds: Double
    var maxSeconds: Double
    /// Megabytes (10^6 bytes) per second at the median.
    var megabytesPerSecond: Double?
    var checksum: Int
}
