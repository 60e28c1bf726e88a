import DossierModel

/// `index.html`: one self-contained page (inline CSS, inline SVG, a few lines of inline script,
/// nothing fetched from the network) with the organisation charts, the figures, the timeline and
/// the reports, every fact linked to the report, sentence and words it came from. Pure: the same
/// documents give the same bytes.
public enum HTMLView {
    /// Organisations are drawn open when there are at most this many of them.
    static let openOrganisationsUpTo = 20
    /// Years of the timeline are drawn open when the timeline has at most this many entries.
    static let openTimelineUpTo = 400

    /// The page.
    public static func page(
        org: OrgDocument,
        timeline: TimelineDocument,
        status: StatusDocument,
        reports: [ReportEntry]
    ) -> String {
        var cache = RenderCache()
        cache.update(org)
        return page(org: org, timeline: timeline, status: status, reports: reports, cache: &cache)
    }

    /// ``page(org:timeline:status:reports:)`` with the sections of unchanged organisations taken
    /// from `cache` (which ``RenderCache/update(_:)`` has brought up to date with `org`).
    static func page(
        org: OrgDocument,
        timeline: TimelineDocument,
        status: StatusDocument,
        reports: [ReportEntry],
        cache: inout RenderCache
    ) -> String {
        String(
            decoding: pageBytes(org: org, timeline: timeline, status: status, reports: reports, cache: &cache),
            as: UTF8.self
        )
    }

    /// The bytes of ``page(org:timeline:status:reports:cache:)``, copied once from the page's
    /// parts into a buffer sized for all of them.
    static func pageBytes(
        org: OrgDocument,
        timeline: TimelineDocument,
        status: StatusDocument,
        reports: [ReportEntry],
        cache: inout RenderCache
    ) -> [UInt8] {
        ProjectionContent.pieces(
            pageParts(org: org, timeline: timeline, status: status, reports: reports, cache: &cache)
        ).bytes
    }

    /// The page's text in parts (the head, each organisation's piece, the timeline, the reports,
    /// the end), which joined are ``pageBytes(org:timeline:status:reports:cache:)``.
    ///
    /// Hand-tuned (session 9): the page was joined as a `String` (the organisations' section
    /// joined first), then copied into an array for the file: three buffers of 150–180 MB at a
    /// million events, each in fresh memory (page faults). Session 12: the rebuild's writer takes
    /// the parts themselves (`writev`), so that not even the one array of the page's bytes is made.
    static func pageParts(
        org: OrgDocument,
        timeline: TimelineDocument,
        status: StatusDocument,
        reports: [ReportEntry],
        cache: inout RenderCache
    ) -> [String] {
        let links = SourceLinks(names: org.reports.merging(timeline.reports) { first, _ in first })
        var head = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="\(HTMLAssets.contentSecurityPolicy)">
            <meta name="generator" content="Dossier">
            <title>Dossier</title>
            <style>\(HTMLAssets.style)</style>
            </head>
            <body>

            """
        head += header(status)
        head += "<main>\n"
        var parts = [head]
        parts += HTMLOrgSection.organisationParts(org, links: links, cache: &cache)
        parts.append(timelineSection(timeline, links: links))
        parts.append(reportSection(reports, status: status))
        var end = "</main>\n"
        end += "<footer>\(HTMLEscaping.text(provenance(status.checkpoint))) "
        end += "Self-contained: no fonts, scripts or images are fetched.</footer>\n"
        end += "<script>\(HTMLAssets.script)</script>\n</body>\n</html>\n"
        parts.append(end)
        return parts
    }

    static func provenance(_ checkpoint: Checkpoint) -> String {
        "From the event log up to record \(checkpoint.sequence) (hash \(checkpoint.hash.prefix(16)))."
    }

    static func header(_ status: StatusDocument) -> String {
        let counts = status.counts
        let summary = [
            plural(counts.reports, "report"), plural(counts.facts, "fact"),
            plural(counts.organizations, "organisation"), plural(counts.people, "person", "people"),
            plural(counts.timelineEntries, "dated entry", "dated entries"),
        ].joined(separator: " · ")
        return """
            <header>
            <h1>Dossier</h1>
            <p class="meta">\(HTMLEscaping.text(summary)). \(HTMLEscaping.text(provenance(status.checkpoint)))</p>
            <nav><a href="#organisations">Organisations</a> <a href="#timeline">Timeline</a> <a href="#reports">Reports</a>
            <input type="search" id="filter" placeholder="Filter: name, unit, title, date, report…" autocomplete="off" aria-label="Filter">
            <span id="filter-count" class="meta"></span></nav>
            </header>

            """
    }

    static func plural(_ count: Int, _ one: String, _ many: String? = nil) -> String {
        "\(count) \(count == 1 ? one : many ?? one + "s")"
    }

    // MARK: - Timeline

    static func timelineSection(_ doc: TimelineDocument, links: SourceLinks) -> String {
        var out =
            "<section id=\"timeline\">\n<h2>Timeline <span class=\"meta\">\(plural(doc.entries.count, "entry", "entries"))</span></h2>\n"
        if doc.entries.isEmpty { return out + "<p>No dated facts yet.</p>\n</section>\n" }
        out += yearChart(doc.entries)
        var events: [String: EventEntity] = [:]
        for event in doc.events where events[event.name] == nil { events[event.name] = event }
        let open = doc.entries.count <= openTimelineUpTo ? " open" : ""
        var groups: [(year: Int?, entries: [TimelineEntry])] = []
        for entry in doc.entries {
            if let last = groups.indices.last, groups[last].year == entry.date.year {
                groups[last].entries.append(entry)
            } else {
                groups.append((entry.date.year, [entry]))
            }
        }
        for group in groups {
            let title = group.year.map(String.init) ?? "Year not given"
            out += "<details class=\"year\" data-f\(open)><summary>\(title) <span class=\"meta\">"
            out += "\(plural(group.entries.count, "entry", "entries"))</span></summary>\n"
            out += "<table class=\"timeline\"><thead><tr><th>When</th><th>What</th><th>Who</th><th>Where</th>"
            out += "<th>Source</th></tr></thead><tbody>\n"
            for entry in group.entries { out += timelineRow(entry, event: events[entry.what], links: links) }
            out += "</tbody></table></details>\n"
        }
        return out + "</section>\n"
    }

    static func timelineRow(_ entry: TimelineEntry, event: EventEntity?, links: SourceLinks) -> String {
        let e = HTMLEscaping.text
        var out = "<tr data-f class=\"k-\(HTMLEscaping.token(entry.kind))\">"
        out += "<td class=\"when\">\(time(entry.date, entry.end))</td><td>\(e(entry.what))"
        if entry.kind == "event", let event {
            if let native = event.native { out += " <span class=\"native\">\(HTMLEscaping.native(native))</span>" }
            if !event.merges.isEmpty {
                out += "<div class=\"meta\">merges: \(event.merges.map(e).joined(separator: "; "))</div>"
            }
        }
        out += " <span class=\"kind\">\(e(entry.kind))</span></td>"
        out += "<td>\(e(entry.who ?? ""))</td><td>\(e(entry.place ?? ""))</td>"
        out += "<td>\(links.sources(entry.sources, entry.citations))</td></tr>\n"
        return out
    }

    /// A date or range in a `<time>` element (machine-readable where HTML allows it).
    static func time(_ date: PartialDate, _ end: PartialDate?) -> String {
        let text = HTMLEscaping.text(HumanDates.range(date, end))
        // HTML's yearless date is `MM-DD`; a year, a month and a day are valid as ISO writes them.
        let machine = date.year == nil ? String(date.iso.dropFirst(2)) : date.iso
        return
            "<time datetime=\"\(HTMLEscaping.text(machine))\" title=\"\(HTMLEscaping.text(HumanDates.precision(date)))\">\(text)</time>"
    }

    /// Dated entries per year, as bars in inline SVG.
    static func yearChart(_ entries: [TimelineEntry]) -> String {
        var counts: [Int: Int] = [:]
        for entry in entries { if let year = entry.date.year { counts[year, default: 0] += 1 } }
        let years = counts.keys.sorted()
        guard years.count > 1, let most = counts.values.max() else { return "" }
        let bar = 30
        let gap = 6
        let chartHeight = 80
        let width = years.count * (bar + gap) + gap
        let height = chartHeight + 34
        var out = "<div class=\"chart\"><svg class=\"years\" width=\"\(width)\" height=\"\(height)\" "
        out += "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"Dated entries per year\">\n"
        for (index, year) in years.enumerated() {
            let count = counts[year] ?? 0
            let h = max(2, count * chartHeight / most)
            let x = gap + index * (bar + gap)
            let y = 14 + chartHeight - h
            out += "<g><title>\(year): \(plural(count, "entry", "entries"))</title>"
            out += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(bar)\" height=\"\(h)\" rx=\"2\"></rect>"
            out += "<text x=\"\(x + bar / 2)\" y=\"\(y - 3)\" class=\"n\">\(count)</text>"
            out += "<text x=\"\(x + bar / 2)\" y=\"\(height - 6)\" class=\"y\">\(year)</text></g>\n"
        }
        return out + "</svg></div>\n"
    }

    // MARK: - Reports

    static func reportSection(_ reports: [ReportEntry], status: StatusDocument) -> String {
        let e = HTMLEscaping.text
        var out = "<section id=\"reports\">\n<h2>Reports <span class=\"meta\">\(reports.count)</span></h2>\n"
        out +=
            "<details data-f\(reports.count <= openTimelineUpTo ? " open" : "")><summary>Ingested reports</summary>\n"
        out += "<table class=\"reports\"><thead><tr><th>File</th><th>Title</th><th>Published</th><th>Ingested</th>"
        out += "<th>Facts</th><th>SHA-256</th></tr></thead><tbody>\n"
        for report in reports {
            out += "<tr data-f id=\"\(SourceLinks.anchor(report.report))\"><td>\(e(report.fileName))</td>"
            out += "<td>\(e(report.title ?? ""))</td><td>\(report.published.map { time($0, nil) } ?? "")</td>"
            out += "<td>\(e(report.ingestedAt))</td><td>\(report.facts)</td>"
            out += "<td><code title=\"\(e(report.report))\">\(e(String(report.report.prefix(12))))</code></td></tr>\n"
        }
        out += "</tbody></table></details>\n"
        if !status.rejectedReports.isEmpty {
            out +=
                "<details data-f><summary>Rejected reports <span class=\"meta\">\(status.rejectedReports.count)</span></summary>\n"
            out +=
                "<table class=\"reports\"><thead><tr><th>File</th><th>Code</th><th>Reason</th><th>When</th></tr></thead><tbody>\n"
            for rejected in status.rejectedReports {
                out += "<tr data-f><td>\(e(rejected.fileName))</td><td>\(e(rejected.code))</td>"
                out += "<td>\(e(rejected.reason))</td><td>\(e(rejected.rejectedAt))</td></tr>\n"
            }
            out += "</tbody></table></details>\n"
        }
        return out + "</section>\n"
    }
}
