/// Links from a fact on the page to the report it came from (in the page's report list), with
/// the sentence number and the excerpt where the extractor recorded them.
struct SourceLinks {
    /// Report id → file name.
    var names: [String: String]
    /// Report id → its link, made once per report (a report is linked from many entities).
    private var links: [String: String] = [:]

    init(names: [String: String]) {
        self.names = names
        links.reserveCapacity(names.count)
        for report in names.keys { links[report] = makeLink(report) }
    }

    /// The element id of a report's row in the report list.
    static func anchor(_ report: String) -> String {
        "r-" + HTMLEscaping.token(report.prefix(16))
    }

    /// A link to a report, named by its file name.
    func link(_ report: String) -> String {
        links[report] ?? makeLink(report)
    }

    private func makeLink(_ report: String) -> String {
        let name = names[report] ?? String(report.prefix(12))
        return "<a class=\"src\" href=\"#\(Self.anchor(report))\">\(HTMLEscaping.text(name))</a>"
    }

    /// A link to a report with the sentence number and the excerpt.
    func cite(_ citation: Citation) -> String {
        var out = ""
        cite(report: citation.report, sentence: citation.sentence, excerpt: citation.excerpt, into: &out)
        return out
    }

    /// ``cite(_:)`` appended to `out`.
    func cite(report: String, sentence: Int?, excerpt: String?, into out: inout String) {
        out += "<span class=\"cite\">"
        out += link(report)
        if let sentence {
            out += " <span class=\"sn\">sentence "
            out += String(sentence)
            out += "</span>"
        }
        if let excerpt {
            out += "<q class=\"ex\">"
            out += HTMLEscaping.text(excerpt)
            out += "</q>"
        }
        out += "</span>"
    }

    /// Every report of `reports`, each with its citations when there are any.
    func sources(_ reports: [String], _ citations: [Citation]?) -> String {
        var byReport: [String: [Citation]] = [:]
        for citation in citations ?? [] { byReport[citation.report, default: []].append(citation) }
        var out = "<span class=\"srcs\">"
        for report in reports {
            if let cited = byReport[report] {
                for citation in cited {
                    cite(report: citation.report, sentence: citation.sentence, excerpt: citation.excerpt, into: &out)
                }
            } else {
                out += "<span class=\"cite\">"
                out += link(report)
                out += "</span>"
            }
        }
        return out + "</span>"
    }
}
