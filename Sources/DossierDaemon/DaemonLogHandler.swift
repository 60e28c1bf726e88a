import Foundation
import Logging
import Synchronization

/// Log lines to stderr, one line an entry: `LEVEL message key=value…`.
///
/// Under systemd (`JOURNAL_STREAM` set) the journal adds its own timestamps, so none are
/// written, and each line starts with the `<N>` syslog priority prefix journald understands.
public struct DaemonLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    private let label: String
    private let journald: Bool
    private static let lock = Mutex(())

    public init(label: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.label = label
        self.journald = environment["JOURNAL_STREAM"].map { !$0.isEmpty } ?? false
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = self.metadata
        if let extra = event.metadata { merged.merge(extra) { $1 } }
        var line = journald ? "<\(Self.priority(event.level))>" : Self.timestamp() + " "
        line += "\(event.level.rawValue.uppercased()) \(event.message)"
        for key in merged.keys.sorted() {
            guard let value = merged[key] else { continue }
            line += " \(key)=\(Self.quote("\(value)"))"
        }
        line += "\n"
        Self.lock.withLock { _ in FileHandle.standardError.write(Data(line.utf8)) }
    }

    static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    static func quote(_ value: String) -> String {
        value.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" })
            ? "\"" + value.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : value
    }

    static func timestamp() -> String {
        Date().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true))
    }
}
