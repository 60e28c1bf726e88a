// The benchmark: `swift run -c release dossier-bench [--runs N] [--reports N] [--json PATH] [CASE...]`.
// See docs/performance.md. Cases are separate files conforming to `BenchCase`.
import Foundation

var runs = 7
var reports = 2000
var jsonPath = ".build/bench-results.json"
var only: Set<String> = []
var arguments = Array(CommandLine.arguments.dropFirst())
while !arguments.isEmpty {
    let a = arguments.removeFirst()
    switch a {
    case "--runs": runs = Int(arguments.isEmpty ? "" : arguments.removeFirst()) ?? runs
    case "--reports": reports = Int(arguments.isEmpty ? "" : arguments.removeFirst()) ?? reports
    case "--json": jsonPath = arguments.isEmpty ? jsonPath : arguments.removeFirst()
    case "-h", "--help":
        print("usage: dossier-bench [--runs N] [--reports N] [--json PATH] [extraction]")
        exit(0)
    default: only.insert(a)
    }
}

var results: [BenchResult] = []
if only.isEmpty || only.contains("extraction") {
    var bench = ExtractionCase(reports: reports)
    results.append(Report.measure(&bench, runs: runs))
}
print(Report.table(results), terminator: "")
do {
    try Report.write(results, to: jsonPath)
    print("results: \(jsonPath)")
} catch {
    FileHandle.standardError.write(Data("dossier-bench: cannot write \(jsonPath): \(error)\n".utf8))
    exit(1)
}
