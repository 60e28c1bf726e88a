import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a report's bytes safely: never follows a symlink, never opens a FIFO, socket or
/// device (so a read can never block), and never reads more than the size limit.
public struct ReportReader: Sendable {
    /// The largest report accepted, in bytes.
    public var maxBytes: Int

    public init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    /// The bytes of the file at `path`.
    public func read(path: String) throws(IngestError) -> [UInt8] {
        try read(path: FilePath(path))
    }

    /// The bytes of the file at `filePath`, whose name may be any bytes (not only UTF-8).
    public func read(path filePath: FilePath) throws(IngestError) -> [UInt8] {
        let path = filePath.description
        // O_NONBLOCK so that opening a FIFO cannot hang; O_NOFOLLOW so a symlink is refused.
        let fd = filePath.withPlatformString { open($0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY) }
        if fd < 0 {
            let err = errno
            switch err {
            case ENOENT: throw IngestError(code: .notFound, message: "the file is gone", path: path)
            case ELOOP: throw IngestError(code: .notRegularFile, message: "a symbolic link (not followed)", path: path)
            case EACCES, EPERM:
                throw IngestError(code: .unreadable, message: "permission denied", path: path)
            default:
                throw IngestError(
                    code: .unreadable,
                    message: "cannot open: \(String(cString: strerror(err)))",
                    path: path
                )
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw IngestError(
                code: .unreadable,
                message: "cannot stat: \(String(cString: strerror(errno)))",
                path: path
            )
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            throw IngestError(code: .notRegularFile, message: "not a regular file (\(Self.describe(type)))", path: path)
        }
        let size = Int(info.st_size)
        if size > maxBytes {
            throw IngestError(
                code: .tooLarge,
                message: "\(size) bytes, larger than the limit of \(maxBytes) bytes",
                path: path
            )
        }
        // Read until EOF, but never past the limit (the file may grow after fstat).
        var bytes = [UInt8](repeating: 0, count: min(size, maxBytes) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                if bytes.count > maxBytes {
                    throw IngestError(
                        code: .tooLarge,
                        message: "grew past the limit of \(maxBytes) bytes while read",
                        path: path
                    )
                }
                bytes.append(contentsOf: repeatElement(0, count: min(65536, maxBytes + 1 - bytes.count)))
            }
            let n = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.read(fd, base + filled, buffer.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw IngestError(
                    code: .unreadable,
                    message: "read failed: \(String(cString: strerror(errno)))",
                    path: path
                )
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    static func describe(_ type: mode_t) -> String {
        switch type {
        case S_IFDIR: "a directory"
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFLNK: "a symbolic link"
        default: "file type \(type)"
        }
    }
}
