import DossierModel

/// The organisations on the HTML page: for each, a chart (organisation → units → people), the
/// figures reported and the partners; organisations only named in passing in one short list.
enum HTMLOrgSection {
    static func organisations(_ doc: OrgDocument, links: SourceLinks, cache: inout RenderCache) -> String {
        organisationParts(doc, links: links, cache: &cache).joined()
    }

    /// The section in the order of its text: ``organisations(_:links:cache:)`` is these parts
    /// joined. The page copies them straight into its bytes (session 9): joined here first, the
    /// section was a string of 150 MB at a million events made only to be copied once more.
    static func organisationParts(_ doc: OrgDocument, links: SourceLinks, cache: inout RenderCache) -> [String] {
        // Charted: with units, people or figures (``OrgTree/hasChart`` is units or people).
        func charted(_ org: OrgView) -> Bool { !org.units.isEmpty || !org.people.isEmpty || !org.metrics.isEmpty }
        let chartedCount = doc.organizations.reduce(0) { $0 + (charted($1) ? 1 : 0) }
        let mentionedCount = doc.organizations.count - chartedCount
        var parts: [String] = []
        parts.reserveCapacity(doc.organizations.count + 4)
        var head = "<section id=\"organisations\">\n<h2>Organisations <span class=\"meta\">"
        head += "\(doc.organizations.count)</span></h2>\n"
        if doc.organizations.isEmpty && doc.unaffiliated.isEmpty { head += "<p>No organisations yet.</p>\n" }
        parts.append(head)
        let open = chartedCount <= HTMLView.openOrganisationsUpTo ? " open" : ""
        var chartIndex = 0
        for (index, org) in doc.organizations.enumerated() where charted(org) {
            parts.append(
                cache.html(index, chartIndex: chartIndex, open: open) {
                    organisation(OrgTree(org), index: chartIndex, open: open, links: links)
                }
            )
            chartIndex += 1
        }
        if mentionedCount > 0 {
            parts.append(
                "<details class=\"mentioned\" data-f open><summary>Also mentioned <span class=\"meta\">"
                    + "\(mentionedCount)</span></summary><ul class=\"plain\">\n"
            )
            for (index, org) in doc.organizations.enumerated() where !charted(org) {
                parts.append(
                    cache.html(index, chartIndex: -1, open: "") {
                        "<li data-f><span class=\"node-label\">\(names(org.name, org.native, org.aliases))</span> "
                            + links.sources(org.sources, nil) + "</li>\n"
                    }
                )
            }
            parts.append("</ul></details>\n")
        }
        var tail = ""
        if !doc.unaffiliated.isEmpty {
            tail.reserveCapacity(256 * doc.unaffiliated.count + 256)
            tail += "<details class=\"org\" data-f open><summary>People without an organisation <span class=\"meta\">"
            tail += "\(doc.unaffiliated.count)</span></summary><div class=\"tree\"><ul>\n"
            for person in doc.unaffiliated { tail += personNode(person, links: links) }
            tail += "</ul></div></details>\n"
        }
        parts.append(tail + "</section>\n")
        return parts
    }

    static func names(_ name: String, _ native: String?, _ aliases: [String]) -> String {
        var out = "<b>\(HTMLEscaping.text(name))</b>"
        if let native { out += " <span class=\"native\">\(HTMLEscaping.native(native))</span>" }
        let others = aliases.filter { $0 != name && $0 != native }
        if !others.isEmpty {
            out += " <span class=\"aka\">\(others.map(HTMLEscaping.native).joined(separator: " · "))</span>"
        }
        return out
    }

    /// One organisation's piece of the page.
    ///
    /// Hand-tuned (session 9): the parts (the chart's nodes, the figures' table, the reports) are
    /// made first and joined once into a string sized for them. Appended one by one, the piece
    /// of the largest organisation of a million events (about 150 MB) doubled its way up from a
    /// few bytes, each time into fresh memory.
    static func organisation(_ tree: OrgTree, index: Int, open: String, links: SourceLinks) -> String {
        let org = tree.org
        var counts: [String] = []
        if !org.units.isEmpty { counts.append(HTMLView.plural(org.units.count, "unit")) }
        if !org.people.isEmpty { counts.append(HTMLView.plural(org.people.count, "person", "people")) }
        if !org.metrics.isEmpty { counts.append(HTMLView.plural(org.metrics.count, "figure")) }
        var head = "<details class=\"org\" id=\"o-\(index + 1)\" data-f\(open)><summary>"
        head += names(org.name, org.native, org.aliases)
        head += " <span class=\"meta\">\(counts.joined(separator: " · "))</span></summary>\n"
        var parts = [head]
        if tree.hasChart {
            parts.append(
                "<div class=\"tree\"><ul><li data-f><div class=\"node org\">" + names(org.name, org.native, [])
                    + "</div><ul>\n"
            )
            for branch in tree.branches { parts.append(unitNode(branch, links: links)) }
            for person in tree.direct { parts.append(personNode(person, links: links)) }
            parts.append("</ul></li></ul></div>\n")
        }
        var after: [String] = []
        if !org.partners.isEmpty {
            after.append(
                "<p class=\"partners\">Named beside it: \(org.partners.map(HTMLEscaping.native).joined(separator: ", "))</p>\n"
            )
        }
        after.append("<p class=\"meta\">Reports: \(links.sources(org.sources, nil))</p>\n</details>\n")
        // The figures' table is written straight into the piece (session 11): made as a string of
        // its own and then copied, the largest organisation's table (about 150 MB at a million
        // events) was made twice, each time in fresh memory (page faults).
        var out = ""
        let known = parts.reduce(0) { $0 + $1.utf8.count } + after.reduce(0) { $0 + $1.utf8.count }
        out.reserveCapacity(known + (org.metrics.isEmpty ? 0 : figuresReserve(org.metrics.count)))
        for part in parts { out += part }
        if !org.metrics.isEmpty { figures(org.metrics, links: links, into: &out) }
        for part in after { out += part }
        return out
    }

    static func unitNode(_ branch: OrgTree.Branch, links: SourceLinks) -> String {
        let unit = branch.unit
        var out = "<li data-f><div class=\"node unit\">"
        if let code = unit.code { out += "<span class=\"code\">\(HTMLEscaping.text(code))</span> " }
        if let name = unit.name { out += "<span class=\"uname\">\(HTMLEscaping.native(name))</span>" }
        if unit.code == nil && unit.name == nil { out += "(unit)" }
        if let established = unit.established {
            out += " <span class=\"est\">founded \(HTMLView.time(established, nil))</span>"
        }
        out += "<div class=\"srcs-line\">\(links.sources(unit.sources, unit.citations))</div></div>"
        if !branch.people.isEmpty {
            out += "<ul>\n"
            for person in branch.people { out += personNode(person, links: links) }
            out += "</ul>"
        }
        return out + "</li>\n"
    }

    static func personNode(_ person: PersonView, links: SourceLinks) -> String {
        let e = HTMLEscaping.text
        var out = "<li data-f><div class=\"node person\"><b>\(e(person.name))</b>"
        if let native = person.native { out += " <span class=\"native\">\(HTMLEscaping.native(native))</span>" }
        if let title = person.title { out += " <span class=\"title\">\(e(title))</span>" }
        if let unit = person.unit { out += " <span class=\"code\">\(e(unit))</span>" }
        if let others = person.otherNames, !others.isEmpty {
            out += " <span class=\"aka\">also \(others.map(HTMLEscaping.native).joined(separator: " · "))</span>"
        }
        if !person.topics.isEmpty {
            for topic in person.topics { out += "<div class=\"topic\">presented: \(e(topic))</div>" }
        }
        var titles: [String] = []
        for record in person.titleHistory {
            guard let title = record.title else { continue }
            let text = title + (record.org.map { " (\($0))" } ?? "")
            if titles.last != text { titles.append(text) }
        }
        if titles.count > 1 { out += "<div class=\"meta\">titles: \(titles.map(e).joined(separator: " → "))</div>" }
        out += "<div class=\"srcs-line\">\(links.sources(person.sources, person.citations))</div>"
        if let quotations = person.quotations, !quotations.isEmpty {
            out += "<details class=\"quotes\"><summary>\(HTMLView.plural(quotations.count, "quote"))</summary><ul>"
            for quote in quotations {
                out += "<li><blockquote>\(e(quote.text))</blockquote>\(links.cite(quote.citation))</li>"
            }
            out += "</ul></details>"
        }
        return out + "</div></li>\n"
    }

    static func figures(_ metrics: [MetricEntry], links: SourceLinks) -> String {
        var out = ""
        out.reserveCapacity(figuresReserve(metrics.count))
        figures(metrics, links: links, into: &out)
        return out
    }

    /// The room to reserve for a table of `count` figures. A row is about 380 bytes on the
    /// benchmark's log (256 reserved made the largest table grow once, 86 MB into 172 MB); room
    /// reserved beyond the text is never touched (no pages of it are used).
    static func figuresReserve(_ count: Int) -> Int { 512 * count + 128 }

    /// Appends the figures' table to `out`: piece by piece (no string per interpolation); the
    /// date cells, which repeat, are made once each.
    static func figures(_ metrics: [MetricEntry], links: SourceLinks, into out: inout String) {
        out += "<table class=\"figures\"><thead><tr><th>Figure</th><th>Value</th><th>Date</th><th>Source</th>"
        out += "</tr></thead><tbody>\n"
        var times: [PartialDate: String] = [:]
        // In place: a `for` loop copied each figure (a retain and a release of each of its strings).
        metrics.forEachInPlace { metric in
            out += "<tr data-f><td>"
            out += HTMLEscaping.text(metric.what ?? "(figure)")
            out += "</td><td class=\"num\">"
            out += HTMLEscaping.text(MarkdownView.figure(metric))
            out += "</td><td>"
            if let date = metric.date {
                if let time = times[date] {
                    out += time
                } else {
                    let time = HTMLView.time(date, nil)
                    times[date] = time
                    out += time
                }
            }
            out += "</td><td><span class=\"srcs\">"
            links.cite(report: metric.report, sentence: metric.sentence, excerpt: metric.excerpt, into: &out)
            out += "</span></td></tr>\n"
        }
        out += "</tbody></table>\n"
    }
}
