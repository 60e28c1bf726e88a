import DossierModel
import Foundation

/// The formats of the projection files besides `status.json`, which is always written.
public enum ProjectionFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// `org.json`, `timeline.json`.
    case json
    /// `org.md` (with a Mermaid diagram of each organisation), `timeline.md`.
    case md
    /// `index.html`: one self-contained page with the org charts, figures, timeline and sources.
    case html
    /// `org.dot`: the organisation trees for Graphviz.
    case dot
    /// `timeline.ics`: the dated timeline as an iCalendar file.
    case ics
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
        let status = state.statusDocument
        if formats.contains(.html) {
            let page = HTMLView.page(org: org, timeline: timeline, status: status, reports: state.reports)
            files.append(("index.html", Array(page.utf8)))
        }
        if formats.contains(.dot) {
            files.append(("org.dot", Array(DotView.graph(org).utf8)))
        }
        if formats.contains(.ics) {
            var ingestTimes: [String: String] = [:]
            for report in state.reports { ingestTimes[report.report] = report.ingestedAt }
            files.append(("timeline.ics", Array(CalendarView.calendar(timeline, ingestTimes: ingestTimes).utf8)))
        }
        files.append(("status.json", json(status)))
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
