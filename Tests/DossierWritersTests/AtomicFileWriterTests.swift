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
}
