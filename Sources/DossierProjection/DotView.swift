/// `org.dot`: the organisation trees as one Graphviz digraph (`dot -Tsvg org.dot > org.svg`).
/// Node ids are ASCII (`o1`, `o1u2`, `o1p3`); labels are quoted DOT strings. Pure.
public enum DotView {
    /// The digraph of every organisation with units or people.
    public static func graph(_ doc: OrgDocument) -> String {
        var cache = RenderCache()
        cache.update(doc)
        return graph(doc, cache: &cache)
    }

    /// ``graph(_:)`` with the nodes of unchanged organisations taken from `cache` (which
    /// ``RenderCache/update(_:)`` has brought up to date with `doc`).
    static func graph(_ doc: OrgDocument, cache: inout RenderCache) -> String {
        var out = """
            // Dossier: organisations, their units and people. Render with: dot -Tsvg org.dot -o org.svg
            digraph dossier {
              graph [rankdir=LR, charset="UTF-8", fontname="Noto Sans CJK KR", nodesep=0.25, ranksep=0.6];
              node [shape=box, style="rounded,filled", fillcolor="#fbfaf5", color="#9aa6b2", fontname="Noto Sans CJK KR", fontsize=11];
              edge [color="#9aa6b2", arrowsize=0.6];

            """
        for (index, org) in doc.organizations.enumerated() {
            out += cache.piece(index, \.dot) { nodes(org, index: index) } ?? ""
        }
        return out + "}\n"
    }

    /// The nodes and edges of one organisation (`index` counts from 0); `""` without a chart.
    static func nodes(_ org: OrgView, index: Int) -> String {
        let tree = OrgTree(org)
        guard tree.hasChart else { return "" }
        var out = ""
        let root = "o\(index + 1)"
        let name = [org.name, org.native].compactMap { $0 }.joined(separator: "\n")
        out += "  \(root) [label=\(quoted(name)), fillcolor=\"#0b57a4\", fontcolor=\"#ffffff\"];\n"
        var number = 0
        for (u, branch) in tree.branches.enumerated() {
            let id = "\(root)u\(u + 1)"
            var label = OrgTree.unitLabel(branch.unit)
            if let established = branch.unit.established { label += "\nfounded \(established.iso)" }
            out += "  \(id) [label=\(quoted(label)), fillcolor=\"#eaf2fb\"];\n  \(root) -> \(id);\n"
            for person in branch.people {
                number += 1
                out += personNode(person, id: "\(root)p\(number)", parent: id)
            }
        }
        for person in tree.direct {
            number += 1
            out += personNode(person, id: "\(root)p\(number)", parent: root)
        }
        return out
    }

    static func personNode(_ person: PersonView, id: String, parent: String) -> String {
        var label = person.name + (person.native.map { " (\($0))" } ?? "")
        if let title = person.title { label += "\n" + title }
        for topic in person.topics.prefix(3) { label += "\n· " + topic }
        return "  \(id) [label=\(quoted(label))];\n  \(parent) -> \(id);\n"
    }

    /// A DOT double-quoted string: `\` and `"` escaped, line feeds as `\n` (centred lines), other
    /// controls dropped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
