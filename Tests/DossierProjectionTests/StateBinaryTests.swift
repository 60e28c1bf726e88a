import DossierModel
import Foundation
import Testing

@testable import DossierProjection

@Suite struct StateBinaryTests {
    /// A state with every kind of entity, merges (absent slots), citations, quotations, figures,
    /// partial dates of every precision and a rejected report.
    func richState() -> ProjectionState {
        var state = ProjectionState()
        let source = FactSource(sentence: 3, excerpt: "텐센트는 2018년 9월 30일 조직을 개편했다.")
        state.apply(
            sequence: 1,
            hash: "h1",
            timestamp: "2026-01-01T00:00:00.000Z",
            events: ingested(
                "r1",
                [
                    .org(OrgFact(name: "텐센트", native: "腾讯", aliases: ["Tencent"], source: source)),
                    .orgUnit(
                        OrgUnitFact(
                            name: "CSIG 사업부",
                            code: "CSIG",
                            parent: "텐센트",
                            established: PartialDate(iso: "2018-09-30"),
                            source: source
                        )
                    ),
                    .person(PersonFact(name: "딩커", title: "부총재", org: "텐센트", unit: "CSIG", source: source)),
                    .presentation(PresentationFact(person: "딩커", topic: "보안", source: source)),
                    .quote(QuoteFact(speaker: "딩커", text: "안전이 먼저다", verb: "말했다", source: source)),
                    .metric(
                        MetricFact(
                            subject: "텐센트",
                            what: "서버",
                            value: 1.5e6,
                            unit: "대",
                            qualifier: .atLeast,
                            date: PartialDate(iso: "2019"),
                            source: source
                        )
                    ),
                    .metric(MetricFact(value: -0.25)),
                    .dated(DatedFact(date: PartialDate(iso: "2018-09")!, subject: "텐센트", summary: "개편")),
                    .event(
                        EventFact(
                            name: "서밋",
                            native: "峰会",
                            aliases: ["Summit"],
                            start: PartialDate(iso: "--05-21"),
                            end: PartialDate(iso: "--05-23"),
                            place: "쿤밍",
                            placeNative: "昆明",
                            region: "윈난성",
                            merges: ["옛 서밋"],
                            source: source
                        )
                    ),
                ]
            )
        )
        state.apply(
            sequence: 2,
            hash: "h2",
            timestamp: "2026-01-02T00:00:00.000Z",
            events: [
                .reportRejected(
                    ReportRejected(
                        report: "bad",
                        fileName: "bad.txt",
                        size: 0,
                        code: "empty",
                        reason: "the file is empty"
                    )
                )
            ]
        )
        state.apply(
            sequence: 3,
            hash: "h3",
            timestamp: "2026-01-03T00:00:00.000Z",
            events: ingested(
                "r3",
                [
                    .org(OrgFact(name: "Tencent Cloud")),
                    .person(PersonFact(name: "Ding Ke", native: "丁珂", title: "VP", org: "Tencent")),
                    // Links the two people: one entity is absorbed into the other (a `nil` slot).
                    .person(PersonFact(name: "딩커", native: "丁珂")),
                    .org(OrgFact(name: "Tencent Cloud", native: "腾讯")),
                ]
            )
        )
        return state
    }

    @Test func theBinaryFormReadsBackAsTheSameState() throws {
        let state = richState()
        #expect(state.people.contains { $0 == nil } || state.orgs.contains { $0 == nil })
        let bytes = state.binaryEncoded()
        let read = try bytes.withUnsafeBytes { try ProjectionState(binary: $0) }
        #expect(read == state)
        #expect(
            ProjectionRenderer.render(read, formats: Set(ProjectionFormat.allCases)).map(\.bytes)
                == ProjectionRenderer.render(state, formats: Set(ProjectionFormat.allCases)).map(\.bytes)
        )
        // Folding on from the read state gives what folding on from the original gives.
        var a = state
        var b = read
        let more = ingested("r4", [.person(PersonFact(name: "Ding Ke", title: "SVP", org: "텐센트"))])
        a.apply(sequence: 4, hash: "h4", timestamp: "t4", events: more)
        b.apply(sequence: 4, hash: "h4", timestamp: "t4", events: more)
        #expect(a == b)
        #expect(
            try ProjectionState().binaryEncoded().withUnsafeBytes { try ProjectionState(binary: $0) }
                == ProjectionState()
        )
    }

    /// The string table is keyed by bytes: two spellings of the same text (composed and decomposed)
    /// each come back with their own bytes, and the state read back equals the one written.
    @Test func differentlyEncodedEquivalentStringsKeepTheirBytes() throws {
        var state = ProjectionState()
        state.apply(
            sequence: 1,
            hash: "h1",
            timestamp: "t1",
            events: ingested(
                "r1",
                [
                    .org(OrgFact(name: "Caf\u{E9}", aliases: ["Cafe\u{301}"])),
                    .dated(
                        DatedFact(date: PartialDate(iso: "2020")!, subject: "Cafe\u{301}", summary: "\u{E9}t\u{E9}")
                    ),
                    .dated(
                        DatedFact(date: PartialDate(iso: "2021")!, subject: "Caf\u{E9}", summary: "e\u{301}te\u{301}")
                    ),
                ]
            )
        )
        let read = try state.binaryEncoded().withUnsafeBytes { try ProjectionState(binary: $0) }
        #expect(read == state)
        #expect(read.timeline.map { Array(($0.who ?? "").utf8) } == state.timeline.map { Array(($0.who ?? "").utf8) })
        #expect(read.timeline.map { Array($0.what.utf8) } == state.timeline.map { Array($0.what.utf8) })
        #expect(Set(read.timeline.map { Array(($0.who ?? "").utf8) }).count == 2)
    }

    @Test func aCutOrDamagedBinaryFormIsRefusedOrReadWithoutCrashing() throws {
        let bytes = richState().binaryEncoded()
        for length in stride(from: 0, to: bytes.count, by: 7) {
            #expect(throws: StateDecodingError.self) {
                try bytes.prefix(length).withUnsafeBytes { try ProjectionState(binary: $0) }
            }
        }
        // A flipped byte either fails to read or reads as some state; it never traps. (The
        // checkpoint file's CRC-32C is what rejects it.)
        for position in stride(from: 0, to: bytes.count, by: 5) {
            var damaged = bytes
            damaged[position] ^= 0x5a
            _ = try? damaged.withUnsafeBytes { try ProjectionState(binary: $0) }
        }
    }
}

@Suite struct NameKeyTests {
    /// The fast key equals the Unicode one wherever it answers.
    @Test func theSimpleKeyIsTheUnicodeKey() {
        func unicodeKey(_ name: String) -> String {
            String(name.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
        }
        let names = [
            "", "Tencent", "TENCENT Cloud", " a\tb\nc\r\u{0B}\u{0C}d ", "텐센트 클라우드", "腾讯 云", "㐀Ab",
            "Ⅻ", "İstanbul", "ΣΑΣ", "Straße", "Ｔｅｎｃｅｎｔ", "a\u{00A0}b", "a\u{2003}b", "e\u{301}", "\u{1F600}X",
        ]
        for name in names {
            #expect(ProjectionState.key(name) == unicodeKey(name), "\(name)")
            if let simple = ProjectionState.simpleKey(name) { #expect(simple == unicodeKey(name), "\(name)") }
        }
        #expect(ProjectionState.simpleKey("텐센트 Cloud") == "텐센트cloud")
        #expect(ProjectionState.simpleKey("İstanbul") == nil)
    }

    /// The key read from the name's bytes equals the scalar-by-scalar one (the form before session
    /// 9) on every ASCII byte, the edges of the allowed blocks and their neighbours, and generated
    /// names mixing them; the name itself comes back when nothing changes.
    @Test func theKeyFromBytesIsTheKeyFromScalars() {
        var scalars: [Unicode.Scalar] = (0..<0x80).compactMap(Unicode.Scalar.init)
        for edge: UInt32 in [0xAC00, 0xD7A3, 0x4E00, 0x9FFF, 0x3400, 0x4DBF, 0xE9, 0x301, 0x800, 0xFFFD, 0x1F600] {
            for v in edge - 1...edge + 1 { if let s = Unicode.Scalar(v) { scalars.append(s) } }
        }
        var names = scalars.map { String(Character($0)) }
        var random = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            var name = ""
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                name.unicodeScalars.append(scalars.randomElement(using: &random) ?? "a")
            }
            names.append(name)
        }
        names += ["", "   ", "Tencent", "tencent", "텐센트", "TENCENT 텐센트 腾讯", "e\u{301}", "\u{E9}"]
        for name in names {
            let fast = ProjectionState.simpleKey(name)
            #expect(fast == ProjectionState.unicodeScalarSimpleKey(name), "\(name.unicodeScalars.map(\.value))")
            if let fast {
                let reference = ProjectionState.unicodeScalarSimpleKey(name).map { Array($0.utf8) }
                #expect(Array(fast.utf8) == reference)
            }
        }
    }
}
