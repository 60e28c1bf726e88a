// The benchmark: `swift run -c release dossier-bench [--runs N] [--reports N] [--json PATH] [CASE...]`.
// See docs/performance.md. Cases are separate files conforming to `BenchCase`.
import Foundation

var runs = 7
var reports = 2000
var jsonPath = ".build/bench-results.json"
var only: Set<String> = []
/// Hidden: writes the facts extracted from the corpus as JSONL (one report per block, separated
/// by a `# report N` line) to this path and exits; used to check that optimisations keep output.
var dumpPath: String?
var arguments = Array(CommandLine.arguments.dropFirst())
while !arguments.isEmpty {
    let a = arguments.removeFirst()
    switch a {
    case "--runs": runs = Int(arguments.isEmpty ? "" : arguments.removeFirst()) ?? runs
    case "--reports": reports = Int(arguments.isEmpty ? "" : arguments.removeFirst()) ?? reports
    case "--json": jsonPath = arguments.isEmpty ? jsonPath : arguments.removeFirst()
    case "--dump": dumpPath = arguments.isEmpty ? nil : arguments.removeFirst()
    case "-h", "--help":
        print("usage: dossier-bench [--runs N] [--reports N] [--json PATH] [extraction]")
        exit(0)
    default: only.insert(a)
    }
}

if let dumpPath {
    let bench = ExtractionCase(reports: reports)
    _ = FileManager.default.createFile(atPath: dumpPath, contents: Data(bench.dump().utf8))
    exit(0)
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
