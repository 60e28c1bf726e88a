import DossierTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The throwaway cluster `scripts/test.sh` starts (`scripts/pg-cluster.sh`).
enum Cluster {
    static let environment = ProcessInfo.processInfo.environment
    static let socket = environment["DOSSIER_TEST_PG_SOCKET"]
    static let port = environment["DOSSIER_TEST_PG_PORT"] ?? "55432"
    static let passwordFile = environment["DOSSIER_TEST_PG_PASSWORD_FILE"]
    static let folder = environment["DOSSIER_TEST_PG_DIR"]
    static let control = environment["DOSSIER_TEST_PG_CTL"]
    static var available: Bool { socket != nil }

    /// Runs SQL as the cluster's superuser through psql.
    @discardableResult
    static func psql(_ sql: String, database: String = "postgres") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = ["-h", socket ?? "", "-p", port, "-U", "postgres", "-d", database, "-tAq", "-c", sql]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0 else {
            throw ClusterError(message: "psql \(sql): \(text)")
        }
        return text
    }

    /// A new, empty database for one test.
    static func freshDatabase() throws -> String {
        let name = "dossier_test_\(UUID().uuidString.prefix(8).lowercased())"
        try psql("CREATE DATABASE \(name)")
        return name
    }

    /// A fresh database with the schema migrated, and a configuration file for it in a scratch
    /// folder (kept alive by the caller).
    static func migratedDatabase(extra: String = "") throws -> (scratch: Scratch, database: String, config: String) {
        let scratch = Scratch()
        let database = try freshDatabase()
        let config = config(in: scratch, database: database, extra: extra)
        #expect(try DossierProcess.run(["migrate", "--config", config]).status == 0)
        return (scratch, database, config)
    }

    /// Stops or starts the cluster (`scripts/pg-cluster.sh stop|start DIR`).
    ///
    /// Spawned and reaped with posix_spawn and waitpid: `pg_ctl start` leaves the server running
    /// as a grandchild, and Foundation's `Process.waitUntilExit` was seen never to return then.
    static func control(_ command: String) throws {
        let arguments = ["/bin/bash", control ?? "", command, folder ?? ""]
        var pid: pid_t = 0
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        guard posix_spawn(&pid, "/bin/bash", nil, nil, &argv, environ) == 0 else {
            throw ClusterError(message: "cannot run pg-cluster.sh \(command)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard status == 0 else { throw ClusterError(message: "pg-cluster.sh \(command) failed (\(status))") }
    }

    /// A configuration file for the PostgreSQL log in `database` (over the Unix socket, as the superuser).
    static func config(in scratch: Scratch, database: String, extra: String = "") -> String {
        scratch.write(
            "dossier-\(database).toml",
            """
            [log]
            backend = "postgres"

            [log.postgres]
            socket = "\(socket ?? "")"
            port = \(port)
            database = "\(database)"
            user = "postgres"
            poll_ms = 300
            \(extra)

            [daemon]
            settle_ms = 50
            """
        )
    }
}

struct ClusterError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// A small report of the kind Dossier reads, different for every `number`.
func report(_ number: Int) -> String {
    """
    ---
    title: 보고서 \(number)
    published: 2024-05-\(String(format: "%02d", number % 28 + 1))
    ---
    리우츠핑 텐센트 총재는 \(number)번째 행사에서 “클라우드 고객이 \(number)만 곳을 넘었다”고 말했다.
    텐센트는 2018년 9월 30일 B2B클라우드&스마트산업 사업부(CSIG)를 신설했다.
    """
}

/// The projection files of a state folder, by name (the checkpoint file left out: it is a cache).
func projections(_ state: String) -> [String: Data] {
    let folder = state + "/projections"
    var files: [String: Data] = [:]
    for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !name.hasPrefix(".") {
        files[name] = FileManager.default.contents(atPath: folder + "/" + name)
    }
    return files
}

/// The log position `status.json` says the projections include.
func projectedSequence(_ state: String) -> Int? {
    guard let data = FileManager.default.contents(atPath: state + "/projections/status.json"),
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let checkpoint = object["checkpoint"] as? [String: Any]
    else { return nil }
    return (checkpoint["sequence"] as? NSNumber)?.intValue
}

@Suite(
    .serialized,
    .enabled(if: Cluster.available, "needs the PostgreSQL cluster that scripts/test.sh starts (DOSSIER_TEST_PG_SOCKET)")
)
struct PostgresLogTests {
    @Test func migrateCreatesTheSchemaOnceAndCommandsAskForIt() throws {
        let scratch = Scratch()
        let database = try Cluster.freshDatabase()
        let config = Cluster.config(in: scratch, database: database)
        let state = scratch.path + "/var"

        let before = try DossierProcess.run([
            "ingest", "--config", config, "--state-dir", state, scratch.write("a.txt", report(1)),
        ])
        #expect(before.status == 74)
        #expect(before.stderr.contains("run `dossier migrate`"), "\(before.stderr)")

        let first = try DossierProcess.run(["migrate", "--config", config])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("from version 0 to 1"), "\(first.stdout)")
        let again = try DossierProcess.run(["migrate", "--config", config])
        #expect(again.status == 0)
        #expect(again.stdout.contains("is current (version 1)"), "\(again.stdout)")
        #expect(try Cluster.psql("SELECT count(*) FROM dossier_schema", database: database) == "1")

        let printed = try DossierProcess.run(["migrate", "--print"])
        #expect(printed.stdout.contains("CREATE TABLE dossier_records"))
    }

    @Test func passwordComesFromAFileOrTheEnvironmentNeverTheConfig() throws {
        let scratch = Scratch()
        let database = try Cluster.freshDatabase()
        try Cluster.psql("ALTER DATABASE \(database) OWNER TO dossier")
        func tcpConfig(_ extra: String) -> String {
            scratch.write(
                "tcp.toml",
                """
                [log]
                backend = "postgres"
                [log.postgres]
                host = "127.0.0.1"
                port = \(Cluster.port)
                database = "\(database)"
                user = "dossier"
                tls = "disable"
                \(extra)
                """
            )
        }
        let inConfig = try DossierProcess.run(["migrate", "--config", tcpConfig(#"password = "secret""#)])
        #expect(inConfig.status == 78)
        #expect(inConfig.stderr.contains("log.postgres.password"), "\(inConfig.stderr)")

        let fromFile = try DossierProcess.run(
            ["migrate", "--config", tcpConfig(#"password_file = "\#(Cluster.passwordFile ?? "")""#)]
        )
        #expect(fromFile.status == 0, "\(fromFile.stderr)")

        let password = try String(contentsOfFile: Cluster.passwordFile ?? "", encoding: .utf8)
            .trimmingCharacters(in: .newlines)
        let fromEnvironment = try DossierProcess.run(
            ["migrate", "--config", tcpConfig(#"password_env = "DOSSIER_TEST_SECRET""#)],
            environment: ["DOSSIER_TEST_SECRET": password]
        )
        #expect(fromEnvironment.status == 0, "\(fromEnvironment.stderr)")

        let wrong = try DossierProcess.run(
            ["migrate", "--config", tcpConfig(#"password_env = "DOSSIER_TEST_SECRET""#)],
            environment: ["DOSSIER_TEST_SECRET": "not-the-password"]
        )
        #expect(wrong.status == 74)
        #expect(wrong.stderr.contains("postgres://dossier@127.0.0.1"), "\(wrong.stderr)")
    }

    @Test func aFileLogMovesToPostgresAndBackWithItsChainIntact() throws {
        let (scratch, _, config) = try Cluster.migratedDatabase()

        // A history on the file log.
        let fileState = scratch.path + "/file-state"
        let reports = (1...12).map { scratch.write("r\($0).txt", report($0)) }
        #expect(try DossierProcess.run(["ingest", "--state-dir", fileState] + reports).status == 0)
        let fileVerify = try DossierProcess.run(["verify", "--json", "--state-dir", fileState])
        #expect(fileVerify.status == 0)
        let fileHead = try headHash(fileVerify.stdout)

        // Into PostgreSQL: the same head; a second import adds nothing.
        let imported = try DossierProcess.run(["log", "import", "--config", config, "--from", fileState + "/log"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("imported 12 records"), "\(imported.stdout)")
        let again = try DossierProcess.run(["log", "import", "--config", config, "--from", fileState + "/log"])
        #expect(again.stdout.contains("imported 0 records"), "\(again.stdout)")
        let pgVerify = try DossierProcess.run(["verify", "--json", "--config", config])
        #expect(pgVerify.status == 0, "\(pgVerify.stdout) \(pgVerify.stderr)")
        #expect(try headHash(pgVerify.stdout) == fileHead)

        // The projections rebuilt from PostgreSQL are the file log's, byte for byte.
        let pgState = scratch.path + "/pg-state"
        #expect(try DossierProcess.run(["rebuild", "--config", config, "--state-dir", pgState]).status == 0)
        #expect(projections(pgState) == projections(fileState))
        #expect(!projections(pgState).isEmpty)

        // And back to a file log.
        let exported = try DossierProcess.run(["log", "export", "--config", config, "--to", scratch.path + "/back"])
        #expect(exported.status == 0, "\(exported.stderr)")
        let backState = scratch.path + "/back-state"
        try FileManager.default.createDirectory(atPath: backState, withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: scratch.path + "/back", toPath: backState + "/log")
        let backVerify = try DossierProcess.run(["verify", "--json", "--state-dir", backState])
        #expect(backVerify.status == 0)
        #expect(try headHash(backVerify.stdout) == fileHead)
        let original = try FileManager.default.contentsOfDirectory(atPath: fileState + "/log").filter {
            $0.hasSuffix(".jsonl")
        }
        for segment in original {
            #expect(
                FileManager.default.contents(atPath: backState + "/log/" + segment)
                    == FileManager.default.contents(atPath: fileState + "/log/" + segment)
            )
        }

        // A log with another history is refused, not mixed in.
        let otherState = scratch.path + "/other-state"
        #expect(
            try DossierProcess.run(["ingest", "--state-dir", otherState, scratch.write("x.txt", report(99))]).status
                == 0
        )
        let mixed = try DossierProcess.run(["log", "import", "--config", config, "--from", otherState + "/log"])
        #expect(mixed.status == 74)
        #expect(mixed.stderr.contains("another history") || mixed.stderr.contains("does not follow"), "\(mixed.stderr)")
    }

    @Test func twoDaemonsOnOneDatabaseLogEveryReportOnceAndConverge() throws {
        let (scratch, database, config) = try Cluster.migratedDatabase()
        let a = try RunningDaemon(arguments: ["--config", config])
        let b = try RunningDaemon(arguments: ["--config", config])
        // The same reports dropped on both hosts, and some on one only.
        for number in 1...30 {
            a.drop("same-\(number).txt", report(number))
            b.drop("same-\(number).txt", report(number))
        }
        for number in 31...40 { a.drop("a-\(number).txt", report(number)) }
        for number in 41...50 { b.drop("b-\(number).txt", report(number)) }
        #expect(waitUntil(timeout: 60) { a.names("inbox").isEmpty && b.names("inbox").isEmpty })
        #expect(a.names("processed").count == 40)
        #expect(b.names("processed").count == 40)
        #expect(a.names("rejected").isEmpty && b.names("rejected").isEmpty)

        // Every report exactly once.
        #expect(
            try Cluster.psql("SELECT count(*), count(DISTINCT report) FROM dossier_records", database: database)
                == "50|50"
        )
        #expect(try Cluster.psql("SELECT max(seq) FROM dossier_records", database: database) == "50")

        // Both daemons follow the shared log to the same projections, equal to a rebuild.
        #expect(waitUntil(timeout: 20) { projectedSequence(a.state) == 50 && projectedSequence(b.state) == 50 })
        let rebuilt = scratch.path + "/rebuilt"
        #expect(try DossierProcess.run(["rebuild", "--config", config, "--state-dir", rebuilt]).status == 0)
        #expect(projections(a.state) == projections(b.state))
        #expect(projections(a.state) == projections(rebuilt))
        let verify = try DossierProcess.run(["verify", "--config", config])
        #expect(verify.status == 0, "\(verify.stdout)")

        a.signal(SIGTERM)
        b.signal(SIGTERM)
        #expect(a.waitForExit() == 0)
        #expect(b.waitForExit() == 0)
    }

    @Test func aDaemonKilledMidBurstLosesAndRepeatsNothing() throws {
        let (scratch, database, config) = try Cluster.migratedDatabase()
        defer { _ = scratch }  // keeps the folder with the configuration file until the end
        let a = try RunningDaemon(arguments: ["--config", config])
        let b = try RunningDaemon(arguments: ["--config", config])
        for number in 1...600 {
            a.drop("r\(number).txt", report(number))
            if number % 2 == 0 { b.drop("r\(number).txt", report(number)) }
        }
        _ = waitUntil(timeout: 20) { a.names("processed").count >= 10 }
        a.signal(SIGKILL)
        _ = a.waitForExit()
        // Killed in the middle of the burst: reports were still waiting in its inbox.
        #expect(!a.names("inbox").isEmpty)
        try a.restart()
        #expect(waitUntil(timeout: 120) { a.names("inbox").isEmpty && b.names("inbox").isEmpty })
        #expect(
            try Cluster.psql("SELECT count(*), count(DISTINCT report) FROM dossier_records", database: database)
                == "600|600"
        )
        #expect(waitUntil(timeout: 20) { projectedSequence(a.state) == 600 && projectedSequence(b.state) == 600 })
        #expect(projections(a.state) == projections(b.state))
        #expect(try DossierProcess.run(["verify", "--config", config]).status == 0)
    }

    @Test func theDatabaseGoingAwayLosesNothingAndTheDaemonResumesByItself() throws {
        // A statement in flight when the server stops may hang until its deadline: 5 s here, well
        // inside the 30 s the test waits (the default, 30 s, raced it and failed once in CI).
        let (scratch, database, config) = try Cluster.migratedDatabase(extra: "query_timeout_ms = 5000")
        let socketName = "@dossier-pg-test-\(UUID().uuidString.prefix(8))"
        let socket = try NotifySocket(path: socketName)
        let daemon = try RunningDaemon(arguments: ["--config", config], environment: ["NOTIFY_SOCKET": socketName])
        for number in 1...40 { daemon.drop("r\(number).txt", report(number)) }
        _ = waitUntil(timeout: 20) { daemon.names("processed").count >= 5 }
        try Cluster.control("stop")
        var restarted = false
        defer { if !restarted { try? Cluster.control("start") } }
        for number in 41...80 { daemon.drop("r\(number).txt", report(number)) }
        // The daemon says the database is away, in its log and to systemd (STATUS=waiting…), once an
        // append fails: waited for rather than slept on, as an append in flight when the server
        // stops may take a few seconds to fail (a fixed 2 s failed under load).
        var statuses: [String] = []
        let noticed = waitUntil(timeout: 30) {
            while let message = socket.receive() { statuses.append(message) }
            return daemon.log.contains("unavailable") && statuses.contains { $0.contains("STATUS=waiting") }
        }
        #expect(noticed, "\(daemon.log)\n\(statuses)")
        // Still running; what could not be logged is still in the inbox, nothing moved unlogged.
        #expect(daemon.isRunning)
        let waiting = daemon.names("inbox").count
        #expect(waiting > 0)
        #expect(daemon.names("processed").count + waiting == 80)
        try Cluster.control("start")
        restarted = true
        #expect(waitUntil(timeout: 90) { daemon.names("inbox").isEmpty })
        #expect(daemon.names("processed").count == 80)
        #expect(
            try Cluster.psql("SELECT count(*), count(DISTINCT report) FROM dossier_records", database: database)
                == "80|80"
        )
        #expect(waitUntil(timeout: 20) { projectedSequence(daemon.state) == 80 })
        let rebuilt = scratch.path + "/rebuilt"
        #expect(try DossierProcess.run(["rebuild", "--config", config, "--state-dir", rebuilt]).status == 0)
        #expect(projections(daemon.state) == projections(rebuilt))
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    @Test func aStatementWithoutAnAnswerTimesOutAndTheReportIsLoggedLater() throws {
        let scratch = Scratch()
        let database = try Cluster.freshDatabase()
        let config = Cluster.config(in: scratch, database: database, extra: "query_timeout_ms = 400")
        #expect(try DossierProcess.run(["migrate", "--config", config]).status == 0)
        let daemon = try RunningDaemon(arguments: ["--config", config])
        daemon.drop("first.txt", report(1))
        #expect(daemon.waitForProcessed("first.txt", timeout: 30))
        // Another session holds the head's row for four seconds: an append waits for it.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        holder.arguments = [
            "-h", Cluster.socket ?? "", "-p", Cluster.port, "-U", "postgres", "-d", database, "-tAq", "-c",
            "BEGIN; SELECT seq FROM dossier_head WHERE id = 1 FOR UPDATE; SELECT pg_sleep(4); COMMIT;",
        ]
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        Thread.sleep(forTimeInterval: 0.5)
        daemon.drop("second.txt", report(2))
        // The append gives up after 400 ms, says why, and keeps the report in the inbox …
        #expect(waitUntil(timeout: 3) { daemon.log.contains("did not answer within 400 ms") }, "\(daemon.log)")
        #expect(daemon.isRunning)
        #expect(daemon.names("processed") == ["first.txt"])
        // … and logs it once the lock is gone, once.
        holder.waitUntilExit()
        #expect(daemon.waitForProcessed("second.txt", timeout: 60))
        #expect(
            try Cluster.psql("SELECT count(*), count(DISTINCT report) FROM dossier_records", database: database)
                == "2|2"
        )
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    @Test func aDaemonStartedWhileTheDatabaseIsDownWaitsForIt() throws {
        let (scratch, database, config) = try Cluster.migratedDatabase()
        defer { _ = scratch }  // keeps the folder with the configuration file until the end
        try Cluster.control("stop")
        var restarted = false
        defer { if !restarted { try? Cluster.control("start") } }
        let daemon = try RunningDaemon(arguments: ["--config", config])
        daemon.drop("early.txt", report(1))
        #expect(waitUntil(timeout: 10) { daemon.log.contains("waiting for it") })
        #expect(daemon.isRunning)
        #expect(daemon.names("inbox") == ["early.txt"])
        try Cluster.control("start")
        restarted = true
        #expect(daemon.waitForProcessed("early.txt", timeout: 60))
        #expect(try Cluster.psql("SELECT count(*) FROM dossier_records", database: database) == "1")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)

        // Stopped while it waits: exits 0 without touching anything.
        try Cluster.control("stop")
        defer { try? Cluster.control("start") }
        let waiting = try RunningDaemon(arguments: ["--config", config])
        #expect(waitUntil(timeout: 10) { waiting.log.contains("waiting for it") })
        waiting.signal(SIGTERM)
        #expect(waiting.waitForExit() == 0)
    }
}

func headHash(_ json: String) throws -> String {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    return object?["headHash"] as? String ?? ""
}
