import DossierModel

@testable import DossierExtraction

// The rule tests' common helpers: a report's facts, and its facts of one kind.

/// The facts the built-in lexicon's extractor takes from `body`, published on `published`.
func facts(_ body: String, published: String = "2024-05-02") -> [Fact] {
    Extractor(lexicon: .builtIn).extract(ReportDocument(body: body, published: PartialDate(iso: published)))
}

/// The facts of a report with no front matter: its publication date comes from its own lines.
func undated(_ body: String) -> [Fact] {
    Extractor(lexicon: .builtIn).extract(ReportDocument(body: body, published: nil))
}

func people(_ facts: [Fact]) -> [PersonFact] {
    facts.compactMap { if case .person(let p) = $0 { p } else { nil } }
}

func orgs(_ facts: [Fact]) -> [OrgFact] {
    facts.compactMap { if case .org(let o) = $0 { o } else { nil } }
}

func units(_ facts: [Fact]) -> [OrgUnitFact] {
    facts.compactMap { if case .orgUnit(let u) = $0 { u } else { nil } }
}

func metrics(_ facts: [Fact]) -> [MetricFact] {
    facts.compactMap { if case .metric(let m) = $0 { m } else { nil } }
}

func dated(_ facts: [Fact]) -> [DatedFact] {
    facts.compactMap { if case .dated(let d) = $0 { d } else { nil } }
}

func events(_ facts: [Fact]) -> [EventFact] {
    facts.compactMap { if case .event(let e) = $0 { e } else { nil } }
}

func quotes(_ facts: [Fact]) -> [QuoteFact] {
    facts.compactMap { if case .quote(let q) = $0 { q } else { nil } }
}

func presentations(_ facts: [Fact]) -> [PresentationFact] {
    facts.compactMap { if case .presentation(let p) = $0 { p } else { nil } }
}
