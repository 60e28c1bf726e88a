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

    /// `iso` before the fourteenth speed pass (padded by interpolation), kept as the reference.
    static func referenceISO(_ d: PartialDate) -> String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        var out = d.year.map { pad($0, 4) } ?? "-"
        if let month = d.month { out += "-" + pad(month, 2) }
        if let day = d.day { out += "-" + pad(day, 2) }
        return out
    }

    /// The form written digit by digit agrees with the reference, in range and out of it (the
    /// fields are public: a decoded or edited date may hold anything).
    @Test func isoMatchesTheReference() throws {
        let years: [Int?] = [nil, 0, 7, 99, 999, 1000, 2024, 9999, 10000, -1, -2024, 123_456]
        let parts: [Int?] = [nil, 0, 1, 9, 10, 12, 29, 31, 99, 100, -1, -10]
        var d = try #require(PartialDate(year: 2024))
        for y in years {
            for m in parts {
                for day in parts {
                    d.year = y
                    d.month = m
                    d.day = day
                    #expect(d.iso == Self.referenceISO(d))
                }
            }
        }
    }

    /// The parser before session 7 (splitting into `String`s), kept as the reference.
    static func referenceParse(_ text: String) -> PartialDate? {
        let parts = text.split(separator: Character("-"), omittingEmptySubsequences: false).map(String.init)
        func number(_ s: String, digits: Int) -> Int? {
            guard s.count == digits, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(s)
        }
        switch parts.count {
        case 1:
            return number(parts[0], digits: 4).flatMap { PartialDate(year: $0) }
        case 2:
            guard let y = number(parts[0], digits: 4), let m = number(parts[1], digits: 2) else { return nil }
            return PartialDate(year: y, month: m)
        case 3:
            guard let y = number(parts[0], digits: 4), let m = number(parts[1], digits: 2),
                let d = number(parts[2], digits: 2)
            else { return nil }
            return PartialDate(year: y, month: m, day: d)
        case 4 where parts[0].isEmpty && parts[1].isEmpty:
            guard let m = number(parts[2], digits: 2), let d = number(parts[3], digits: 2) else { return nil }
            return PartialDate(year: nil, month: m, day: d)
        default:
            return nil
        }
    }

    @Test func parsesAsTheParserBefore() {
        // Every text of up to five pieces of this alphabet (digits, signs, a non-ASCII digit, a
        // combining mark, a letter), and valid dates with one piece put in at every place.
        let pieces = ["0", "1", "2", "9", "-", "٣", "\u{301}", "a", "12", "2018", "--"]
        var texts: [String] = [""]
        var level: [String] = [""]
        for _ in 0..<5 {
            level = level.flatMap { prefix in pieces.map { prefix + $0 } }
            texts += level
        }
        for valid in ["2018", "2018-09", "2018-09-30", "--05-21", "2020-02-29", "0000-01-01", "9999-12-31"] {
            for piece in pieces {
                for at in 0...valid.count {
                    var text = valid
                    text.insert(contentsOf: piece, at: text.index(text.startIndex, offsetBy: at))
                    texts.append(text)
                }
            }
        }
        for text in texts {
            #expect(PartialDate(iso: text) == Self.referenceParse(text), "\(Array(text.unicodeScalars))")
            #expect(PartialDate(iso: Substring(text)) == Self.referenceParse(text))
        }
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
