/// The organisation tree of `org.md` as a Mermaid flowchart (GitHub and GitLab draw it). Node ids
/// are ASCII (`o1`, `o1u2`, `o1p3`); labels are quoted with every character that Mermaid or
/// Markdown could read as syntax written as a Mermaid entity code. Pure.
enum MermaidView {
    /// At most this many people are drawn per organisation; the rest are one `… N more` node.
    static let maxPeople = 40

    /// A fenced `mermaid` block for one organisation, or `""` when it has no units or people.
    static func diagram(_ tree: OrgTree, index: Int) -> String {
        guard tree.hasChart else { return "" }
        let root = "o\(index)"
        var lines = ["```mermaid", "graph TD"]
        lines.append("  \(root)[\(label([tree.org.name, tree.org.native].compactMap { $0 }.joined(separator: " · ")))]")
        var drawn = 0
        var hidden = 0
        func person(_ person: PersonView, under parent: String, _ number: Int) {
            guard drawn < maxPeople else {
                hidden += 1
                return
            }
            drawn += 1
            var text = [person.name + (person.native.map { " (\($0))" } ?? "")]
            if let title = person.title { text.append(title) }
            lines.append("  \(parent) --> \(root)p\(number)[\(label(text))]")
        }
        var number = 0
        for (u, branch) in tree.branches.enumerated() {
            let id = "\(root)u\(u + 1)"
            var text = [OrgTree.unitLabel(branch.unit)]
            if let established = branch.unit.established { text.append("founded \(established.iso)") }
            lines.append("  \(root) --> \(id)[\(label(text))]")
            for member in branch.people {
                number += 1
                person(member, under: id, number)
            }
        }
        for member in tree.direct {
            number += 1
            person(member, under: root, number)
        }
        if hidden > 0 { lines.append("  \(root) -.- \(root)more[\(label(["… \(hidden) more people"]))]") }
        lines.append("```")
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// A quoted label of one or more lines.
    static func label(_ lines: [String]) -> String {
        "\"" + lines.map(escape).joined(separator: "<br/>") + "\""
    }

    static func label(_ line: String) -> String { label([line]) }

    /// Text as Mermaid entity codes where it could be syntax: quotes, `#`, `&`, `<`, `>`, `;`,
    /// backticks; line breaks and other controls become spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "#quot;"
            case "#": out += "#35;"
            case "&": out += "#amp;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case ";": out += "#59;"
            case "`": out += "#96;"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
