import DossierTestSupport
import Testing

@testable import DossierProjection

/// Lines folded by cutting the bytes at the last scalar boundary that fits (session 10) are the
/// lines folded scalar by scalar as before: ASCII, two-, three- and four-byte scalars, at every
/// length around the 75-octet and 74-octet steps.
@Suite struct CalendarByteFoldTests {
    @Test func foldingByBytesIsFoldingByScalars() {
        let pieces = ["a", " ", "é", "텐", "腾讯", "😀", "\\,", "DESCRIPTION:", "x"]
        var lines: [String] = []
        for length in 60...240 {
            for piece in pieces {
                // A line of one piece, and a line padded to `length` bytes before the piece.
                lines.append(String(repeating: piece, count: length / piece.utf8.count + 1))
                lines.append(String(repeating: "a", count: length) + piece + String(repeating: "b", count: 3))
            }
        }
        var random = SplitMix64(state: 20)
        for _ in 0..<2000 {
            lines.append(
                (0..<Int.random(in: 0...120, using: &random)).map { _ in
                    pieces[Int.random(in: 0..<pieces.count, using: &random)]
                }.joined()
            )
        }
        for line in lines {
            let folded = CalendarView.fold(line)
            #expect(Array(folded.utf8) == Array(CalendarFoldTests().reference(line).utf8), "\(line)")
        }
    }
}
