/// A deterministic corpus of report-like texts, Korean and English, built in code from sentence
/// shapes of real write-ups with companies, people, numbers and dates drawn from fixed lists by a
/// seeded generator. The same seed gives the same corpus on every machine.
struct Corpus {
    /// A small, fast, seeded generator (SplitMix64).
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
        mutating func pick<T>(_ list: [T]) -> T { list[Int(next() % UInt64(list.count))] }
    }

    static let koreanOrgs = [
        "텐센트", "알리바바", "바이두", "화웨이", "징둥", "메이퇀", "넷이즈", "레노버", "현대자동차", "SK텔레콤", "KT", "쿠팡",
        "엔씨소프트", "크래프톤", "앤트그룹", "아이플라이텍", "삼성SDS", "네이버", "카카오", "LG전자",
    ]
    static let hanNames: [(String, String)] = [
        ("리우츠핑", "刘炽平"), ("치우위에펑", "邱跃鹏"), ("린징화", "林璟骅"), ("쉬란", "许冉"), ("류칭펑", "刘庆峰"),
        ("우샤오루", "吴晓如"), ("왕싱", "王兴"), ("딩레이", "丁磊"), ("양위안칭", "杨元庆"), ("징셴둥", "井贤栋"),
    ]
    static let koreanNames = ["김영섭", "유영상", "황성우", "정신아", "최수연", "박병무", "김택진", "조주완", "곽노정", "송해구"]
    static let koreanTitles = ["부총재", "총재", "대표", "대표이사 사장", "부사장", "회장", "CEO", "CTO", "전무", "사업부장"]
    static let koreanEvents = ["글로벌 디지털 생태계 서밋", "개발자 컨퍼런스", "AI 서밋", "테크 데이", "파트너 대회"]
    static let koreanPlaces = [("윈난성", "쿤밍", "昆明"), ("저장성", "항저우", "杭州"), ("서울", "코엑스", ""), ("광둥성", "선전", "深圳")]
    static let koreanTopics = ["클라우드 사업 현황", "스마트 유통 전략", "AI 인프라 투자 계획", "의료 분야 비전", "자율주행 로드맵"]
    static let koreanThings = ["서버", "의료기관", "파트너사", "가입자", "개발자", "특허", "차량 모델", "고객사"]
    static let counters = ["대", "개", "곳", "명", "건"]

    static let englishOrgs = [
        "Tencent", "Alibaba", "Baidu", "Huawei", "JD.com", "Meituan", "NetEase", "Lenovo", "Hyundai Motor", "Coupang",
        "Krafton", "Ant Group", "iFlytek", "Samsung SDS", "Naver", "Kakao",
    ]
    static let englishPeople = [
        "Daniel Zhang", "Eric Jing", "Zhang Jun", "Lu Weibing", "Kirk Skaugen", "Song Chang-hyun", "Qiu Yuepeng",
        "Lin Bin", "Wang Xing", "Ding Lei",
    ]
    static let englishTitles = [
        "chief executive officer", "vice president", "president", "chairman and CEO", "chief technology officer",
    ]
    static let englishEvents = ["Developer Conference", "Cloud Summit", "Connect", "Tech World", "AI Summit"]
    static let englishCities = ["Shanghai", "Beijing", "Hangzhou", "Seoul", "Shenzhen", "Austin"]
    static let englishTopics = [
        "the company's cloud roadmap", "its new AI-ready servers", "the Ascend computing roadmap",
        "the group's AI strategy",
    ]
    static let englishThings = ["servers", "partners", "customers", "developers", "hospitals", "devices"]
    static let months = ["January", "March", "May", "June", "September", "October", "November"]

    /// One Korean report of `sentences` sentences.
    static func korean(_ g: inout Generator, sentences: Int) -> String {
        let org = g.pick(koreanOrgs)
        let other = g.pick(koreanOrgs)
        let event = org + " " + g.pick(koreanEvents)
        let (region, place, placeNative) = g.pick(koreanPlaces)
        let year = g.int(2018...2025)
        let month = g.int(1...12)
        let day = g.int(1...20)
        var lines = [
            "[현장] ‘\(event) \(year)’ 주요 발표 정리",
            "입력 \(year).\(month).\(day + 2) 10:21",
            "\(month)월 \(day)-\(day + 2)일간 \(region) \(place)\(placeNative.isEmpty ? "" : "(\(placeNative))")에서 열린 ‘\(event) \(year)’은 \(org)그룹 최대 이벤트다.",
        ]
        var body: [String] = []
        for _ in 0..<sentences {
            let (name, native) = g.pick(hanNames)
            let kname = g.pick(koreanNames)
            let title = g.pick(koreanTitles)
            let n = g.int(2...9999)
            switch g.int(0...9) {
            case 0: body.append("\(name)(\(native)) \(org) \(title)는 \(g.pick(koreanTopics))을 발표했다.")
            case 1:
                body.append(
                    "\(kname) \(title)은 “현재 \(org)가 보유한 \(g.pick(koreanThings) ) 수는 \(n)만\(g.pick(counters)) 이상”이라며, “업계 1위”라고 강조했다."
                )
            case 2:
                body.append(
                    "그는 “\(org)는 \(g.pick(koreanOrgs))(\(native)), \(other) 등 \(n % 90 + 2)개 업체들과 전략적 협약을 맺었다”고 말했다."
                )
            case 3: body.append("\(org)는 \(year)년 \(month)월 \(day)일 AI클라우드 사업부(ACG)를 신설했다.")
            case 4:
                body.append(
                    "\(org)의 지난해 매출은 \(n)억 \(g.int(1...9))000만 위안으로 전년 대비 \(g.int(1...40)).\(g.int(1...9))% 늘었다."
                )
            case 5: body.append("이날 행사에는 약 \(n)명이 참석했으며, \(other)의 \(kname) 대표도 자리했다.")
            case 6:
                body.append(
                    "\(name), \(g.pick(hanNames).0), \(g.pick(hanNames).0) \(title)가 클라우드, 스마트 유통, 의료 등 핵심 사업에 대해 발표했다."
                )
            case 7: body.append("\(kname) \(org) \(title)는 “\(g.pick(koreanTopics)) 분야에서 \(n)억 원 이상을 투자하겠다”고 밝혔다.")
            case 8: body.append("\(org) 서밋은 기존 \(other) 파트너 컨퍼런스, \(other) 클라우드 서밋 등을 통합한 것이다.")
            default: body.append("\(org)는 지난 \(day)일 \(place)에서 신규 서비스를 공개하고 \(n % 100)배 빠른 성능을 강조했다.")
            }
        }
        lines.append(contentsOf: body)
        lines.append("김철수 기자 cskim@example.co.kr")
        return lines.joined(separator: "\n")
    }

    /// One English report of `sentences` sentences.
    static func english(_ g: inout Generator, sentences: Int) -> String {
        let org = g.pick(englishOrgs)
        let event = org + " " + g.pick(englishEvents)
        let city = g.pick(englishCities)
        let year = g.int(2018...2025)
        let month = g.pick(months)
        let day = g.int(1...26)
        var lines = [
            "\(event) \(year): cloud growth and AI roadmap",
            "\(city.uppercased()), \(month) \(day), \(year) /PRNewswire/ -- \(org) opened \(event) \(year) in \(city) on \(month) \(day)-\(day + 2), \(year).",
        ]
        for _ in 0..<sentences {
            let person = g.pick(englishPeople)
            let title = g.pick(englishTitles)
            let n = g.int(2...9999)
            switch g.int(0...7) {
            case 0: lines.append("\(person), \(title) of \(org), presented \(g.pick(englishTopics)).")
            case 1:
                lines.append(
                    "\"Computing power is the foundation of the intelligent world,\" \(person.split(separator: " ")[1]) said."
                )
            case 2:
                lines.append(
                    "\(org) CEO \(person) said the cloud business now serves more than \(n),000 \(g.pick(englishThings))."
                )
            case 3:
                lines.append(
                    "\"We invested $\(n % 10).\(g.int(1...9)) billion in cloud research last year,\" \(person) added."
                )
            case 4: lines.append("The company established a new Cloud Intelligence Group on \(month) \(day), \(year).")
            case 5:
                lines.append(
                    "\(org)'s market share in Europe rose to \(n % 60) percent, up \(g.int(1...9)).\(g.int(1...9))% from a year earlier."
                )
            case 6:
                lines.append(
                    "The group employs more than \(n),\(g.int(100...999)) people and had revenue of \(n) billion yuan in \(year - 1)."
                )
            default:
                lines.append(
                    "\(person), who will remain \(title) of \(org), said the unit would be listed by \(year + 2)."
                )
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `count` reports, about one in three English, of 8 to 40 sentences (2 to 8 KB, as real
    /// write-ups are).
    static func reports(count: Int, seed: UInt64 = 42) -> [String] {
        var g = Generator(state: seed)
        var out: [String] = []
        out.reserveCapacity(count)
        for _ in 0..<count {
            let sentences = g.int(8...40)
            out.append(g.int(0...2) == 0 ? english(&g, sentences: sentences) : korean(&g, sentences: sentences))
        }
        return out
    }
}
