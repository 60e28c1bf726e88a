// The benchmark: `swift run -c release dossier-bench [--runs N] [--reports N] [--json PATH] [CASE...]`.
// See docs/performance.md. Cases are separate files conforming to `BenchCase`.
import Foundation

var runs = 7
var reports = 2000
var jsonPath = ".build/bench-results.json"
var only: Set<String> = []
var logEvents = 1_000_000
var burstReports = 10_000
/// Hidden: writes the facts extracted from the corpus as JSONL (one report per block, separated
/// by a `# report N` line) to this path and exits; used to check that optimisations keep output.
var dumpPath: String?
/// Hidden: writes the big log of `--events` events (as the log cases build it) into the state
/// folder `PATH/var` and exits; used to compare `dossier rebuild` of two builds on the same log.
var makeLogPath: String?
/// The PostgreSQL server for the postgres cases: its socket folder and port.
var postgresSocket: String?
var postgresPort = 5432
var arguments = Array(CommandLine.arguments.dropFirst())
while !arguments.isEmpty {
    let a = arguments.removeFirst()
    switch a {
    case "--runs": runs = Int(arguments.isEmpty ? "" : arguments.removeFirst()) ?? runs
    case "--reports": reports = Int(arguments.isEmpty ? "" : arguments.removeFirst()) ?? reports
    case "--json": jsonPath = arguments.isEmpty ? jsonPath : arguments.removeFirst()
    case "--events": logEvents = Int(arguments.isEmpty ? "" : arguments.removeFirst()) ?? logEvents
    case "--burst": burstReports = Int(arguments.isEmpty ? "" : arguments.removeFirst()) ?? burstReports
    case "--dump": dumpPath = arguments.isEmpty ? nil : arguments.removeFirst()
    case "--make-log": makeLogPath = arguments.isEmpty ? nil : arguments.removeFirst()
    case "--postgres": postgresSocket = arguments.isEmpty ? nil : arguments.removeFirst()
    case "--postgres-port": postgresPort = Int(arguments.isEmpty ? "" : arguments.removeFirst()) ?? postgresPort
    case "-h", "--help":
        print(
            """
            usage: dossier-bench [--runs N] [--reports N] [--events N] [--burst N] [--json PATH] [CASE...]
            cases: extraction, append, verify, rebuild, startup, memory, latency, burst (default: all),
                   postgres-append, postgres-latency (only when named, and with --postgres)
            --postgres SOCKET_FOLDER, --postgres-port N: a PostgreSQL server reachable as the
                   `postgres` role without a password (scripts/pg-cluster.sh start DIR makes one)
            --events: events in the big log for verify, rebuild, start-up, memory (default 1000000)
            --burst: reports dropped at once in the burst case (default 10000)
            --dump PATH: write the extraction facts of the corpus as JSON lines to PATH and exit
                   (to compare two builds' output byte for byte)
            --make-log PATH: write the big log (--events) into PATH/var and exit (to time
                   `dossier rebuild --state-dir PATH/var` of two builds on one log)
            """
        )
        exit(0)
    default: only.insert(a)
    }
}

if let dumpPath {
    let bench = ExtractionCase(reports: reports)
    _ = FileManager.default.createFile(atPath: dumpPath, contents: Data(bench.dump().utf8))
    exit(0)
}

if let makeLogPath {
    do {
        try LogCases.writeLog(batches: LogCorpus.batches(events: logEvents, reports: reports), folder: makeLogPath)
    } catch {
        FileHandle.standardError.write(Data("dossier-bench: \(error)\n".utf8))
        exit(1)
    }
    exit(0)
}

var results: [BenchResult] = []
if only.isEmpty || only.contains("extraction") {
    var bench = ExtractionCase(reports: reports)
    results.append(Report.measure(&bench, runs: runs))
}
print(Report.table(results), terminator: "")

let selected = only
func wanted(_ name: String) -> Bool { selected.isEmpty || selected.contains(name) }
var figures: [Figure] = []
do {
    if wanted("append") || wanted("verify") || wanted("rebuild") || wanted("startup") || wanted("memory") {
        let batches = LogCorpus.batches(events: logEvents, reports: reports)
        if wanted("append") {
            figures.append(try LogCases.durableAppend(batches: batches, count: 300))
            figures.append(try LogCases.bulkAppend(batches: batches, count: min(batches.count, 3000)))
        }
        if wanted("verify") || wanted("rebuild") || wanted("startup") || wanted("memory") {
            let big = try LogCases.bigLog(batches: batches)
            defer { try? FileManager.default.removeItem(atPath: big.folder) }
            if wanted("verify") {
                figures.append(try LogCases.verify(folder: big.folder, bytes: big.bytes, events: big.events, runs: 3))
            }
            if wanted("rebuild") {
                figures.append(try PipelineCases.rebuild(folder: big.folder, events: big.events, runs: 3))
            }
            if wanted("startup") {
                figures.append(try PipelineCases.startUp(folder: big.folder, events: big.events, runs: 3))
            }
            if wanted("memory") { figures.append(try DaemonCases.memory(folder: big.folder, events: big.events)) }
        }
    }
    if wanted("latency") { figures += try DaemonCases.dropToProjection(samples: 100) }
    if wanted("burst") { figures.append(try DaemonCases.burst(reports: burstReports)) }
    if only.contains("postgres-append") || only.contains("postgres-latency") {
        guard let postgresSocket else { throw BenchError.failed("the postgres cases need --postgres SOCKET_FOLDER") }
        let server = PostgresCases.Server(socket: postgresSocket, port: postgresPort)
        if only.contains("postgres-append") {
            figures += try PostgresCases.append(
                server: server,
                batches: LogCorpus.batches(events: 130_000, reports: reports)
            )
        }
        if only.contains("postgres-latency") {
            figures += try PostgresCases.dropToProjection(server: server, samples: 100)
        }
    }
} catch {
    FileHandle.standardError.write(Data("dossier-bench: \(error)\n".utf8))
    exit(1)
}
if !figures.isEmpty { print("\n" + Figure.table(figures), terminator: "") }
do {
    try Report.write(results, figures: figures, to: jsonPath)
    print("results: \(jsonPath)")
} catch {
    FileHandle.standardError.write(Data("dossier-bench: cannot write \(jsonPath): \(error)\n".utf8))
    exit(1)
}
