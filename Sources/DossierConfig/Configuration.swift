import Foundation
import TOMLKit

/// The daemon's and the CLI's settings. Every key has a default, so Dossier runs with no
/// configuration file at all. See `Config/dossier.toml` for the documented file.
public struct Configuration: Sendable, Hashable {
    /// The state folder; the folders below are inside it unless given as absolute paths.
    public var stateDirectory: String = "./var"
    public var inboxName = "inbox"
    public var processedName = "processed"
    public var rejectedName = "rejected"
    public var logName = "log"
    public var projectionsName = "projections"

    /// The largest report accepted, in bytes.
    public var maxReportBytes = 16 << 20
    /// A log segment is closed past this size.
    public var segmentBytes = 64 << 20
    /// Which engine keeps the event log.
    public var logBackend = LogBackend.file
    /// How to reach PostgreSQL when `logBackend` is `.postgres`.
    public var postgres = PostgresSettings()
    /// Which projection files to write besides `status.json`: `json`, `md`, `html`, `dot`, `ics`.
    public var projectionFormats: [String] = ["json", "md", "html", "dot", "ics"]
    /// swift-log level: trace, debug, info, notice, warning, error, critical.
    public var logLevel = "info"
    /// The lexicon folder; `nil` uses the lexicon built into the binary.
    public var lexiconDirectory: String?
    /// How long a file written in place must stay unchanged before it is read, in milliseconds.
    public var settleMilliseconds = 500
    /// The most reports appended with one fsync (group commit) by the daemon.
    public var batchMaxReports = 256

    /// The configuration file this came from, or `nil` for the defaults.
    public var file: String?

    public init() {}

    public static let projectionFormatNames: Set<String> = ["json", "md", "html", "dot", "ics"]
    public static let logLevelNames = ["trace", "debug", "info", "notice", "warning", "error", "critical"]

    public var inboxDirectory: String { resolve(inboxName) }
    public var processedDirectory: String { resolve(processedName) }
    public var rejectedDirectory: String { resolve(rejectedName) }
    public var logDirectory: String { resolve(logName) }
    public var projectionsDirectory: String { resolve(projectionsName) }

    private func resolve(_ name: String) -> String {
        name.hasPrefix("/") ? name : stateDirectory + "/" + name
    }

    /// Loads a configuration file. Unknown keys and bad values are errors naming the key.
    public static func load(file: String) throws(ConfigError) -> Configuration {
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw ConfigError(code: .unreadable, message: "cannot read the configuration file", file: file)
        }
        return try parse(text, file: file)
    }

    /// Parses configuration text; `file` names it in errors, and relative lexicon paths are
    /// taken relative to its folder.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> Configuration {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(
                code: .syntax,
                message:
                    "not valid TOML at line \(error.source.begin.line), column \(error.source.begin.column): \(error.description)",
                file: file
            )
        } catch {
            throw ConfigError(code: .syntax, message: "not valid TOML: \(error)", file: file)
        }
        var config = Configuration()
        config.file = file
        var reader = TableReader(table: table, file: file)
        try reader.sections(["state", "ingest", "log", "projections", "extraction", "daemon", "logging"])

        var state = try reader.section("state")
        if let v = try state.string("dir") { config.stateDirectory = v }
        if let v = try state.string("inbox") { config.inboxName = v }
        if let v = try state.string("processed") { config.processedName = v }
        if let v = try state.string("rejected") { config.rejectedName = v }
        if let v = try state.string("log") { config.logName = v }
        if let v = try state.string("projections") { config.projectionsName = v }
        try state.finish()

        var ingest = try reader.section("ingest")
        if let v = try ingest.int("max_report_bytes", in: 1...(1 << 34)) { config.maxReportBytes = v }
        try ingest.finish()

        var log = try reader.section("log")
        if let v = try log.int("segment_bytes", in: 4096...(1 << 40)) { config.segmentBytes = v }
        if let v = try log.string("backend") {
            guard let backend = LogBackend(rawValue: v) else {
                throw ConfigError(
                    code: .badValue,
                    message: "must be \"file\" or \"postgres\", not \"\(v)\"",
                    file: file,
                    key: "log.backend"
                )
            }
            config.logBackend = backend
        }
        var postgres = try log.subsection("postgres")
        try postgres.refuse(
            "password",
            because:
                "the configuration file is world-readable: put the password in a file (password_file) or an environment variable (password_env)"
        )
        if let v = try postgres.string("host") { config.postgres.host = v }
        if let v = try postgres.int("port", in: 1...65535) { config.postgres.port = v }
        if let v = try postgres.string("socket") { config.postgres.socket = v }
        if let v = try postgres.string("database") { config.postgres.database = v }
        if let v = try postgres.string("user") { config.postgres.user = v }
        if let v = try postgres.string("password_file") {
            let base = (file as NSString).deletingLastPathComponent
            config.postgres.passwordFile = v.hasPrefix("/") || base.isEmpty ? v : base + "/" + v
        }
        if let v = try postgres.string("password_env") { config.postgres.passwordEnvironment = v }
        if let v = try postgres.string("tls") {
            guard PostgresSettings.tlsModes.contains(v) else {
                throw ConfigError(
                    code: .badValue,
                    message: "must be one of \(PostgresSettings.tlsModes.joined(separator: ", ")), not \"\(v)\"",
                    file: file,
                    key: "log.postgres.tls"
                )
            }
            config.postgres.tls = v
        }
        if let v = try postgres.int("poll_ms", in: 100...3_600_000) { config.postgres.pollMilliseconds = v }
        if let v = try postgres.int("connect_timeout_ms", in: 100...600_000) {
            config.postgres.connectTimeoutMilliseconds = v
        }
        if let v = try postgres.int("query_timeout_ms", in: 100...3_600_000) {
            config.postgres.queryTimeoutMilliseconds = v
        }
        try postgres.finish()
        try log.finish()

        var projections = try reader.section("projections")
        if let v = try projections.strings("formats", allowed: projectionFormatNames) { config.projectionFormats = v }
        try projections.finish()

        var extraction = try reader.section("extraction")
        if let v = try extraction.string("lexicon") {
            let base = (file as NSString).deletingLastPathComponent
            config.lexiconDirectory = v.hasPrefix("/") || base.isEmpty ? v : base + "/" + v
        }
        try extraction.finish()

        var daemon = try reader.section("daemon")
        if let v = try daemon.int("settle_ms", in: 0...600_000) { config.settleMilliseconds = v }
        if let v = try daemon.int("batch_max_reports", in: 1...100_000) { config.batchMaxReports = v }
        try daemon.finish()

        var logging = try reader.section("logging")
        if let v = try logging.string("level") {
            guard logLevelNames.contains(v) else {
                throw ConfigError(
                    code: .badValue,
                    message: "must be one of \(logLevelNames.joined(separator: ", ")), not \"\(v)\"",
                    file: file,
                    key: "logging.level"
                )
            }
            config.logLevel = v
        }
        try logging.finish()
        return config
    }
}

/// Reads typed values from one TOML table and remembers which keys were read, so that any
/// other key is reported as unknown.
struct TableReader {
    let table: TOMLTable
    let file: String
    let prefix: String
    private var seen: Set<String> = []

    init(table: TOMLTable, file: String, prefix: String = "") {
        self.table = table
        self.file = file
        self.prefix = prefix
    }

    /// Checks that the top level holds only these sections.
    mutating func sections(_ names: Set<String>) throws(ConfigError) {
        for key in table.keys.sorted() where !names.contains(key) {
            throw ConfigError(
                code: .unknownKey,
                message:
                    "unknown section; the sections are \(names.sorted().map { "[\($0)]" }.joined(separator: ", "))",
                file: file,
                key: key
            )
        }
    }

    func section(_ name: String) throws(ConfigError) -> TableReader {
        guard let value = table[name] else {
            return TableReader(table: TOMLTable(), file: file, prefix: name + ".")
        }
        guard let sub = value.table else {
            throw ConfigError(code: .badValue, message: "must be a table ([\(name)])", file: file, key: name)
        }
        return TableReader(table: sub, file: file, prefix: name + ".")
    }

    /// A table inside this one (`[log.postgres]`); missing is an empty table.
    mutating func subsection(_ name: String) throws(ConfigError) -> TableReader {
        seen.insert(name)
        guard let value = table[name] else {
            return TableReader(table: TOMLTable(), file: file, prefix: prefix + name + ".")
        }
        guard let sub = value.table else {
            throw ConfigError(
                code: .badValue,
                message: "must be a table ([\(prefix)\(name)])",
                file: file,
                key: prefix + name
            )
        }
        return TableReader(table: sub, file: file, prefix: prefix + name + ".")
    }

    /// Fails when `key` is present: a key that must not be in this file.
    func refuse(_ key: String, because reason: String) throws(ConfigError) {
        guard table[key] != nil else { return }
        throw ConfigError(code: .badValue, message: "not allowed here: \(reason)", file: file, key: prefix + key)
    }

    mutating func string(_ key: String) throws(ConfigError) -> String? {
        seen.insert(key)
        guard let value = table[key] else { return nil }
        guard let text = value.string, !text.isEmpty else {
            throw ConfigError(code: .badValue, message: "must be a non-empty string", file: file, key: prefix + key)
        }
        return text
    }

    mutating func int(_ key: String, in range: ClosedRange<Int>) throws(ConfigError) -> Int? {
        seen.insert(key)
        guard let value = table[key] else { return nil }
        guard let number = value.int else {
            throw ConfigError(code: .badValue, message: "must be an integer", file: file, key: prefix + key)
        }
        guard range.contains(number) else {
            throw ConfigError(
                code: .badValue,
                message: "must be between \(range.lowerBound) and \(range.upperBound), not \(number)",
                file: file,
                key: prefix + key
            )
        }
        return number
    }

    mutating func strings(_ key: String, allowed: Set<String>) throws(ConfigError) -> [String]? {
        seen.insert(key)
        guard let value = table[key] else { return nil }
        guard let array = value.array else {
            throw ConfigError(code: .badValue, message: "must be an array of strings", file: file, key: prefix + key)
        }
        var out: [String] = []
        for element in array {
            guard let text = element.string, allowed.contains(text) else {
                throw ConfigError(
                    code: .badValue,
                    message: "each entry must be one of \(allowed.sorted().joined(separator: ", "))",
                    file: file,
                    key: prefix + key
                )
            }
            if !out.contains(text) { out.append(text) }
        }
        return out
    }

    /// Fails on the first key of the table that was not read.
    func finish() throws(ConfigError) {
        for key in table.keys.sorted() where !seen.contains(key) {
            throw ConfigError(
                code: .unknownKey,
                message: "unknown key; the keys of [\(prefix.dropLast())] are \(seen.sorted().joined(separator: ", "))",
                file: file,
                key: prefix + key
            )
        }
    }
}
