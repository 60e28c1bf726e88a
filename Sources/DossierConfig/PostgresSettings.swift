#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Which engine keeps the event log.
public enum LogBackend: String, Sendable, Hashable, CaseIterable {
    /// Segment files in the state folder (the default): one daemon on one machine.
    case file
    /// A PostgreSQL database shared by daemons on several hosts.
    case postgres
}

/// How to reach the PostgreSQL log (`[log.postgres]`). The password is never in the configuration
/// file: it comes from `password_file` or from the environment variable named by `password_env`.
public struct PostgresSettings: Sendable, Hashable {
    /// The server's host name or address (TCP). Ignored when `socket` is set.
    public var host = "localhost"
    public var port = 5432
    /// A Unix socket: the socket file, or the folder that holds `.s.PGSQL.<port>` (as libpq's `host`).
    public var socket: String?
    public var database = "dossier"
    public var user = "dossier"
    /// A file whose first line is the password (keep it readable by the service only).
    public var passwordFile: String?
    /// The environment variable that holds the password, when there is no `password_file`.
    public var passwordEnvironment = "PGPASSWORD"
    /// TLS on TCP connections: `disable`, `prefer` or `require`.
    public var tls = "prefer"
    /// How often a daemon looks for records of other daemons even without a notification, in ms.
    public var pollMilliseconds = 5000
    /// How long to wait for a connection, in ms.
    public var connectTimeoutMilliseconds = 5000
    /// How long to wait for the answer to one statement, in ms: past it the connection is closed
    /// (the server rolls back what it held) and the call fails as unavailable, to be made again.
    public var queryTimeoutMilliseconds = 30000

    public static let tlsModes = ["disable", "prefer", "require"]

    public init() {}

    /// The socket file to connect to, if a socket is configured.
    public var socketFile: String? {
        guard let socket else { return nil }
        return socket.hasSuffix(".s.PGSQL.\(port)") || !isDirectory(socket) ? socket : socket + "/.s.PGSQL.\(port)"
    }

    /// Where the log is, for messages: `postgres://user@host:port/database` (no password).
    public var location: String {
        if let socketFile { return "postgres://\(user)@\(socketFile)/\(database)" }
        return "postgres://\(user)@\(host):\(port)/\(database)"
    }

    private func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
