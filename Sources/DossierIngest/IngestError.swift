/// Why a report could not be read or parsed. Names the file and the reason.
public struct IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as a stable code that tools can match on.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        public var description: String { name }

        /// The file is gone (deleted between the event and the read).
        public static let notFound = Code("not-found")
        /// The file could not be opened or read (permissions, I/O error).
        public static let unreadable = Code("unreadable")
        /// Not a regular file: a FIFO, socket, device, directory or symlink.
        public static let notRegularFile = Code("not-a-regular-file")
        /// The file is empty (or holds only white space).
        public static let empty = Code("empty")
        /// The file is larger than the configured limit.
        public static let tooLarge = Code("too-large")
        /// The bytes are not UTF-8 text (binary data, UTF-16, another encoding).
        public static let notText = Code("not-text")
        /// A structured report whose JSON is malformed or does not hold facts.
        public static let malformed = Code("malformed")
    }

    public var code: Code
    /// A sentence for people.
    public var message: String
    /// The file concerned.
    public var path: String

    public init(code: Code, message: String, path: String) {
        self.code = code
        self.message = message
        self.path = path
    }

    public var description: String { "\(path): \(message) [\(code)]" }
}
