/// An organisation as a tree: the organisation, its units with the people reported in them,
/// and the people in no unit. Shared by the HTML page, the Mermaid diagram and `org.dot`.
struct OrgTree {
    /// A unit and its people.
    struct Branch {
        var unit: UnitView
        var people: [PersonView]
    }

    var org: OrgView
    var branches: [Branch]
    /// People of the organisation in none of its units.
    var direct: [PersonView]

    init(_ org: OrgView) {
        self.org = org
        var byName: [String: PersonView] = [:]
        for person in org.people where byName[person.name] == nil { byName[person.name] = person }
        var placed: Set<String> = []
        branches = org.units.map { unit in
            let people = unit.people.compactMap { byName[$0] }
            placed.formUnion(unit.people)
            return Branch(unit: unit, people: people)
        }
        direct = org.people.filter { !placed.contains($0.name) }
    }

    /// Whether there is more than the organisation's name to draw.
    var hasChart: Bool { !branches.isEmpty || !direct.isEmpty }

    /// A unit's label: its code and full name as known (`CSIG · B2B클라우드&스마트산업 사업부`).
    static func unitLabel(_ unit: UnitView) -> String {
        [unit.code, unit.name].compactMap { $0 }.joined(separator: " · ").nonEmpty ?? "(unit)"
    }
}
