import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Where the log's bytes live: the seam between the log's logic and the file system.
///
/// ``PosixLogStorage`` is the real one; fault-injection tests put a double here that loses
/// unsynced writes or fails fsync, while the log's logic stays the code under test.
public protocol LogStorage: AnyObject {
    /// The folder that holds the segments, for messages.
    var directory: String { get }
    /// The names of the segment files, in order.
    func segmentNames() throws(LogError) -> [String]
    /// All bytes of a segment.
    func read(_ segment: String) throws(LogError) -> [UInt8]
    /// Appends `bytes` to a segment (created if missing) in one write. On failure nothing of
    /// `bytes` remains in the file.
    func append(_ bytes: [UInt8], to segment: String) throws(LogError)
    /// Flushes a segment's data to stable storage (fdatasync).
    func sync(_ segment: String) throws(LogError)
    /// Cuts a segment to `length` bytes, durably.
    func truncate(_ segment: String, to length: Int) throws(LogError)
    /// Keeps `bytes` in a file beside the segments (what was cut off a torn tail), durably.
    func saveAside(_ bytes: [UInt8], name: String) throws(LogError)
}

/// Segment files are `events-000001.jsonl`, `events-000002.jsonl`, …
enum SegmentName {
    static func make(_ index: Int) -> String {
        let digits = String(index)
        return "events-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits + ".jsonl"
    }

    static func index(_ name: String) -> Int? {
        guard name.hasPrefix("events-"), name.hasSuffix(".jsonl") else { return nil }
        let middle = name.dropFirst("events-".count).dropLast(".jsonl".count)
        guard middle.count >= 6, middle.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(middle)
    }
}

/// The log's storage on a POSIX file system.
public final class PosixLogStorage: LogStorage {
    public let directory: String
    private var handles: [String: Int32] = [:]

    /// Opens (and creates if needed) the log folder.
    public init(directory: String) throws(LogError) {
        self.directory = directory
        if mkdir(directory, 0o755) != 0 && errno != EEXIST {
            throw Self.failure("cannot create the log folder", file: directory)
        }
    }

    deinit {
        for fd in handles.values { close(fd) }
    }

    private func path(_ name: String) -> String { directory + "/" + name }

    static func failure(_ what: String, file: String, code: LogError.Code = .io) -> LogError {
        let err = errno
        let resolved: LogError.Code = (err == ENOSPC || err == EDQUOT) ? .noSpace : code
        return LogError(code: resolved, message: "\(what): \(String(cString: strerror(err)))", file: file)
    }

    public func segmentNames() throws(LogError) -> [String] {
        guard let dir = opendir(directory) else { throw Self.failure("cannot list the log folder", file: directory) }
        defer { closedir(dir) }
        var names: [(Int, String)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if let index = SegmentName.index(name) { names.append((index, name)) }
        }
        return names.sorted { $0.0 < $1.0 }.map(\.1)
    }

    public func read(_ segment: String) throws(LogError) -> [UInt8] {
        let file = path(segment)
        let fd = open(file, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Self.failure("cannot open", file: file) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Self.failure("cannot stat", file: file) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.read(fd, base + filled, buffer.count - filled)
            }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw Self.failure("cannot read", file: file) }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    private func handle(_ segment: String) throws(LogError) -> Int32 {
        if let fd = handles[segment] { return fd }
        let file = path(segment)
        let existed = access(file, F_OK) == 0
        let fd = open(file, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Self.failure("cannot open for appending", file: file) }
        if !existed {
            // A new file's directory entry must be durable too.
            try syncDirectory()
        }
        for (_, old) in handles { close(old) }
        handles = [segment: fd]
        return fd
    }

    private func syncDirectory() throws(LogError) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw Self.failure("cannot open the log folder", file: directory) }
        defer { close(fd) }
        guard fsync(fd) == 0 else {
            throw Self.failure("fsync of the log folder failed", file: directory, code: .syncFailed)
        }
    }

    public func append(_ bytes: [UInt8], to segment: String) throws(LogError) {
        let fd = try handle(segment)
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Self.failure("cannot stat", file: path(segment)) }
        let before = info.st_size
        do {
            _ = try FileDescriptor(rawValue: fd).writeAll(bytes)
        } catch {
            errno = (error as? Errno)?.rawValue ?? EIO
            let failure = Self.failure("cannot append", file: path(segment))
            // Leave no partial record behind.
            _ = ftruncate(fd, before)
            throw failure
        }
    }

    public func sync(_ segment: String) throws(LogError) {
        let fd = try handle(segment)
        guard fdatasync(fd) == 0 else {
            throw Self.failure(
                "fdatasync failed; the last records may not be on disk",
                file: path(segment),
                code: .syncFailed
            )
        }
    }

    public func truncate(_ segment: String, to length: Int) throws(LogError) {
        let file = path(segment)
        let fd = open(file, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Self.failure("cannot open", file: file) }
        defer { close(fd) }
        guard ftruncate(fd, off_t(length)) == 0 else { throw Self.failure("cannot truncate", file: file) }
        guard fsync(fd) == 0 else { throw Self.failure("fsync failed", file: file, code: .syncFailed) }
    }

    public func saveAside(_ bytes: [UInt8], name: String) throws(LogError) {
        let file = path(name)
        let fd = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Self.failure("cannot create", file: file) }
        defer { close(fd) }
        do {
            _ = try FileDescriptor(rawValue: fd).writeAll(bytes)
        } catch {
            errno = (error as? Errno)?.rawValue ?? EIO
            throw Self.failure("cannot write", file: file)
        }
        guard fsync(fd) == 0 else { throw Self.failure("fsync failed", file: file, code: .syncFailed) }
        try syncDirectory()
    }
}
