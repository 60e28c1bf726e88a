import Foundation
import Testing

@testable import DossierConfig

@Suite struct ConfigurationTests {
    @Test func defaultsNeedNoFile() {
        let config = Configuration()
        #expect(config.stateDirectory == "./var")
        #expect(config.inboxDirectory == "./var/inbox" && config.logDirectory == "./var/log")
        #expect(config.maxReportBytes == 16 << 20)
        #expect(config.projectionFormats == ["json", "md", "html", "dot", "ics"])
        #expect(config.lexiconDirectory == nil)
    }

    @Test func theShippedConfigFileParsesToTheDefaultsItDocuments() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Config/dossier.toml").path
        let config = try Configuration.load(file: file)
        #expect(config.maxReportBytes == 16 << 20 && config.settleMilliseconds == 500)
        #expect(config.lexiconDirectory?.hasSuffix("Config/lexicon") == true)
    }

    @Test func everyKeyIsRead() throws {
        let config = try Configuration.parse(
            """
            [state]
            dir = "/srv/dossier"
            inbox = "drop"
            processed = "/mnt/done"
            [ingest]
            max_report_bytes = 1024
            [log]
            segment_bytes = 8192
            [projections]
            formats = ["json"]
            [extraction]
            lexicon = "words"
            [daemon]
            settle_ms = 100
            batch_max_reports = 10
            [logging]
            level = "debug"
            """,
            file: "/etc/dossier/dossier.toml"
        )
        #expect(config.inboxDirectory == "/srv/dossier/drop")
        #expect(config.processedDirectory == "/mnt/done")
        #expect(config.maxReportBytes == 1024 && config.segmentBytes == 8192)
        #expect(config.projectionFormats == ["json"] && config.logLevel == "debug")
        #expect(config.lexiconDirectory == "/etc/dossier/words")
        #expect(config.settleMilliseconds == 100 && config.batchMaxReports == 10)
    }

    @Test(arguments: [
        ("[ingest]\nmax_report_byte = 5", "ingest.max_report_byte", ConfigError.Code.unknownKey),
        ("[injest]\n", "injest", .unknownKey),
        ("[ingest]\nmax_report_bytes = \"big\"", "ingest.max_report_bytes", .badValue),
        ("[ingest]\nmax_report_bytes = 0", "ingest.max_report_bytes", .badValue),
        ("[projections]\nformats = [\"pdf\"]", "projections.formats", .badValue),
        ("[logging]\nlevel = \"loud\"", "logging.level", .badValue),
        ("state = 3", "state", .badValue),
        ("[log]\nbackend = \"sqlite\"", "log.backend", .badValue),
        ("[log.postgres]\npassword = \"hunter2\"", "log.postgres.password", .badValue),
        ("[log.postgres]\ntls = \"maybe\"", "log.postgres.tls", .badValue),
        ("[log.postgres]\nport = 0", "log.postgres.port", .badValue),
        ("[log.postgres]\nhots = \"db\"", "log.postgres.hots", .unknownKey),
    ])
    func badKeysAndValuesAreErrorsNamingTheKey(_ text: String, _ key: String, _ code: ConfigError.Code) {
        #expect {
            try Configuration.parse(text, file: "x.toml")
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.key == key && error.code == code && error.file == "x.toml"
                && error.description.contains(key)
        }
    }

    @Test func thePostgresLogIsConfiguredWithoutAPassword() throws {
        let config = try Configuration.parse(
            """
            [log]
            backend = "postgres"
            [log.postgres]
            host = "db.internal"
            port = 6432
            database = "reports"
            user = "svc"
            password_file = "pgpass"
            tls = "require"
            poll_ms = 250
            connect_timeout_ms = 900
            query_timeout_ms = 2500
            """,
            file: "/etc/dossier/dossier.toml"
        )
        #expect(config.logBackend == .postgres)
        #expect(config.postgres.host == "db.internal" && config.postgres.port == 6432)
        #expect(config.postgres.database == "reports" && config.postgres.user == "svc")
        #expect(config.postgres.passwordFile == "/etc/dossier/pgpass")
        #expect(config.postgres.tls == "require" && config.postgres.pollMilliseconds == 250)
        #expect(config.postgres.connectTimeoutMilliseconds == 900)
        #expect(config.postgres.queryTimeoutMilliseconds == 2500)
        #expect(PostgresSettings().queryTimeoutMilliseconds == 30000)
        #expect(config.postgres.location == "postgres://svc@db.internal:6432/reports")
        #expect(Configuration().logBackend == .file)
    }

    @Test func aSocketFolderMeansTheSocketFileInIt() throws {
        var settings = PostgresSettings()
        settings.socket = FileManager.default.temporaryDirectory.path
        settings.port = 5433
        #expect(settings.socketFile == FileManager.default.temporaryDirectory.path + "/.s.PGSQL.5433")
        settings.socket = "/run/pg/.s.PGSQL.5433"
        #expect(settings.socketFile == "/run/pg/.s.PGSQL.5433")
    }

    @Test func aSyntaxErrorNamesTheLine() {
        #expect {
            try Configuration.parse("[state]\ndir = ", file: "x.toml")
        } throws: { error in
            (error as? ConfigError)?.code == .syntax && "\(error)".contains("line 2")
        }
    }
}
