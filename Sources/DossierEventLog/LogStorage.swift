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
    /// ``append(_:to:)`` of bytes in memory the caller owns (no array made of them).
    func append(bytes: UnsafeRawBufferPointer, to segment: String) throws(LogError)
    /// Flushes a segment's data to stable storage (fdatasync).
    func sync(_ segment: String) throws(LogError)
    /// Cuts a segment to `length` bytes, durably.
    func truncate(_ segment: String, to length: Int) throws(LogError)
    /// Keeps `bytes` in a file beside the segments (what was cut off a torn tail), durably.
    func saveAside(_ bytes: [UInt8], name: String) throws(LogError)
    /// The size of a segment in bytes.
    func size(_ segment: String) throws(LogError) -> Int
    /// The bytes of a segment from `offset` to its end (none when it is shorter).
    func read(_ segment: String, from offset: Int) throws(LogError) -> [UInt8]
}

extension LogStorage {
    /// Appends a copy of the bytes as an array (storages that write from memory do better).
    public func append(bytes: UnsafeRawBufferPointer, to segment: String) throws(LogError) {
        try append(Array(bytes), to: segment)
    }

    /// The size of a segment, by reading it (storages that can ask the file system do).
    public func size(_ segment: String) throws(LogError) -> Int {
        try read(segment).count
    }

    /// The bytes of a segment from `offset`, by reading all of it (storages that can seek do better).
    public func read(_ segment: String, from offset: Int) throws(LogError) -> [UInt8] {
        let bytes = try read(segment)
        return offset < bytes.count ? Array(bytes[max(0, offset)...]) : []
    }
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
        try read(segment, from: 0)
    }

    public func read(_ segment: String, from offset: Int) throws(LogError) -> [UInt8] {
        let file = path(segment)
        let fd = open(file, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Self.failure("cannot open", file: file) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Self.failure("cannot stat", file: file) }
        let start = max(0, offset)
        let count = max(0, Int(info.st_size) - start)
        // Filled by `pread` straight into the array's storage (no zeroing pass over it first).
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var filled = 0
            while filled < count {
                let n = pread(fd, buffer.baseAddress.map { $0 + filled }, count - filled, off_t(start + filled))
                if n < 0 && errno == EINTR { continue }
                if n < 0 {
                    failed = true
                    break
                }
                if n == 0 { break }
                filled += n
            }
            initialized = filled
        }
        if failed { throw Self.failure("cannot read", file: file) }
        return bytes
    }

    /// Reads a whole segment into `buffer` (grown when too small, else reused: a scan of many
    /// segments then touches fresh memory only once) and returns how many bytes it holds.
    func read(_ segment: String, into buffer: inout [UInt8]) throws(LogError) -> Int {
        let file = path(segment)
        let fd = open(file, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Self.failure("cannot open", file: file) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Self.failure("cannot stat", file: file) }
        let count = Int(info.st_size)
        if buffer.count < count {
            // Not zeroed: every byte read is written by `pread` first, and only those are used.
            // An eighth more than this segment (session 9): segments are cut at about the same size,
            // each a few KB larger than the one before, and growing by exactly what was needed
            // took fresh memory for 62 MB again at nearly every segment of a million events
            // (a sixth of `rebuild`'s page faults). Pages never read into cost nothing.
            let room = count + count / 8
            buffer = [UInt8](unsafeUninitializedCapacity: room) { _, initialized in initialized = room }
        }
        var failed = false
        let filled = buffer.withUnsafeMutableBytes { all -> Int in
            var filled = 0
            while filled < count {
                let n = pread(fd, all.baseAddress.map { $0 + filled }, count - filled, off_t(filled))
                if n < 0 && errno == EINTR { continue }
                if n < 0 {
                    failed = true
                    break
                }
                if n == 0 { break }
                filled += n
            }
            return filled
        }
        if failed { throw Self.failure("cannot read", file: file) }
        return filled
    }

    public func size(_ segment: String) throws(LogError) -> Int {
        let file = path(segment)
        var info = stat()
        guard stat(file, &info) == 0 else { throw Self.failure("cannot stat", file: file) }
        return Int(info.st_size)
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
        let written: Result<Void, LogError> = bytes.withUnsafeBytes { raw in
            do throws(LogError) {
                try append(bytes: raw, to: segment)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try written.get()
    }

    public func append(bytes: UnsafeRawBufferPointer, to segment: String) throws(LogError) {
        let fd = try handle(segment)
        // One system call per append besides `fdatasync`, as in a raw write + fdatasync loop (an
        // `fstat` before every write, for the size to cut back to, was a second one): the size is
        // asked only when a write fails, less what this append wrote (the log's lock makes this
        // the only writer, and O_APPEND puts the bytes at the end).
        var written = 0
        while written < bytes.count, let base = bytes.baseAddress {
            let n = systemWrite(fd, base + written, bytes.count - written)
            if n > 0 {
                written += n
                continue
            }
            if n < 0 && errno == EINTR { continue }
            if n == 0 { errno = EIO }
            let failure = Self.failure("cannot append", file: path(segment))
            // Leave no partial record behind.
            var info = stat()
            if fstat(fd, &info) == 0 { _ = ftruncate(fd, info.st_size - off_t(written)) }
            throw failure
        }
    }

    /// The `write(2)` of ``append(bytes:to:)``: a test puts one here that fails part way.
    var systemWrite: (Int32, UnsafeRawPointer, Int) -> Int = { fd, bytes, count in write(fd, bytes, count) }

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
