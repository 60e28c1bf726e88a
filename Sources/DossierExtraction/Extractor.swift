import DossierModel

/// Turns a report written for people into facts. Pure: the same document and lexicon
/// always give the same facts, in the same order.
public struct Extractor: Sendable {
    /// The words the rules are driven by.
    public let lexicon: Lexicon
    /// The same lexicon behind one reference, so that copies of an `ExtractionRun` stay cheap.
    let box: LexiconBox

    /// Creates an extractor driven by a lexicon (`Lexicon.builtIn` or `Lexicon.load(directory:)`).
    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        box = LexiconBox(lexicon)
    }

    /// The facts of one report, in the order the report gives them (by sentence; within a
    /// sentence events, people, organisations, units, presentations, quotes, figures, dates).
    public func extract(_ document: ReportDocument) -> [Fact] {
        var run = ExtractionRun(box: box, document: document)
        run.findOrgs()
        run.findPeople()
        run.settleMainOrgFromSlots()
        run.settleMainOrgFromDiscovered()
        run.settleMainOrgFromLead()
        run.findEvents()
        run.emitPeople()
        run.emitOrgs()
        run.findUnits()
        run.findQuotesAndPresentations()
        run.findMetrics()
        run.findDated()
        let rank: [FactKind: Int] = [
            .event: 0, .person: 1, .org: 2, .orgUnit: 3, .presentation: 4, .quote: 5, .metric: 6, .dated: 7,
        ]
        // By sentence, kind, then order found (unique, so the order is total): keys computed
        // once, indexes sorted rather than facts.
        let keys = run.facts.map { ($0.sentence, rank[$0.fact.kind] ?? 9, $0.order) }
        return keys.indices.sorted { keys[$0] < keys[$1] }.map { run.facts[$0].fact }
    }
}

/// A lexicon behind a reference.
final class LexiconBox: Sendable {
    let lexicon: Lexicon

    init(_ lexicon: Lexicon) { self.lexicon = lexicon }
}
