/// A configuration that cannot be used. Names the file and the key.
///
/// The command layer exits with status 78 (`EX_CONFIG`) on this error.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        public var description: String { name }

        /// The file cannot be read.
        public static let unreadable = Code("unreadable")
        /// The file is not valid TOML.
        public static let syntax = Code("syntax")
        /// A key this version does not know (a typo, most likely).
        public static let unknownKey = Code("unknown-key")
        /// A value of the wrong type or out of range.
        public static let badValue = Code("bad-value")
    }

    public var code: Code
    public var message: String
    /// The configuration file, or `(defaults)`.
    public var file: String
    /// The dotted key concerned (`ingest.max_report_bytes`), when there is one.
    public var key: String?

    public init(code: Code, message: String, file: String, key: String? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.key = key
    }

    /// The process exit status for a bad configuration (`EX_CONFIG` from sysexits.h).
    public static let exitStatus: Int32 = 78

    public var description: String {
        "\(file)\(key.map { ": key `\($0)`" } ?? ""): \(message) [\(code)]"
    }
}
