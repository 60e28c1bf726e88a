import DossierModel

/// Plain text views of the projections for a terminal (`dossier timeline`, `dossier org`). Pure.
public enum TextView {
    /// Timeline entries that overlap `since...until` (either bound optional).
    public static func filter(
        _ entries: [TimelineEntry],
        since: PartialDate?,
        until: PartialDate?
    ) -> [TimelineEntry] {
        entries.filter { entry in
            // An entry counts when any part of it lies in the window: compare at the coarser precision.
            let start = entry.date
            let end = entry.end ?? entry.date
            if let since, !(reaches(end, since)) { return false }
            if let until, !(reaches(until, start)) { return false }
            return true
        }
    }

    /// Whether `a` is at or after `b`, comparing at the precision both share (an unknown year never excludes).
    static func reaches(_ a: PartialDate, _ b: PartialDate) -> Bool {
        guard let ay = a.year, let by = b.year else { return true }
        if ay != by { return ay > by }
        guard let am = a.month, let bm = b.month else { return true }
        if am != bm { return am > bm }
        guard let ad = a.day, let bd = b.day else { return true }
        return ad >= bd
    }

    public static func timeline(_ doc: TimelineDocument, since: PartialDate?, until: PartialDate?) -> String {
        let entries = filter(doc.entries, since: since, until: until)
        if entries.isEmpty { return "No dated facts\(since != nil || until != nil ? " in that period" : "").\n" }
        let width = entries.map { MarkdownView.when($0.date, $0.end).count }.max() ?? 10
        var out = ""
        for entry in entries {
            let when = MarkdownView.when(entry.date, entry.end)
            out += when + String(repeating: " ", count: width - when.count) + "  " + entry.what
            var details: [String] = []
            if let who = entry.who { details.append(who) }
            if let place = entry.place { details.append("at \(place)") }
            if !details.isEmpty { out += " (" + details.joined(separator: ", ") + ")" }
            let names = entry.sources.map { doc.reports[$0] ?? String($0.prefix(12)) }
            out += "  [" + names.joined(separator: ", ") + "]\n"
        }
        return out
    }

    /// Organisations (all, or those whose name, native or alias contains `name`), and people matching `name`.
    public static func org(_ doc: OrgDocument, name: String?) -> String? {
        let needle = name.map(ProjectionState.key)
        func matches(_ names: [String?]) -> Bool {
            guard let needle else { return true }
            return names.compactMap { $0 }.contains { ProjectionState.key($0).contains(needle) }
        }
        let orgs = doc.organizations.filter { matches([$0.name, $0.native] + $0.aliases) }
        let people = (doc.organizations.flatMap(\.people) + doc.unaffiliated).filter {
            needle != nil && matches([$0.name, $0.native] + ($0.otherNames ?? []))
        }
        if orgs.isEmpty && people.isEmpty { return nil }
        var out = ""
        for org in orgs {
            out += MarkdownView.heading(org.name, org.native, org.aliases) + "\n"
            for unit in org.units {
                out += "  ├ \(unit.name ?? unit.code ?? "?")"
                if let code = unit.code, unit.name != nil { out += " (\(code))" }
                if let established = unit.established { out += "  est. \(established.iso)" }
                if !unit.people.isEmpty { out += "  — " + unit.people.joined(separator: ", ") }
                out += "\n"
            }
            for person in org.people { out += "  • " + personText(person) + "\n" }
            for metric in org.metrics {
                out += "  # \(metric.what ?? "figure"): \(MarkdownView.figure(metric))\n"
            }
            if !org.partners.isEmpty { out += "  partners: \(org.partners.joined(separator: ", "))\n" }
            out += "\n"
        }
        if !people.isEmpty && needle != nil {
            for person in people where !orgs.contains(where: { $0.name == person.org }) {
                out += personText(person) + (person.org.map { " @ \($0)" } ?? "") + "\n"
            }
        }
        return out
    }

    static func personText(_ person: PersonView) -> String {
        var line = person.name
        if let native = person.native { line += " (\(native))" }
        if let title = person.title { line += ", \(title)" }
        if let unit = person.unit { line += " [\(unit)]" }
        if !person.topics.isEmpty { line += " — " + person.topics.joined(separator: "; ") }
        return line
    }
}
