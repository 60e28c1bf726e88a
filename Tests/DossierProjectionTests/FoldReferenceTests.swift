import DossierModel
import DossierTestSupport
import Testing

@testable import DossierProjection

/// The fold after session 10 (events read in place, `resolveOrg` and `resolvePerson` without
/// their look-up arrays) against the fold before (`ReferenceFold`), on generated batches whose
/// names, native spellings and aliases overlap so that organisations and people merge.
@Suite struct FoldReferenceTests {
    static let names = [
        "Tencent", "tencent", "TENCENT", "텐센트", "腾讯", "Naver", "네이버", "NAVER", "Cloud Unit", "CloudUnit",
        "클라우드 사업부", "Ma Huateng", "마화텅", "Pony Ma", "Lin Bin", "린빈", "Ren", "e\u{301}cole", "\u{E9}cole", "",
        " ", "Kakao", "카카오",
    ]

    struct Generator {
        var random: SplitMix64

        mutating func name() -> String {
            FoldReferenceTests.names[Int.random(in: 0..<FoldReferenceTests.names.count, using: &random)]
        }
        mutating func maybe() -> String? { Bool.random(using: &random) ? name() : nil }
        mutating func source() -> FactSource? {
            Bool.random(using: &random)
                ? FactSource(sentence: Int.random(in: 0...3, using: &random), excerpt: maybe().map { $0 + " said it." })
                : nil
        }

        mutating func fact() -> Fact {
            switch Int.random(in: 0..<8, using: &random) {
            case 0: .org(OrgFact(name: name(), native: maybe(), aliases: [name(), name()], source: source()))
            case 1: .org(OrgFact(name: name(), native: maybe(), source: source()))
            case 2:
                .person(
                    PersonFact(
                        name: name(),
                        native: maybe(),
                        title: maybe(),
                        org: maybe(),
                        unit: maybe(),
                        source: source()
                    )
                )
            case 3: .orgUnit(OrgUnitFact(name: maybe(), code: maybe(), parent: maybe(), source: source()))
            case 4: .presentation(PresentationFact(person: name(), topic: maybe(), event: maybe(), source: source()))
            case 5: .quote(QuoteFact(speaker: name(), text: name(), verb: maybe(), source: source()))
            case 6:
                .metric(
                    MetricFact(
                        subject: maybe(),
                        what: maybe(),
                        value: Double(Int.random(in: 0...99, using: &random)),
                        source: source()
                    )
                )
            default:
                .event(
                    EventFact(
                        name: name(),
                        native: maybe(),
                        aliases: [name()],
                        start: PartialDate(iso: "2020-05-06"),
                        source: source()
                    )
                )
            }
        }
    }

    @Test(arguments: [1, 2, 3, 4])
    func theFoldIsTheReferenceFold(seed: UInt64) {
        var generator = Generator(random: SplitMix64(state: seed))
        var state = ProjectionState()
        var reference = ReferenceFold()
        for sequence in 1...150 {
            let report = "report-\(sequence % 40)"
            var events: [DomainEvent] = [
                .reportIngested(
                    ReportIngested(report: report, fileName: "\(report).txt", size: 10, format: "txt", factCount: 0)
                )
            ]
            for index in 0..<Int.random(in: 0...12, using: &generator.random) {
                events.append(.factRecorded(FactRecorded(report: report, index: index, fact: generator.fact())))
            }
            state.apply(sequence: UInt64(sequence), hash: "h\(sequence)", timestamp: "t\(sequence)", events: events)
            reference.apply(sequence: UInt64(sequence), hash: "h\(sequence)", timestamp: "t\(sequence)", events: events)
            #expect(state.organizations == reference.organizations, "record \(sequence)")
            #expect(state.persons == reference.persons, "record \(sequence)")
            #expect(state.eventEntities == reference.eventEntities, "record \(sequence)")
            #expect(state.timelineEntries == reference.timelineEntries, "record \(sequence)")
            #expect(texts(state.orgIndex) == reference.orgIndex && texts(state.personIndex) == reference.personIndex)
            #expect(state.eventIndex == reference.eventIndex && state.timelineIndex == reference.timelineIndex)
            #expect(state.reports == reference.reports && state.factCount == reference.factCount)
        }
        // Merges happened (slots left empty).
        #expect(state.orgs.contains { $0 == nil } && state.people.contains { $0 == nil })
    }

    /// A name index by its keys' text, as the reference fold keeps it.
    private func texts(_ index: [NameKey: Int]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: index.map { ($0.key.text, $0.value) })
    }
}
