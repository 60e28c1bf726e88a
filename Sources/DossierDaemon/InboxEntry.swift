import CSystemShims
import Foundation
import SystemPackage

#if canImport(Glibc)
import Glibc
#endif

/// An entry of the inbox, named by its raw bytes (file names need not be UTF-8).
struct InboxEntry: Hashable, Sendable {
    let name: [UInt8]

    /// The name for people and logs (invalid UTF-8 shown with replacement characters).
    var displayName: String { String(decoding: name, as: UTF8.self) }

    func path(in folder: String) -> FilePath {
        let bytes = Array(folder.utf8) + [UInt8(ascii: "/")] + name + [0]
        return FilePath(platformString: bytes.map { CChar(bitPattern: $0) })
    }

    /// Names that are still being written by their convention, and are ingested only once
    /// renamed: hidden names, `*.tmp`, `*.part`, `*.crdownload`, `*~`.
    var isIgnored: Bool {
        guard let first = name.first else { return true }
        if first == UInt8(ascii: ".") { return true }
        if name.last == UInt8(ascii: "~") { return true }
        let lower = displayName.lowercased()
        return lower.hasSuffix(".tmp") || lower.hasSuffix(".part") || lower.hasSuffix(".crdownload")
    }
}

/// What `lstat` says about an entry.
struct EntryStatus: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case regular, directory, symlink, fifo, socket, device, other }
    var kind: Kind
    var size: Int64
    var modified: timespec
    var links: Int

    static func == (a: EntryStatus, b: EntryStatus) -> Bool {
        a.kind == b.kind && a.size == b.size && a.modified.tv_sec == b.modified.tv_sec
            && a.modified.tv_nsec == b.modified.tv_nsec && a.links == b.links
    }

    /// `nil` when the entry is gone; `errno` is then ENOENT.
    static func of(_ path: FilePath) -> EntryStatus? {
        var info = stat()
        let result = path.withPlatformString { lstat($0, &info) }
        guard result == 0 else { return nil }
        let kind: Kind
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symlink
        case S_IFIFO: kind = .fifo
        case S_IFSOCK: kind = .socket
        case S_IFCHR, S_IFBLK: kind = .device
        default: kind = .other
        }
        return EntryStatus(kind: kind, size: Int64(info.st_size), modified: info.st_mtim, links: Int(info.st_nlink))
    }

    var describedKind: String {
        switch kind {
        case .regular: "a regular file"
        case .directory: "a directory"
        case .symlink: "a symbolic link"
        case .fifo: "a FIFO"
        case .socket: "a socket"
        case .device: "a device"
        case .other: "an unknown kind of file"
        }
    }
}

/// Moves reports out of the inbox without ever replacing a file already there.
enum FileMover {
    /// Moves `entry` from `inbox` into `folder`; a name already taken gets `-2`, `-3`, … before
    /// its extension. Returns the name used.
    static func move(_ entry: InboxEntry, from inbox: String, to folder: String) throws(MoveError) -> [UInt8] {
        let source = entry.path(in: inbox)
        for attempt in 1...10_000 {
            let name = attempt == 1 ? entry.name : suffixed(entry.name, attempt)
            let target = InboxEntry(name: name).path(in: folder)
            let result = source.withPlatformString { from in
                target.withPlatformString { to in dossier_rename_noreplace(from, to) }
            }
            if result == 0 { return name }
            if errno == EEXIST { continue }
            throw MoveError(
                message: "cannot move to \(folder): \(String(cString: strerror(errno)))",
                file: source.description,
                errno: errno
            )
        }
        throw MoveError(message: "no free name in \(folder)", file: source.description, errno: EEXIST)
    }

    /// `report.txt` → `report-2.txt`; `report` → `report-2`.
    static func suffixed(_ name: [UInt8], _ n: Int) -> [UInt8] {
        let dot = name.lastIndex(of: UInt8(ascii: "."))
        guard let dot, dot > 0 else { return name + Array("-\(n)".utf8) }
        return Array(name[..<dot]) + Array("-\(n)".utf8) + Array(name[dot...])
    }
}

/// A report could not be moved out of the inbox.
struct MoveError: Error, CustomStringConvertible {
    var message: String
    var file: String
    var errno: Int32
    var description: String { "\(file): \(message)" }
}
