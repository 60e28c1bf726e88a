import DossierModel
import Foundation
import Testing

@Suite struct PartialDateTests {
    @Test(arguments: ["2018", "2018-09", "2018-09-30", "--05-21", "2020-02-29"])
    func roundTripsISO(_ text: String) throws {
        let date = try #require(PartialDate(iso: text))
        #expect(date.iso == text)
    }

    @Test(arguments: ["18", "2018-13", "2018-02-30", "2019-02-29", "--05", "2018/09/30", "", "2018-9-30"])
    func rejectsInvalid(_ text: String) {
        #expect(PartialDate(iso: text) == nil)
    }

    @Test func coarserDatesSortBeforeTheDaysTheyContain() throws {
        let texts = ["2018-09-30", "2010", "--05-21", "2018", "2018-09", "2019-05-21"]
        let sorted = texts.compactMap { PartialDate(iso: $0) }.sorted().map(\.iso)
        #expect(sorted == ["2010", "2018", "2018-09", "2018-09-30", "2019-05-21", "--05-21"])
    }

    @Test func factsEncodeInTheExchangeFormat() throws {
        let fact = Fact.metric(
            MetricFact(subject: "텐센트", what: "서버 수", value: 1_000_000, unit: "대", qualifier: .atLeast)
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(fact), as: UTF8.self)
        #expect(json == #"{"kind":"metric","qualifier":">=","subject":"텐센트","unit":"대","value":1000000,"what":"서버 수"}"#)
        let back = try JSONDecoder().decode(Fact.self, from: Data(json.utf8))
        #expect(back == fact)
    }
}
