import DossierModel
import Foundation

/// The formats of the projection files besides `status.json`, which is always written.
public enum ProjectionFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case json, md
}

/// Renders the projection files from the state. Pure and deterministic: the same state gives
/// the same bytes.
public enum ProjectionRenderer {
    /// File name → content, for the given formats, plus `status.json`.
    public static func render(_ state: ProjectionState, formats: Set<ProjectionFormat>) -> [(
        name: String, bytes: [UInt8]
    )] {
        var files: [(name: String, bytes: [UInt8])] = []
        let org = state.orgDocument
        let timeline = state.timelineDocument
        if formats.contains(.json) {
            files.append(("org.json", json(org)))
            files.append(("timeline.json", json(timeline)))
        }
        if formats.contains(.md) {
            files.append(("org.md", Array(MarkdownView.org(org).utf8)))
            files.append(("timeline.md", Array(MarkdownView.timeline(timeline).utf8)))
        }
        files.append(("status.json", json(state.statusDocument)))
        return files
    }

    /// Pretty, key-sorted JSON with a final newline.
    public static func json(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // The documents hold only strings, numbers, booleans and arrays of those: encoding cannot fail.
        guard let data = try? encoder.encode(value) else { return Array("{}\n".utf8) }
        return Array(data) + [UInt8(ascii: "\n")]
    }
}
