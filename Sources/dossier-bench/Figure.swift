import Foundation

/// One figure of the issue-6 table: a measurement, the reference measured in the same run on the
/// same machine, and the target.
struct Figure: Codable {
    var name: String
    var what: String
    var value: Double
    var unit: String
    var reference: Double?
    var referenceWhat: String?
    /// `value / reference` (or `reference / value` for latencies, so that higher is better).
    var ratio: Double?
    var target: String
    var met: Bool

    static func table(_ figures: [Figure]) -> String {
        func number(_ v: Double) -> String {
            v >= 100 ? String(format: "%.0f", v) : v >= 10 ? String(format: "%.1f", v) : String(format: "%.2f", v)
        }
        var out = "| case | what | figure | reference in the same run | ratio | target | met |\n"
        out += "|---|---|---|---|---|---|---|\n"
        for f in figures {
            let reference = f.reference.map { "\(number($0)) \(f.unit) (\(f.referenceWhat ?? ""))" } ?? "—"
            out += "| \(f.name) | \(f.what) | \(number(f.value)) \(f.unit) | \(reference) | "
            out +=
                "\(f.ratio.map { String(format: "%.2f×", $0) } ?? "—") | \(f.target) | \(f.met ? "yes" : "**no**") |\n"
        }
        return out
    }
}

/// Seconds since an arbitrary start, monotonic.
func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// The median of some samples.
func median(_ samples: [Double]) -> Double {
    let sorted = samples.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

/// The p-th percentile (0...100) of some samples.
func percentile(_ samples: [Double], _ p: Double) -> Double {
    let sorted = samples.sorted()
    guard !sorted.isEmpty else { return 0 }
    let index = min(sorted.count - 1, Int((Double(sorted.count - 1) * p / 100).rounded(.up)))
    return sorted[index]
}
