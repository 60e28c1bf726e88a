import DossierWriters
import Foundation
import Testing

@Suite struct AtomicFileWriterTests {
    @Test func writesOnlyWhatChangedAndLeavesNoTemporaryFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = AtomicFileWriter(directory: folder + "/projections")
        let first = try writer.write([("a.json", Array("1".utf8)), ("b.md", Array("2".utf8))])
        #expect(first == ["a.json", "b.md"])
        let second = try writer.write([("a.json", Array("1".utf8)), ("b.md", Array("3".utf8))])
        #expect(second == ["b.md"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder + "/projections").sorted() == ["a.json", "b.md"]
        )
        #expect(FileManager.default.contents(atPath: folder + "/projections/b.md") == Data("3".utf8))
    }

    @Test func aFailedWriteNamesTheFile() {
        #expect {
            try AtomicFileWriter.replace(path: "/proc/version-not-writable/x", with: [1])
        } throws: { error in
            (error as? WriteError)?.file.contains("/proc/version-not-writable") == true
        }
    }

    /// Handed over file by file to another thread (session 10): the same files, the same names
    /// returned, unchanged files left alone, in order.
    @Test func writingInTheBackgroundWritesWhatWriteWrites() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = AtomicFileWriter(directory: folder + "/projections")
        let rounds: [[(name: String, bytes: [UInt8])]] = [
            [("a.json", Array("1".utf8)), ("b.md", Array("2".utf8)), ("c.html", Array(repeating: 7, count: 300_000))],
            [("a.json", Array("1".utf8)), ("b.md", Array("3".utf8)), ("c.html", Array(repeating: 7, count: 300_000))],
            [("a.json", Array("1".utf8)), ("b.md", Array("3".utf8)), ("c.html", Array(repeating: 7, count: 300_000))],
            [("a.json", []), ("b.md", Array("4".utf8)), ("c.html", [1])],
        ]
        let expected: [[String]] = [["a.json", "b.md", "c.html"], ["b.md"], [], ["a.json", "b.md", "c.html"]]
        for (files, names) in zip(rounds, expected) {
            let background = AtomicFileWriterInBackground(writer)
            for file in files { background.add(name: file.name, bytes: file.bytes) }
            #expect(try background.finish() == names)
            for file in files {
                #expect(FileManager.default.contents(atPath: folder + "/projections/" + file.name) == Data(file.bytes))
            }
        }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder + "/projections").sorted()
                == ["a.json", "b.md", "c.html"]
        )
    }

    /// A file handed over as pieces (the page, session 12) is written with `writev` from the
    /// strings themselves: the same bytes as the pieces joined, for empty, small (kept inside the
    /// `String` value), short, long, non-ASCII and sliced pieces, more than 1,024 of them (several
    /// `writev` calls); an unchanged file is left alone, a changed one by a single byte is written.
    @Test func piecesAreWrittenAsTheirBytesJoined() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let writer = AtomicFileWriter(directory: folder + "/projections")
        let long = String(repeating: "<tr><td>텐센트 클라우드</td></tr>\n", count: 400)
        var pieces = ["", "a", "fifteen bytes!!", "sixteen bytes!!!", String(repeating: "x", count: 31)]
        pieces += [String(repeating: "y", count: 32), long, String(long.dropFirst(3)), "끝"]
        pieces += (0..<2_500).map { i in
            i % 3 == 0 ? "piece \(i)\n" : String(repeating: "\(i % 10)", count: 20 + i % 90)
        }
        let joined = Array(pieces.joined().utf8)
        for round in 0..<3 {
            let background = AtomicFileWriterInBackground(writer)
            var changed = pieces
            if round == 2 { changed[1] = "b" }
            background.add(name: "index.html", pieces: changed)
            #expect(try background.finish() == (round == 1 ? [] : ["index.html"]))
            #expect(
                FileManager.default.contents(atPath: folder + "/projections/index.html")
                    == Data(round == 2 ? Array(changed.joined().utf8) : joined)
            )
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/projections") == ["index.html"])
    }

    @Test func writingInTheBackgroundThrowsTheFirstError() {
        let background = AtomicFileWriterInBackground(AtomicFileWriter(directory: "/proc/version-not-writable"))
        background.add(name: "x", bytes: [1])
        #expect {
            try background.finish()
        } throws: { error in
            (error as? WriteError)?.file.contains("/proc/version-not-writable") == true
        }
    }
}
