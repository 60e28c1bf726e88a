import Foundation
import Testing

@testable import DossierProjection

/// The fold's name keys (session 11) must find what `String` keys found: equal exactly when the
/// texts are equal as `String`s, and hashed alike whichever form (composed or not) they are in.
@Suite struct IndexKeyTests {
    /// Names as the fold sees them: ASCII, Hangul, Chinese, mixed, and others that have no
    /// simple key.
    static let names = [
        "Tencent", "텐센트", "腾讯", "텐센트 Cloud", "PCG", "CSIG", "邱跃鹏", "탕다오성", "汤道生", "a", "",
        "Cloud and Smart Industries Group", "İstanbul", "Café", "ｔｅｎｃｅｎｔ", "한국　전력", "渋谷",
    ]

    @Test func aKeyHashesAlikeKnownComposedOrNot() {
        for name in Self.names {
            let key = ProjectionState.nameKey(name)
            #expect(key.text == ProjectionState.key(name), "\(name)")
            #expect(NameKey(key.text, composed: false).hashValue == key.hashValue, "\(name)")
            #expect(NameKey(stored: key.text) == key && NameKey(stored: key.text).hashValue == key.hashValue)
        }
        #expect(ProjectionState.nameKey("텐센트").composed && !ProjectionState.nameKey("İstanbul").composed)
    }

    /// A key in decomposed form (Hangul as conjoining jamo, an accent as a combining mark) equals
    /// and finds its composed twin, as a `String` key did; distinct names stay distinct.
    @Test func keysInAnotherFormFindTheirComposedTwin() {
        let composed = ProjectionState.nameKey("텐센트")
        let decomposedText = "텐센트".decomposedStringWithCanonicalMapping
        #expect(decomposedText.utf8.count != "텐센트".utf8.count)
        let decomposed = ProjectionState.nameKey(decomposedText)
        #expect(!decomposed.composed && decomposed == composed && decomposed.hashValue == composed.hashValue)
        var index: [NameKey: Int] = [composed: 7]
        #expect(index[decomposed] == 7)
        index[ProjectionState.nameKey("Cafe\u{301}")] = 3
        #expect(index[NameKey("café", composed: false)] == 3)
        for a in Self.names {
            for b in Self.names {
                let x = ProjectionState.nameKey(a)
                let y = ProjectionState.nameKey(b)
                #expect((x == y) == (x.text == y.text), "\(a) / \(b)")
            }
        }
    }

    /// The checkpoint's JSON form of an index is that of a `[String: Int]`.
    @Test func anIndexEncodesAsOneKeyedByStrings() throws {
        let index: [NameKey: Int] = [ProjectionState.nameKey("텐센트"): 1, ProjectionState.nameKey("Tencent"): 2]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(index)
        #expect(data == (try encoder.encode(["텐센트": 1, "tencent": 2])))
        let back = try JSONDecoder().decode([NameKey: Int].self, from: data)
        #expect(back == index && back.keys.allSatisfy(\.composed))
    }
}
