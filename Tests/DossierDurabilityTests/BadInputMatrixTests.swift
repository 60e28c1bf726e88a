import DossierTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// What should become of an input dropped into the inbox.
enum Fate: CustomStringConvertible, Sendable {
    /// Ingested and moved to `processed/` under this name.
    case processed([UInt8])
    /// Moved to `rejected/` with `NAME.error.json` holding this code.
    case rejected(String, code: String)
    /// Gone from the inbox without a trace in `processed/` or `rejected/`.
    case vanished(String)
    /// Processed, and the content already in the log (a duplicate).
    case duplicate(String)

    var description: String {
        switch self {
        case .processed(let name): "processed \(String(decoding: name, as: UTF8.self))"
        case .rejected(let name, let code): "rejected \(name) (\(code))"
        case .vanished(let name): "vanished \(name)"
        case .duplicate(let name): "duplicate \(name)"
        }
    }
}

/// One row of the matrix: how to drop the input, and its fate.
struct Case: CustomStringConvertible, Sendable {
    let name: String
    let drop: @Sendable (RunningDaemon) throws -> Void
    let fate: Fate
    var description: String { name }
}

func rawPath(_ folder: String, _ name: [UInt8]) -> [CChar] {
    (Array(folder.utf8) + [UInt8(ascii: "/")] + name + [0]).map { CChar(bitPattern: $0) }
}

/// Writes `bytes` elsewhere and renames them into the inbox under a name of any bytes.
func dropRaw(_ daemon: RunningDaemon, _ name: [UInt8], _ bytes: [UInt8]) {
    let staged = daemon.scratch.path + "/staged-\(UUID().uuidString)"
    _ = FileManager.default.createFile(atPath: staged, contents: Data(bytes))
    _ = rename(staged, rawPath(daemon.inbox, name))
}

let limit = 16 << 20

let matrix: [Case] = [
    Case(
        name: "FIFO",
        drop: { d in _ = mkfifo(d.inbox + "/fifo", 0o644) },
        fate: .rejected("fifo", code: "not-a-regular-file")
    ),
    Case(
        name: "socket",
        drop: { d in
            let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            let path = Array((d.inbox + "/sock").utf8)
            withUnsafeMutableBytes(of: &address.sun_path) { raw in for (i, b) in path.enumerated() { raw[i] = b } }
            _ = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
            close(fd)
        },
        fate: .rejected("sock", code: "not-a-regular-file")
    ),
    Case(
        name: "symlink to a file outside the inbox",
        drop: { d in _ = symlink(d.scratch.write("outside.txt", "outside"), d.inbox + "/link.txt") },
        fate: .rejected("link.txt", code: "not-a-regular-file")
    ),
    Case(
        name: "symlink loop",
        drop: { d in
            _ = symlink(d.inbox + "/loop-b", d.scratch.path + "/loop-a")
            _ = symlink(d.scratch.path + "/loop-a", d.scratch.path + "/loop-b-staged")
            _ = rename(d.scratch.path + "/loop-b-staged", d.inbox + "/loop-b")
        },
        fate: .rejected("loop-b", code: "not-a-regular-file")
    ),
    Case(
        name: "hard link",
        drop: { d in _ = link(d.scratch.write("hard-src.txt", "a report dropped as a hard link"), d.inbox + "/hard.txt")
        },
        fate: .processed(Array("hard.txt".utf8))
    ),
    Case(
        name: "directory with nested directories",
        drop: { d in
            try FileManager.default.createDirectory(
                atPath: d.scratch.path + "/dir/a/b",
                withIntermediateDirectories: true
            )
            _ = FileManager.default.createFile(atPath: d.scratch.path + "/dir/a/b/r.txt", contents: Data("inside".utf8))
            _ = rename(d.scratch.path + "/dir", d.inbox + "/dir")
        },
        fate: .rejected("dir", code: "not-a-regular-file")
    ),
    Case(name: "empty file", drop: { d in d.drop("empty.txt", "") }, fate: .rejected("empty.txt", code: "empty")),
    Case(name: "1-byte file", drop: { d in d.drop("one.txt", "x") }, fate: .processed(Array("one.txt".utf8))),
    Case(
        name: "larger than the limit (sparse)",
        drop: { d in
            let staged = d.scratch.path + "/sparse.txt"
            let fd = open(staged, O_WRONLY | O_CREAT, 0o644)
            _ = ftruncate(fd, off_t(limit + 1))
            close(fd)
            _ = rename(staged, d.inbox + "/sparse.txt")
        },
        fate: .rejected("sparse.txt", code: "too-large")
    ),
    Case(
        name: "binary data",
        drop: { d in dropRaw(d, Array("binary.txt".utf8), [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2]) },
        fate: .rejected("binary.txt", code: "not-text")
    ),
    Case(
        name: "invalid UTF-8",
        drop: { d in dropRaw(d, Array("latin1.txt".utf8), Array("caf".utf8) + [0xE9, 0x0A]) },
        fate: .rejected("latin1.txt", code: "not-text")
    ),
    Case(
        name: "UTF-16 with BOM",
        drop: { d in
            dropRaw(
                d,
                Array("utf16.txt".utf8),
                [0xFF, 0xFE] + Array("report".utf16).flatMap { [UInt8($0 & 0xff), UInt8($0 >> 8)] }
            )
        },
        fate: .rejected("utf16.txt", code: "not-text")
    ),
    Case(
        name: "UTF-8 with BOM",
        drop: { d in dropRaw(d, Array("bom.txt".utf8), [0xEF, 0xBB, 0xBF] + Array("리우츠핑 텐센트 총재".utf8)) },
        fate: .processed(Array("bom.txt".utf8))
    ),
    Case(
        name: "CRLF line ends",
        drop: { d in d.drop("crlf.txt", "첫째 줄이다.\r\n둘째 줄이다.\r\n") },
        fate: .processed(Array("crlf.txt".utf8))
    ),
    Case(
        name: "a 1 MB single line",
        drop: { d in d.drop("long.txt", String(repeating: "텐센트 클라우드 서버 ", count: 35_000)) },
        fate: .processed(Array("long.txt".utf8))
    ),
    Case(
        name: "name with spaces",
        drop: { d in d.drop("a report with spaces.txt", "spaces") },
        fate: .processed(Array("a report with spaces.txt".utf8))
    ),
    Case(
        name: "name with a newline",
        drop: { d in d.drop("line\nbreak.txt", "newline") },
        fate: .processed(Array("line\nbreak.txt".utf8))
    ),
    Case(
        name: "name with a leading dash",
        drop: { d in d.drop("-rf.txt", "dash") },
        fate: .processed(Array("-rf.txt".utf8))
    ),
    Case(
        name: "name of 255 bytes",
        drop: { d in d.drop(String(repeating: "n", count: 251) + ".txt", "long name") },
        fate: .processed(Array((String(repeating: "n", count: 251) + ".txt").utf8))
    ),
    Case(
        name: "name with non-UTF-8 bytes",
        drop: { d in dropRaw(d, Array("bytes-".utf8) + [0xC0, 0xFF] + Array(".txt".utf8), Array("odd name".utf8)) },
        fate: .processed(Array("bytes-".utf8) + [0xC0, 0xFF] + Array(".txt".utf8))
    ),
    Case(
        name: "written slowly in pieces over several seconds",
        drop: { d in
            for piece in 0..<8 {
                d.writeInPlace("slow.txt", "piece \(piece). ")
                usleep(300_000)  // shorter than the settle time: the file is not quiet yet
            }
        },
        fate: .processed(Array("slow.txt".utf8))
    ),
    Case(
        name: "deleted between the event and the read",
        drop: { d in
            d.writeInPlace("deleted.txt", "short-lived")
            usleep(50_000)
            try FileManager.default.removeItem(atPath: d.inbox + "/deleted.txt")
        },
        fate: .vanished("deleted.txt")
    ),
    Case(
        name: "same content, first name",
        drop: { d in d.drop("twin-a.txt", "the same bytes twice") },
        fate: .processed(Array("twin-a.txt".utf8))
    ),
    Case(
        name: "same content, second name",
        drop: { d in d.drop("twin-b.txt", "the same bytes twice") },
        fate: .duplicate("twin-b.txt")
    ),
    Case(
        name: "a name reused, first content",
        drop: { d in d.drop("reused.txt", "first version") },
        fate: .processed(Array("reused.txt".utf8))
    ),
    Case(
        name: "a name reused, new content",
        drop: { d in d.drop("reused.txt", "second version") },
        fate: .processed(Array("reused-2.txt".utf8))
    ),
]

@Suite(.serialized) struct BadInputMatrixTests {
    @Test func everyCaseMeetsItsFateAndTheDaemonKeepsIngesting() throws {
        let daemon = try RunningDaemon()
        #expect(waitUntil(timeout: 10) { daemon.log.contains("watching the inbox") }, "\(daemon.log)")
        for (index, row) in matrix.enumerated() {
            let reportsBefore = try daemon.verify()["reports"] as? Int ?? 0
            try row.drop(daemon)
            // The next good report is ingested after it.
            let sentinel = "sentinel-\(index).txt"
            daemon.drop(sentinel, "good report number \(index)")
            #expect(daemon.waitForProcessed(sentinel), "\(row): \(daemon.log.suffix(1500))")
            let processed = Set(
                ((try? FileManager.default.contentsOfDirectory(atPath: daemon.state + "/processed")) ?? []).map {
                    Array($0.utf8)
                }
            )
            switch row.fate {
            case .processed(let name):
                let moved = waitUntil(timeout: 10) {
                    access(rawPath(daemon.state + "/processed", name), F_OK) == 0
                }
                #expect(moved, "\(row)")
                let reports = try daemon.verify()["reports"] as? Int ?? 0
                #expect(access(rawPath(daemon.inbox, name), F_OK) != 0, "\(row)")
                #expect(reports == reportsBefore + 2, "\(row)")
            case .rejected(let name, let code):
                let path = daemon.state + "/rejected/" + name
                #expect(
                    waitUntil(timeout: 10) { FileManager.default.fileExists(atPath: path + ".error.json") },
                    "\(row)"
                )
                let reason = (try? String(contentsOfFile: path + ".error.json", encoding: .utf8)) ?? ""
                #expect(reason.contains("\"code\" : \"\(code)\""), "\(row): \(reason)")
                #expect(!processed.contains(Array(name.utf8)), "\(row)")
            case .vanished(let name):
                #expect(!processed.contains(Array(name.utf8)) && !daemon.names("rejected").contains(name), "\(row)")
                #expect(!daemon.names("inbox").contains(name), "\(row)")
            case .duplicate(let name):
                #expect(waitUntil(timeout: 10) { daemon.names("processed").contains(name) }, "\(row)")
                let reports = try daemon.verify()["reports"] as? Int ?? 0
                #expect(reports == reportsBefore + 1, "\(row): only the sentinel is new")
                #expect(daemon.log.contains("duplicate"), "\(row)")
            }
        }
        #expect(
            try String(contentsOfFile: daemon.state + "/processed/slow.txt", encoding: .utf8).hasSuffix("piece 7. ")
        )
        #expect(daemon.names("inbox").isEmpty)
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        #expect(try daemon.verify()["ok"] as? Bool == true)
    }
}
