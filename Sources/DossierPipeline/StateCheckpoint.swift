import DossierProjection
import DossierWriters
import Foundation

/// The projection state saved beside the projections, with the log position it includes, so that
/// opening a big log does not decode and fold again what the state already holds.
///
/// Written atomically; a checkpoint that cannot be read, was written by another format version,
/// or does not match the log is ignored (the log is the truth; the checkpoint only saves time).
enum StateCheckpoint {
    /// Hidden, so that it is not taken for a projection file (and `rebuild` leaves it to be replaced).
    static let fileName = ".state-checkpoint.json"
    static let formatVersion = 2

    private struct File: Codable {
        var format: Int
        var state: ProjectionState
    }

    static func load(path: String) -> ProjectionState? {
        guard let data = FileManager.default.contents(atPath: path),
            let file = try? JSONDecoder().decode(File.self, from: data), file.format == formatVersion
        else { return nil }
        return file.state.resolvingReportIndexes()
    }

    static func save(_ state: ProjectionState, path: String) throws(WriteError) {
        // Encoding value types of strings and numbers cannot fail.
        guard
            let data = try? JSONEncoder().encode(File(format: formatVersion, state: state.referencingReportsByIndex()))
        else { return }
        try AtomicFileWriter.replace(path: path, with: Array(data))
    }
}
