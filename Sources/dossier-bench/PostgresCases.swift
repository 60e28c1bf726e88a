import DossierConfig
import DossierEventLog
import DossierModel
import DossierPostgresLog
import Foundation
import Logging

#if canImport(Glibc)
import Glibc
#endif

/// The PostgreSQL log against the file log, in the same run (issue 8): appends and drop to
/// projection. Needs a server: `--postgres SOCKET_FOLDER` (e.g. the cluster of
/// `scripts/pg-cluster.sh`, reached as the `postgres` superuser with trust authentication); each
/// case creates a database of its own and drops it afterwards.
enum PostgresCases {
    struct Server {
        var socket: String
        var port: Int

        func psql(_ sql: String) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
            process.arguments = ["-h", socket, "-p", String(port), "-U", "postgres", "-d", "postgres", "-qc", sql]
            var environment = ProcessInfo.processInfo.environment
            environment["PGOPTIONS"] = "-c client_min_messages=warning"
            process.environment = environment
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw BenchError.failed("psql: \(sql)") }
        }

        /// A fresh, migrated database; dropped by `drop`.
        func database(_ name: String) throws -> PostgresSettings {
            try? psql("DROP DATABASE IF EXISTS \(name)")
            try psql("CREATE DATABASE \(name)")
            var settings = PostgresSettings()
            settings.socket = socket
            settings.port = port
            settings.user = "postgres"
            settings.database = name
            _ = try PostgresEventLog.migrate(settings: settings, logger: PipelineCases.quietLogger)
            return settings
        }

        func drop(_ settings: PostgresSettings) { try? psql("DROP DATABASE IF EXISTS \(settings.database)") }
    }

    /// One report per append (one transaction, one commit), and 100 reports per append, on
    /// PostgreSQL; the file log with the same batches (one fdatasync per append) is the reference.
    static func append(server: Server, batches: [[DomainEvent]]) throws -> [Figure] {
        let settings = try server.database("dossier_bench_append_\(getpid())")
        defer { server.drop(settings) }
        let folder = scratchFolder("pg-append")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let single = Array(batches.prefix(300))
        let bulk = Array(batches.dropFirst(300).prefix(3000))
        let bulkEvents = bulk.reduce(0) { $0 + $1.count }

        let postgres = try PostgresEventLog.open(settings: settings, logger: PipelineCases.quietLogger)
        let (file, _) = try FileEventLog.open(directory: folder + "/log")
        // Alternate, batch by batch, as the durable file case does: both meet the same disk.
        var pgSeconds = 0.0
        var fileSeconds = 0.0
        for batch in single {
            let a = now()
            _ = try postgres.commit([batch], at: Date())
            let b = now()
            _ = try file.commit([batch], at: Date())
            let c = now()
            pgSeconds += b - a
            fileSeconds += c - b
        }
        var pgBulk = 0.0
        var fileBulk = 0.0
        for group in stride(from: 0, to: bulk.count, by: 100) {
            let slice = Array(bulk[group..<min(group + 100, bulk.count)])
            let a = now()
            _ = try postgres.commit(slice, at: Date())
            let b = now()
            _ = try file.commit(slice, at: Date())
            let c = now()
            pgBulk += b - a
            fileBulk += c - b
        }
        let durable = Double(single.count) / pgSeconds
        let durableFile = Double(single.count) / fileSeconds
        let grouped = Double(bulkEvents) / pgBulk
        let groupedFile = Double(bulkEvents) / fileBulk
        return [
            Figure(
                name: "postgres append",
                what: "batches/s, one transaction each",
                value: durable,
                unit: "batches/s",
                reference: durableFile,
                referenceWhat: "file log, one fdatasync each, interleaved",
                ratio: durable / durableFile,
                target: "—",
                met: true
            ),
            Figure(
                name: "postgres bulk append",
                what: "events/s, 100 reports per transaction",
                value: grouped,
                unit: "events/s",
                reference: groupedFile,
                referenceWhat: "file log, 100 reports per fdatasync, interleaved",
                ratio: grouped / groupedFile,
                target: "—",
                met: true
            ),
        ]
    }

    /// Drop to projection with the daemon on PostgreSQL; the same case on the file log in the same
    /// run is the reference.
    static func dropToProjection(server: Server, samples: Int) throws -> [Figure] {
        let settings = try server.database("dossier_bench_latency_\(getpid())")
        defer { server.drop(settings) }
        let folder = scratchFolder("pg-latency")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let config = folder + "/dossier.toml"
        let text = """
            [log]
            backend = "postgres"
            [log.postgres]
            socket = "\(server.socket)"
            port = \(server.port)
            user = "postgres"
            database = "\(settings.database)"
            """
        _ = FileManager.default.createFile(atPath: config, contents: Data(text.utf8))
        let postgres = try DaemonCases.latencies(state: folder + "/var", samples: samples, config: config)
        let file = try DaemonCases.latencies(state: folder + "/file-var", samples: samples, config: nil)
        let figures = [("p50", 50.0), ("p99", 99.0)].map { label, rank in
            let value = percentile(postgres, rank)
            let reference = percentile(file, rank)
            return Figure(
                name: "postgres drop to projection \(label)",
                what: "ms from rename into the inbox to a new org.json, \(samples) single reports",
                value: value,
                unit: "ms",
                reference: reference,
                referenceWhat: "file log \(label), same run",
                ratio: reference / value,
                target: label == "p99" ? "≤ 50 ms" : "—",
                met: label == "p99" ? value <= 50 : true
            )
        }
        return figures
    }
}

enum BenchError: Error, CustomStringConvertible {
    case failed(String)
    var description: String {
        switch self {
        case .failed(let what): what
        }
    }
}
