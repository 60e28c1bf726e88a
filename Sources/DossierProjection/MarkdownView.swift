import DossierModel

/// The Markdown projection files, for people. Pure.
public enum MarkdownView {
    /// `org.md`: each organisation with a Mermaid diagram of its tree, its units, people, figures
    /// and partners.
    public static func org(_ doc: OrgDocument) -> String {
        var cache = RenderCache()
        cache.update(doc)
        return org(doc, cache: &cache)
    }

    /// ``org(_:)`` with the sections of unchanged organisations taken from `cache` (which
    /// ``RenderCache/update(_:)`` has brought up to date with `doc`).
    static func org(_ doc: OrgDocument, cache: inout RenderCache) -> String {
        var out = "# Organisations\n\n"
        out += provenance(doc.checkpoint)
        if doc.organizations.isEmpty { out += "No organisations yet.\n" }
        for (index, org) in doc.organizations.enumerated() {
            out += cache.piece(index, \.markdown) { section(org, index: index, reports: doc.reports) } ?? ""
        }
        if !doc.unaffiliated.isEmpty {
            out += "## People without an organisation\n\n"
            for person in doc.unaffiliated { out += personLine(person, doc.reports) }
            out += "\n"
        }
        return out
    }

    /// One organisation's section of `org.md` (`index` counts from 0).
    static func section(_ org: OrgView, index: Int, reports: [String: String]) -> String {
        var out = "## \(heading(org.name, org.native, org.aliases))\n\n"
        out += MermaidView.diagram(OrgTree(org), index: index + 1)
        if !org.units.isEmpty {
            out += "Units:\n\n"
            for unit in org.units {
                out += "- **\(cell(unit.name ?? unit.code ?? "?"))**"
                if let code = unit.code, unit.name != nil { out += " (\(code))" }
                if let established = unit.established { out += ", established \(established.iso)" }
                if !unit.people.isEmpty { out += "; people: \(unit.people.joined(separator: ", "))" }
                out += " — \(sources(unit.sources, reports))\n"
            }
            out += "\n"
        }
        if !org.people.isEmpty {
            out += "People:\n\n"
            for person in org.people { out += personLine(person, reports) }
            out += "\n"
        }
        if !org.metrics.isEmpty {
            out += "Figures reported:\n\n"
            // Appended piece by piece (session 10): each line made as interpolated strings, its
            // one source as an array mapped and joined, was a fifth of `org.md`.
            // In place: a `for` loop copied each figure (a retain and a release of each string).
            org.metrics.forEachInPlace { metric in
                out += "- "
                out += cell(metric.what ?? "(figure)")
                out += ": "
                out += figure(metric)
                if let date = metric.date {
                    out += " ("
                    out += date.iso
                    out += ")"
                }
                out += " — "
                out += cell(reports[metric.report] ?? String(metric.report.prefix(12)))
                out += "\n"
            }
            out += "\n"
        }
        if !org.partners.isEmpty {
            out += "Partners: \(org.partners.joined(separator: ", "))\n\n"
        }
        out += "Sources: \(sources(org.sources, reports))\n\n"
        return out
    }

    /// `timeline.md`: every dated fact in date order.
    public static func timeline(_ doc: TimelineDocument) -> String {
        var out = "# Timeline\n\n"
        out += provenance(doc.checkpoint)
        if doc.entries.isEmpty { return out + "No dated facts yet.\n" }
        out += "| When | What | Who | Where | Sources |\n|---|---|---|---|---|\n"
        for entry in doc.entries {
            out += "| \(when(entry.date, entry.end)) | \(cell(entry.what)) | \(cell(entry.who ?? "")) "
            out += "| \(cell(entry.place ?? "")) | \(sources(entry.sources, doc.reports)) |\n"
        }
        return out
    }

    static func personLine(_ person: PersonView, _ reports: [String: String]) -> String {
        var line = "- **\(cell(person.name))**"
        if let native = person.native { line += " (\(native))" }
        if let title = person.title { line += ", \(title)" }
        if let unit = person.unit { line += ", \(unit)" }
        if !person.topics.isEmpty { line += "; presented: \(person.topics.map(cell).joined(separator: "; "))" }
        if person.quotes > 0 { line += "; \(person.quotes) quote\(person.quotes == 1 ? "" : "s")" }
        line += " — \(sources(person.sources, reports))\n"
        let titles = person.titleHistory.compactMap { record -> String? in
            guard let title = record.title else { return nil }
            return "\(title)\(record.org.map { " (\($0))" } ?? "")"
        }
        var distinct: [String] = []
        for title in titles where distinct.last != title { distinct.append(title) }
        if distinct.count > 1 { line += "  - titles: \(distinct.joined(separator: " → "))\n" }
        return line
    }

    static func provenance(_ checkpoint: Checkpoint) -> String {
        "_From the event log up to record \(checkpoint.sequence) (hash `\(checkpoint.hash.prefix(16))`)._\n\n"
    }

    static func heading(_ name: String, _ native: String?, _ aliases: [String]) -> String {
        let others = ([native].compactMap { $0 } + aliases).filter { $0 != name }
        return others.isEmpty ? name : "\(name) (\(others.joined(separator: " · ")))"
    }

    /// A date or a date range, at the precision known.
    public static func when(_ date: PartialDate, _ end: PartialDate?) -> String {
        guard let end, end != date else { return date.iso }
        return "\(date.iso) – \(end.iso)"
    }

    /// A figure with its qualifier and unit: `≥ 1,000,000 대`.
    public static func figure(_ metric: MetricEntry) -> String {
        let symbol: String
        switch metric.qualifier {
        case ">=": symbol = "≥ "
        case "<=": symbol = "≤ "
        case ">": symbol = "> "
        case "<": symbol = "< "
        case "~": symbol = "~"
        default: symbol = ""
        }
        return symbol + number(metric.value) + (metric.unit.map { " \($0)" } ?? "")
    }

    /// A number with thousands separators; fractions kept as written by Swift.
    public static func number(_ value: Double) -> String {
        guard value.rounded() == value, abs(value) < 1e18 else { return String(value) }
        // On the digits' bytes (one ASCII byte each), not on Characters.
        let digits = Array(String(Int64(abs(value))).utf8)
        var grouped: [UInt8] = []
        grouped.reserveCapacity(digits.count + digits.count / 3 + 1)
        if value < 0 { grouped.append(UInt8(ascii: "-")) }
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { grouped.append(UInt8(ascii: ",")) }
            grouped.append(digit)
        }
        return String(decoding: grouped, as: UTF8.self)
    }

    static func sources(_ ids: [String], _ reports: [String: String]) -> String {
        ids.map { cell(reports[$0] ?? String($0.prefix(12))) }.joined(separator: ", ")
    }

    /// Text safe inside a Markdown table cell or list item.
    static func cell(_ text: String) -> String {
        // Most text has neither: then it is returned as is (no split and join, docs/performance.md).
        // (The bytes tested in a buffer: through the `UTF8View`'s iterator the test cost far more.)
        var bytes = text
        guard bytes.withUTF8({ $0.contains(where: { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "\n") }) }) else {
            return text
        }
        return text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
