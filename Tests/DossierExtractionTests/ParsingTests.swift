import DossierModel
import Testing

@testable import DossierExtraction

@Suite struct ParsingTests {
    func number(_ text: String) -> Double? {
        KoreanNumbers.read(Array(text.unicodeScalars), at: 0)?.value
    }

    @Test func koreanNumbers() {
        #expect(number("100만대") == 1_000_000)
        #expect(number("3만 8천개") == 38_000)
        #expect(number("1억 2천만") == 120_000_000)
        #expect(number("5546억 위안") == 554_600_000_000)
        #expect(number("2조 7156억 원") == 2_715_600_000_000)
        #expect(number("38,000 hospitals") == 38_000)
        #expect(number("2.5 billion") == 2_500_000_000)
        #expect(KoreanNumbers.read(Array("2만여 개".unicodeScalars), at: 0)?.approximate == true)
    }

    @Test func theEndOfAYearIsItsDecember() {
        let found = { (text: String) in
            DateParsing.find(Array(text.unicodeScalars), publishedYear: 2024).map(\.start.iso)
        }
        #expect(found("내년 말 양산에 들어간다") == ["2025-12"])
        #expect(found("2023년 말까지 공급한다") == ["2023-12"])
        #expect(found("지난해 말 기준 230명") == ["2023-12"])
        #expect(found("내년 말레이시아 공장") == ["2025"])
    }

    @Test func decimalsReadAsTheNearestDouble() {
        #expect(number("0.3%") == 0.3)
        #expect(number("12.7%") == 12.7)
        #expect(number("1,234.56 yuan") == 1234.56)
        #expect(number("0.003 yuan") == 0.003)
        #expect(number("1.73 trillion won") == 1_730_000_000_000)
    }

    @Test func plainDigitsAfterABigMagnitudeAndASpace() {
        #expect(number("21만 5900 위안") == 215_900)
        #expect(number("8만 8898대") == 88_898)
        #expect(number("1억 2345만 명") == 123_450_000)
        // Not a year, a decimal or a longer number.
        #expect(number("10만 2024년") == 100_000)
        #expect(number("3만 1.5%") == 30_000)
        #expect(number("3만 12345명") == 30_000)
    }

    @Test func koreanCompoundNumerals() {
        // Hundreds and thousands written as words inside a 만/억/조 group.
        #expect(number("4천 3백만 명") == 43_000_000)
        #expect(number("2천 6백만 명") == 26_000_000)
        #expect(number("1천 9백 10만 명") == 19_100_000)
        #expect(number("5백만 달러") == 5_000_000)
        #expect(number("7천5백억 원") == 750_000_000_000)
        #expect(number("1조 2천억 원") == 1_200_000_000_000)
        #expect(number("1천484억 원") == 148_400_000_000)
        #expect(number("3만 8천") == 38_000)
        // A larger magnitude after a space starts a new number.
        #expect(number("3천 5천") == 3_000)
        #expect(number("2천 3명") == 2_000)
    }

    func dates(_ text: String, year: Int? = nil) -> [String] {
        DateParsing.find(Array(text.unicodeScalars), publishedYear: year).map {
            $0.start.iso + ($0.end.map { "/" + $0.iso } ?? "")
        }
    }

    @Test func monthWordDays() {
        func on(_ text: String, _ pub: PartialDate?) -> [String] {
            DateParsing.find(Array(text.unicodeScalars), publishedYear: pub?.year, published: pub).map(\.start.iso)
        }
        let march = PartialDate(year: 2024, month: 3, day: 5)
        #expect(on("회사는 지난달 18일 신제품을 내놓았다.", march) == ["2024-02-18"])
        #expect(on("새 조직은 다음 달 1일자로 출범한다.", march) == ["2024-04-01"])
        #expect(on("새 요금제는 다음달 2일 적용된다.", march) == ["2024-04-02"])
        #expect(on("설명회는 이달 29일 열린다.", march) == ["2024-03-29"])
        // Across a year end, and with only a month known.
        let january = PartialDate(year: 2025, month: 1, day: 9)
        #expect(on("지난달 30일 합병을 마쳤다.", january) == ["2024-12-30"])
        #expect(on("매장은 다음 달 3일 문을 연다.", PartialDate(year: 2024, month: 12)) == ["2025-01-03"])
        // A later day in a sentence in the present or future tense is this month's.
        let sixteenth = PartialDate(year: 2025, month: 9, day: 16)
        #expect(on("둘째 날인 17일에는 정혜린 상무가 발표한다.", sixteenth) == ["2025-09-17"])
        #expect(on("17일에는 정혜린 상무가 발표했다.", sixteenth) == ["2025-08-17"])
        #expect(on("행사는 20일 열릴 예정이다.", sixteenth) == ["2025-09-20"])
        // No day: the month; no publication date, no date.
        #expect(on("지난달 실적이 좋았다.", march) == ["2024-02"])
        #expect(on("이달부터 적용된다.", march) == ["2024-03"])
        #expect(on("이달성 장관", march) == [])
        #expect(on("지난달 18일 발표했다.", nil) == [])
    }

    @Test func pageFurnitureLines() {
        func furniture(_ line: String) -> Bool { SentenceSplitter.isFurniture(Array(line.unicodeScalars)) }
        #expect(furniture("입력 2023.11.20 09:31 | 수정 2023.11.20 10:02"))
        #expect(furniture("기사입력 2023-11-20 09:31 | 최종수정 2023-11-20 10:02"))
        #expect(furniture("Published: Monday, November 20, 2023, 9:31 AM KST"))
        #expect(furniture("Updated 20 Nov 2023"))
        #expect(furniture("▲ 대표가 7일 행사장에서 발표하고 있다."))
        #expect(furniture("대표(오른쪽)가 협약서에 서명하고 있다. (사진=회사 제공)"))
        #expect(furniture("대표가 인사말을 하고 있다. [사진=회사]"))
        // Body text that merely starts with a similar word, or ends in a plain bracket.
        #expect(!furniture("입력값 검증을 강화했다고 밝혔다."))
        #expect(!furniture("Updates to the app arrive on March 3."))
        #expect(!furniture("회사는 7일 신제품을 공개했다(출시 예정)."))
        // A long furniture line still gives the publication date, but no dated fact.
        let split = SentenceSplitter.split("제목\n기사입력 2023-11-20 09:31 | 최종수정 2023-11-20 10:02\n회사는 20일 밝혔다.")
        #expect(ExtractionRun.dateLine(split)?.iso == "2023-11-20")
    }

    @Test func dateLinesOfCorrespondentsPostingTimesAndEnglishCredits() {
        func date(_ text: String) -> String? { ExtractionRun.dateLine(SentenceSplitter.split(text))?.iso }
        #expect(date("2025.03.04 | 베이징=이준호 특파원\n\n제목\n회사는 4일 밝혔다.") == "2025-03-04")
        #expect(date("제목\n항저우=박서연 특파원 | 입력 2024.10.29 06:00\n회사는 29일 밝혔다.") == "2024-10-29")
        #expect(date("기사입력 2025.09.05. 오후 3:40\n\n회사는 3일 밝혔다.") == "2025-09-05")
        #expect(
            date("Title\nThe company said on Friday.\nReported by Lee Ji-won; published 22 November 2024")
                == "2024-11-22"
        )
        // A date in the body near the top is no date line.
        #expect(date("제목\n회사는 2023년 5월 특허 등록 절차를 마쳤다고 밝혔다.\n회사는 3일 밝혔다.") == nil)
    }

    @Test func dateForms() {
        #expect(dates("2018년 9월 30일, 조직 개편") == ["2018-09-30"])
        #expect(dates("2018.9.30 발표") == ["2018-09-30"])
        #expect(dates("on 2018-09-30") == ["2018-09-30"])
        #expect(dates("2010년부터") == ["2010"])
        #expect(dates("5월 21-23일간") == ["--05-21/--05-23"])
        #expect(dates("5월 21~23일", year: 2019) == ["2019-05-21/2019-05-23"])
        #expect(dates("지난해 매출", year: 2019) == ["2018"])
        #expect(dates("내년 3월", year: 2019) == ["2020-03"])
        #expect(dates("May 21-23, 2019") == ["2019-05-21/2019-05-23"])
        #expect(dates("since 2010") == ["2010"])
        #expect(dates("향후 20년은") == [])
    }

    @Test func datesAgainstThePublicationDay() {
        let published = PartialDate(year: 2024, month: 11, day: 5)
        func rel(_ text: String) -> [String] {
            DateParsing.find(Array(text.unicodeScalars), publishedYear: nil, published: published).map {
                $0.start.iso + ($0.end.map { "/" + $0.iso } ?? "")
            }
        }
        #expect(rel("지난 4일부터 이틀간 열린") == ["2024-11-04/2024-11-05"])
        #expect(rel("24일부터 26일까지") == ["2024-10-24/2024-10-26"])
        #expect(rel("3일간 진행") == [])
        #expect(rel("said on Friday") == ["2024-11-01"])
        #expect(rel("Lenovo today opened") == ["2024-11-05"])
    }

    @Test func quotationsSpanSentencesAndMismatchedMarks() {
        let s = SentenceSplitter.split("그는 “첫 문장이다. 둘째 ‘용어’다.”라고 말했다. 다음 문장.")
        #expect(s.count == 2)
        #expect(s[0].quotes.map(\.text) == ["첫 문장이다. 둘째 ‘용어’다"])
    }

    @Test func particlesComeOff() {
        let lexicon = Lexicon.builtIn
        #expect(Tokenizer.stripParticle("리우츠핑은", lexicon: lexicon).0 == "리우츠핑")
        #expect(Tokenizer.stripParticle("치우위에펑에게", lexicon: lexicon).0 == "치우위에펑")
        #expect(Tokenizer.stripParticle("Tencent's", lexicon: lexicon).0 == "Tencent")
    }

    @Test func aSpanGivenByItsLengthInDays() {
        let d = DateParsing.find(Array("오는 9월 2일부터 사흘간 열린다. 4일부터 이틀 동안".unicodeScalars), publishedYear: 2024)
        #expect(d.first?.end?.iso == "2024-09-04")
        let e = DateParsing.find(Array("행사는 10월 30일부터 5일간 이어진다".unicodeScalars), publishedYear: 2024)
        #expect(e.first?.end?.iso == "2024-11-03")
        let f = DateParsing.find(
            Array("행사는 2024.9.19~21 사흘간 이어지며 2024.9.30-2024.10.2".unicodeScalars),
            publishedYear: 2024
        )
        #expect(f.first?.start.iso == "2024-09-19")
        #expect(f.first?.end?.iso == "2024-09-21")
    }
}
