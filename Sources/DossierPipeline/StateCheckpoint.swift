import DossierEventLog
import DossierModel
import DossierProjection
import DossierWriters
import Foundation

/// The projection state saved beside the projections, with the log position it includes, so that
/// opening a big log does not check, decode and fold again what the state already holds.
///
/// A binary file: a magic line, a format version, the length of what follows, the location of the
/// last record included (segment, byte offsets, counts: ``LogLocation``), the state
/// (``ProjectionState/binaryEncoded()``), and a CRC-32C of all of it. Written atomically; a
/// checkpoint that cannot be read, fails its checksum, was written by another format version, or
/// does not match the log is ignored (the log is the truth; the checkpoint only saves time).
enum StateCheckpoint {
    /// Hidden, so that it is not taken for a projection file (and `rebuild` leaves it to be replaced).
    static let fileName = ".state-checkpoint"
    /// The JSON checkpoint of earlier builds: removed when a new one is saved.
    static let legacyFileName = ".state-checkpoint.json"
    static let formatVersion: UInt32 = 3
    static let magic = Array("DOSSIER-STATE\n".utf8)

    /// What a checkpoint holds.
    struct Saved {
        var state: ProjectionState
        /// Where the last record the state includes lies in the log, when it was known on saving.
        var location: LogLocation?
    }

    static func load(path: String) -> Saved? {
        guard let bytes = AtomicFileWriter.contents(of: path) else { return nil }
        return bytes.withUnsafeBytes { decode($0) }
    }

    static func save(_ state: ProjectionState, location: LogLocation?, path: String) throws(WriteError) {
        try AtomicFileWriter.replace(path: path, with: encode(state, location: location))
        let legacy = (path as NSString).deletingLastPathComponent + "/" + legacyFileName
        if FileManager.default.fileExists(atPath: legacy) { try? FileManager.default.removeItem(atPath: legacy) }
    }

    static func encode(_ state: ProjectionState, location: LogLocation?) -> [UInt8] {
        var payload = Bytes()
        if let location, location.position == state.checkpoint {
            payload.out.append(1)
            payload.location(location)
        } else {
            payload.out.append(0)
        }
        payload.out += state.binaryEncoded()
        var file = Bytes()
        file.out = magic
        file.fixed(UInt64(formatVersion), width: 4)
        file.fixed(UInt64(payload.out.count), width: 8)
        file.out += payload.out
        file.fixed(UInt64(CRC32C.checksum(file.out)), width: 4)
        return file.out
    }

    static func decode(_ bytes: UnsafeRawBufferPointer) -> Saved? {
        let header = magic.count + 12
        guard bytes.count >= header + 4, bytes.starts(with: magic) else { return nil }
        var reader = Reader(bytes: bytes, offset: magic.count)
        guard let version = reader.fixed(width: 4), version == UInt64(formatVersion),
            let length = reader.fixed(width: 8), length == UInt64(bytes.count - header - 4)
        else { return nil }
        let body = bytes.count - 4
        var crc = Reader(bytes: bytes, offset: body)
        guard let stored = crc.fixed(width: 4),
            UInt64(CRC32C.checksum(UnsafeRawBufferPointer(rebasing: bytes[..<body]))) == stored
        else { return nil }
        var location: LogLocation?
        switch reader.byte() {
        case 0: location = nil
        case 1:
            guard let found = reader.location() else { return nil }
            location = found
        default: return nil
        }
        guard
            let state = try? ProjectionState(
                binary: UnsafeRawBufferPointer(rebasing: bytes[reader.offset..<body])
            )
        else { return nil }
        if let found = location, found.position != state.checkpoint { location = nil }
        return Saved(state: state, location: location)
    }

    /// Little-endian integers and length-prefixed strings.
    private struct Bytes {
        var out: [UInt8] = []

        mutating func fixed(_ value: UInt64, width: Int) {
            for i in 0..<width { out.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(i)))) }
        }

        mutating func string(_ value: String) {
            fixed(UInt64(value.utf8.count), width: 4)
            out += value.utf8
        }

        mutating func location(_ l: LogLocation) {
            fixed(l.position.sequence, width: 8)
            string(l.position.hash)
            string(l.segment)
            for value in [l.start, l.end, l.line, l.records, l.events, l.reportsIngested, l.reportsRejected] {
                fixed(UInt64(value), width: 8)
            }
            fixed(UInt64(l.earlierSegments.count), width: 4)
            for segment in l.earlierSegments {
                string(segment.name)
                fixed(UInt64(segment.size), width: 8)
            }
        }
    }

    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset: Int

        mutating func byte() -> UInt8? {
            guard offset < bytes.count else { return nil }
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func fixed(width: Int) -> UInt64? {
            guard bytes.count - offset >= width else { return nil }
            var value: UInt64 = 0
            for i in 0..<width { value |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
            offset += width
            return value
        }

        mutating func count() -> Int? {
            guard let value = fixed(width: 8), value <= UInt64(Int.max) else { return nil }
            return Int(value)
        }

        mutating func string() -> String? {
            guard let length = fixed(width: 4), UInt64(bytes.count - offset) >= length else { return nil }
            defer { offset += Int(length) }
            return String(
                decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + Int(length))]),
                as: UTF8.self
            )
        }

        mutating func location() -> LogLocation? {
            guard let sequence = fixed(width: 8), let hash = string(), let segment = string(),
                let start = count(), let end = count(), let line = count(), let records = count(),
                let events = count(), let ingested = count(), let rejected = count(),
                let segments = fixed(width: 4), segments <= UInt64(bytes.count - offset)
            else { return nil }
            var earlier: [LogLocation.Segment] = []
            for _ in 0..<segments {
                guard let name = string(), let size = count() else { return nil }
                earlier.append(LogLocation.Segment(name: name, size: size))
            }
            return LogLocation(
                position: LogPosition(sequence: sequence, hash: hash),
                segment: segment,
                start: start,
                end: end,
                line: line,
                earlierSegments: earlier,
                records: records,
                events: events,
                reportsIngested: ingested,
                reportsRejected: rejected
            )
        }
    }
}

/// A state checkpoint saved on a thread of its own (see ``Pipeline/writeProjections()``): a
/// `Thread`, not one of Dispatch's pool, as for the page drawn in the background.
final class CheckpointInBackground: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written by the saving thread before it leaves `done`; read after waiting for it.
    private var result: Result<Void, WriteError> = .success(())

    init(_ state: ProjectionState, location: LogLocation?, path: String) {
        done.enter()
        let thread = Thread {
            do throws(WriteError) {
                try StateCheckpoint.save(state, location: location, path: path)
            } catch {
                self.result = .failure(error)
            }
            self.done.leave()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Whether the checkpoint was saved, once it is done.
    func wait() -> Result<Void, WriteError> {
        done.wait()
        return result
    }
}
