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
        run.joinTwoWordOrgs()
        run.findOrgs()
        run.findPeople()
        run.settleMainOrgFromSlots()
        run.settleMainOrgFromDiscovered()
        run.settleMainOrgFromLead()
        run.findEvents()
        run.emitPeople()
        run.emitOrgs()
        run.findUnits()
        run.dropOrgsNamingUnits()
        run.findQuotesAndPresentations()
        run.findMetrics()
        run.findDated()
        // By sentence, kind, then order found (unique, so the order is total): keys computed
        // once, indexes sorted rather than facts.
        let keys = run.facts.indices.map { (run.factSentences[$0], Self.rank(run.facts[$0].kind), $0) }
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        // The facts moved into that order in place (each cycle of the permutation by swaps), so
        // that none is copied.
        var facts: [Fact] = []
        swap(&facts, &run.facts)
        var placed = [Bool](repeating: false, count: facts.count)
        facts.withUnsafeMutableBufferPointer { facts in
            // A buffer pointer's `swapAt` moves the two facts; `Array.swapAt` copied them.
            for start in facts.indices where !placed[start] {
                var k = start
                while order[k] != start {
                    facts.swapAt(k, order[k])
                    placed[k] = true
                    k = order[k]
                }
                placed[k] = true
            }
        }
        return facts
    }

    /// Where facts of a kind come within a sentence.
    static func rank(_ kind: FactKind) -> Int {
        switch kind {
        case .event: 0
        case .person: 1
        case .org: 2
        case .orgUnit: 3
        case .presentation: 4
        case .quote: 5
        case .metric: 6
        case .dated: 7
        }
    }
}

/// A lexicon behind a reference.
final class LexiconBox: Sendable {
    let lexicon: Lexicon
    /// Each known org's names (`KnownOrg.allNames`, by lexicon index), made once: `note` asked for
    /// them three times per new org of every report, building the array each time.
    let orgNames: [[String]]
    /// The same names lower-cased (`Scalars.lower`) as `orgByName`'s keys: each was lower-cased and
    /// checked for plain text (`TextKey`) on every lookup.
    let orgNameKeys: [[TextKey]]

    init(_ lexicon: Lexicon) {
        self.lexicon = lexicon
        orgNames = lexicon.orgs.map(\.allNames)
        orgNameKeys = orgNames.map { $0.map { TextKey(Scalars.lower($0)) } }
    }
}
