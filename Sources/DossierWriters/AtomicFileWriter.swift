import Dispatch
import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Why a file could not be written. Names the file.
public struct WriteError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var file: String
    /// The errno of the failed call.
    public var errno: Int32

    public var description: String { "\(file): \(message) [errno \(errno)]" }
}

/// Replaces files atomically: the new content goes to a temporary file in the same folder,
/// is fsync'd, and is renamed over the old one, then the folder is fsync'd. A reader (or a
/// crash) sees the old file or the new one, never half of one.
public struct AtomicFileWriter: Sendable {
    /// The folder the files live in (created if missing).
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// Writes the files whose content differs from what is on disk; returns the names written.
    @discardableResult
    public func write(_ files: [(name: String, bytes: [UInt8])]) throws(WriteError) -> [String] {
        try Self.makeDirectory(directory)
        var written: [String] = []
        for file in files where try writeOne(name: file.name, bytes: file.bytes) {
            written.append(file.name)
        }
        if !written.isEmpty { try Self.syncDirectory(directory) }
        return written
    }

    /// Replaces one file unless it already holds `bytes` (the folder is not synced); whether it
    /// was written.
    func writeOne(name: String, bytes: [UInt8]) throws(WriteError) -> Bool {
        let path = directory + "/" + name
        if Self.contents(of: path) == bytes { return false }
        try Self.replace(path: path, with: bytes, syncDirectory: false)
        return true
    }

    /// ``writeOne(name:bytes:)`` for a file given as the pieces of text it is joined from (the
    /// page): compared with the file on disk piece by piece, and written from the pieces
    /// themselves (`writev`), never joined into one buffer.
    func writeOne(name: String, pieces: [String]) throws(WriteError) -> Bool {
        let path = directory + "/" + name
        if let old = Self.contents(of: path), Self.equal(old, pieces) { return false }
        try Self.replace(path: path, withPieces: pieces, syncDirectory: false)
        return true
    }

    /// Whether `bytes` are the bytes of the pieces one after the other (compared with `memcmp`,
    /// piece by piece, where the pieces' UTF-8 is contiguous).
    static func equal(_ bytes: [UInt8], _ pieces: [String]) -> Bool {
        var at = 0
        for piece in pieces {
            let utf8 = piece.utf8
            guard bytes.count - at >= utf8.count else { return false }
            let same =
                utf8.withContiguousStorageIfAvailable { piece in
                    bytes.withUnsafeBufferPointer { all in
                        guard let base = all.baseAddress, let start = piece.baseAddress else { return true }
                        return memcmp(base + at, start, piece.count) == 0
                    }
                } ?? bytes[at..<(at + utf8.count)].elementsEqual(utf8)
            guard same else { return false }
            at += utf8.count
        }
        return at == bytes.count
    }

    /// Atomically replaces the file at `path` with `bytes`.
    public static func replace(path: String, with bytes: [UInt8], syncDirectory: Bool = true) throws(WriteError) {
        try replace(path: path, syncDirectory: syncDirectory) { fd throws(WriteError) in
            do {
                _ = try FileDescriptor(rawValue: fd).writeAll(bytes)
            } catch {
                let code = (error as? Errno)?.rawValue ?? EIO
                throw WriteError(message: "cannot write: \(error)", file: path, errno: code)
            }
        }
    }

    /// Atomically replaces the file at `path` with the pieces' bytes one after the other.
    public static func replace(path: String, withPieces pieces: [String], syncDirectory: Bool = true) throws(WriteError)
    {
        try replace(path: path, syncDirectory: syncDirectory) { fd throws(WriteError) in
            try writePieces(pieces, to: fd, path: path)
        }
    }

    /// Writes the pieces with `writev`, up to 1,024 at a time (`IOV_MAX`), going on after a short
    /// write.
    ///
    /// The vectors point at the strings' own storage outside `withContiguousStorageIfAvailable`:
    /// the storage of a native string of more than 15 bytes is a heap object that stays where it
    /// is while the string lives unchanged (`pieces`, held until the writes are done). A short
    /// piece (under 32 bytes: small strings are kept inside the `String` value itself, and the
    /// pointer handed out for one is to a temporary copy) and any piece whose UTF-8 is not
    /// contiguous are copied into a buffer of their own first. The tests compare the file with
    /// the pieces joined, for pieces of every kind and more than 1,024 of them.
    static func writePieces(_ pieces: [String], to fd: Int32, path: String) throws(WriteError) {
        let isShort = { (piece: String) in
            piece.utf8.count < 32 || piece.utf8.withContiguousStorageIfAvailable({ _ in () }) == nil
        }
        let shortBytes = pieces.reduce(0) { isShort($1) ? $0 + $1.utf8.count : $0 }
        let side = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, shortBytes), alignment: 16)
        defer { side.deallocate() }
        var sideUsed = 0
        var vectors: [iovec] = []
        vectors.reserveCapacity(min(pieces.count, 1024))
        var next = 0
        while next < pieces.count {
            let end = min(pieces.count, next + 1024)
            vectors.removeAll(keepingCapacity: true)
            var total = 0
            for piece in pieces[next..<end] where !piece.isEmpty {
                let count = piece.utf8.count
                if isShort(piece) {
                    guard let base = side.baseAddress else { continue }
                    let copied = UnsafeMutableRawBufferPointer(start: base + sideUsed, count: count)
                    copied.copyBytes(from: piece.utf8)
                    vectors.append(iovec(iov_base: base + sideUsed, iov_len: count))
                    sideUsed += count
                } else {
                    piece.utf8.withContiguousStorageIfAvailable { utf8 in
                        guard let base = utf8.baseAddress else { return }
                        vectors.append(iovec(iov_base: UnsafeMutableRawPointer(mutating: base), iov_len: count))
                    }
                }
                total += count
            }
            try writeVectors(&vectors, total: total, to: fd, path: path)
            next = end
        }
        withExtendedLifetime(pieces) {}
    }

    /// `writev` of `vectors` (`total` bytes) until all are written, retried on `EINTR`.
    static func writeVectors(_ vectors: inout [iovec], total: Int, to fd: Int32, path: String) throws(WriteError) {
        var left = total
        var first = 0
        while left > 0 {
            let n = vectors.withUnsafeMutableBufferPointer { all -> Int in
                guard let base = all.baseAddress else { return 0 }
                return writev(fd, base + first, Int32(all.count - first))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure("cannot write", path)
            }
            guard n > 0 else { throw WriteError(message: "cannot write: no progress", file: path, errno: EIO) }
            left -= n
            // Skip the vectors written whole; advance into a partly written one.
            var done = n
            while first < vectors.count && done >= vectors[first].iov_len {
                done -= vectors[first].iov_len
                first += 1
            }
            if done > 0 {
                vectors[first].iov_base = vectors[first].iov_base.map { $0 + done }
                vectors[first].iov_len -= done
            }
        }
    }

    /// The temporary file, fsync, rename (and the folder's fsync) around `write`.
    private static func replace(
        path: String,
        syncDirectory: Bool,
        write: (Int32) throws(WriteError) -> Void
    ) throws(WriteError) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = folder + "/." + name + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure("cannot create a temporary file", temporary) }
        var ok = false
        defer {
            if !ok { unlink(temporary) }
        }
        do throws(WriteError) {
            try write(fd)
        } catch {
            close(fd)
            throw WriteError(message: error.message, file: temporary, errno: error.errno)
        }
        guard fsync(fd) == 0 else {
            let error = failure("fsync failed", temporary)
            close(fd)
            throw error
        }
        close(fd)
        guard rename(temporary, path) == 0 else { throw failure("cannot rename into place", path) }
        ok = true
        if syncDirectory { try Self.syncDirectory(folder) }
    }

    /// The bytes of a file, or `nil` when it cannot be read.
    public static func contents(of path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return read(fd, base + filled, buffer.count - filled)
            }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            filled += n
        }
        return bytes
    }

    /// Creates a folder and its parents; the last one with `mode` (less the umask).
    public static func makeDirectory(_ path: String, mode: mode_t = 0o755) throws(WriteError) {
        var current = path.hasPrefix("/") ? "" : "."
        let parts = path.split(separator: "/")
        for (index, part) in parts.enumerated() {
            current += "/" + part
            let created = mkdir(current, index == parts.count - 1 ? mode : 0o755)
            if created != 0 && errno != EEXIST { throw failure("cannot create the folder", current) }
        }
    }

    static func syncDirectory(_ path: String) throws(WriteError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("cannot open the folder", path) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw failure("fsync of the folder failed", path) }
    }

    static func failure(_ what: String, _ file: String) -> WriteError {
        let code = errno
        return WriteError(message: "\(what): \(String(cString: strerror(code)))", file: file, errno: code)
    }
}

/// ``AtomicFileWriter/write(_:)`` on another thread, file by file as each is handed over: the
/// same files written the same way, in the order given, with the same names returned and the
/// same first error thrown (nothing after a failed file is written).
///
/// Written for `rebuild` (session 10, docs/performance.md): the projection files of a million
/// events are 430 MB, and writing them (the kernel's copy into the page cache, then `fsync`) took
/// about a second after the last file was rendered, with the other core idle. Handed over as they
/// are made, the first files are written while the later ones are still being rendered.
public final class AtomicFileWriterInBackground: @unchecked Sendable {
    // @unchecked: `written` and `failure` are touched only by blocks of `queue` (one at a time,
    // in order) and read by `finish()` after `queue.sync`, which orders them before the read.
    private let writer: AtomicFileWriter
    private let queue = DispatchQueue(label: "dossier.files")
    private var written: [String] = []
    private var failure: WriteError?

    public init(_ writer: AtomicFileWriter) {
        self.writer = writer
        queue.async {
            do throws(WriteError) {
                try AtomicFileWriter.makeDirectory(writer.directory)
            } catch {
                self.failure = error
            }
        }
    }

    /// Writes `bytes` as the file `name` after the files handed over before it.
    public func add(name: String, bytes: [UInt8]) {
        enqueue(name) { writer throws(WriteError) in try writer.writeOne(name: name, bytes: bytes) }
    }

    /// Writes the pieces, one after the other, as the file `name` (without joining them), after
    /// the files handed over before it.
    public func add(name: String, pieces: [String]) {
        enqueue(name) { writer throws(WriteError) in try writer.writeOne(name: name, pieces: pieces) }
    }

    /// Runs one file's write on the queue, unless an earlier one failed; notes the name when the
    /// file changed, or keeps the first error.
    private func enqueue(
        _ name: String,
        _ write: @escaping @Sendable (AtomicFileWriter) throws(WriteError) -> Bool
    ) {
        queue.async {
            guard self.failure == nil else { return }
            do throws(WriteError) {
                if try write(self.writer) { self.written.append(name) }
            } catch {
                self.failure = error
            }
        }
    }

    /// Waits for every file handed over, syncs the folder if any was written, and returns their
    /// names (what ``AtomicFileWriter/write(_:)`` returns), or throws the first error.
    public func finish() throws(WriteError) -> [String] {
        queue.sync {}
        if let failure { throw failure }
        if !written.isEmpty { try AtomicFileWriter.syncDirectory(writer.directory) }
        return written
    }
}
