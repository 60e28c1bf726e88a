import DossierModel
import Testing

@testable import DossierProjection

/// Facts of one sentence keep the first spelling of its excerpt, as before session 10 (where the
/// fact is now copied only when the excerpt is another copy).
@Suite struct SharedExcerptTests {
    @Test func theFirstSpellingOfASentencesExcerptIsKept() {
        let composed = "텐센트는 2018년 9월 30일 조직을 개편했다."
        let decomposed = "텐센트는".decomposedStringForTest + " 2018년 9월 30일 조직을 개편했다."
        let copy = String(decoding: Array(composed.utf8), as: UTF8.self)
        #expect(composed == decomposed && Array(composed.utf8) != Array(decomposed.utf8))
        for second in [decomposed, copy, composed, "short"] {
            var state = ProjectionState()
            let facts: [Fact] = [
                .person(PersonFact(name: "Ma Huateng", source: FactSource(sentence: 3, excerpt: composed))),
                .person(PersonFact(name: "Pony Ma", source: FactSource(sentence: 3, excerpt: second))),
            ]
            let events: [DomainEvent] = facts.enumerated().map { index, fact in
                .factRecorded(FactRecorded(report: "r", index: index, fact: fact))
            }
            state.apply(sequence: 1, hash: "h", timestamp: "t", events: events)
            let excerpts = state.persons.map { $0.citations?.first?.excerpt.map { Array($0.utf8) } }
            // An equal excerpt (however spelt) is the first one's bytes; another text its own.
            let expected = second == composed ? Array(composed.utf8) : Array(second.utf8)
            #expect(excerpts == [Array(composed.utf8), expected])
        }
    }
}

extension String {
    /// The text with each Hangul syllable written as its jamo.
    fileprivate var decomposedStringForTest: String {
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            let v = scalar.value
            guard (0xAC00...0xD7A3).contains(v) else {
                out.append(scalar)
                continue
            }
            let index = v - 0xAC00
            let parts =
                [0x1100 + index / 588, 0x1161 + (index % 588) / 28] + (index % 28 == 0 ? [] : [0x11A7 + index % 28])
            for part in parts { if let s = Unicode.Scalar(part) { out.append(s) } }
        }
        return String(out)
    }
}
