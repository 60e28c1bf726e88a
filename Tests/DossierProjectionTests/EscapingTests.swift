import DossierTestSupport
import Testing

@testable import DossierProjection

/// The escapes test a text's bytes in a buffer before they change anything (session 8,
/// docs/performance.md): they must give what escaping every scalar gives (the text unchanged
/// when nothing needs an escape).
@Suite struct EscapingTests {
    static func referenceHTML(_ string: String) -> String {
        var out = ""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out.unicodeScalars.append(" ")
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func referenceCalendar(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            case "\t": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Every ASCII byte at the start, middle and end of a text, and random texts of awkward pieces.
    static let texts: [String] = {
        var texts: [String] = ["", "텐센트", "plain text of some length, no escapes"]
        for byte in UInt8(0)...UInt8(127) {
            let c = String(decoding: [byte], as: UTF8.self)
            texts += [c, "a" + c, c + "텐센트", "클라우드 " + c + " 사업부", String(repeating: "x", count: 40) + c]
        }
        var random = SplitMix64(state: 8)
        let pieces = [
            "&", "<", ">", "\"", "'", "\t", "\n", "\r", "\u{1}", "\u{7F}", ";", ",", "\\", "a", "邱跃鹏", "😀", "é",
        ]
        for _ in 0..<2000 {
            let count = Int.random(in: 0...20, using: &random)
            texts.append((0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined())
        }
        return texts
    }()

    @Test func htmlEscapingIsTheScalarByScalarEscape() {
        for text in Self.texts { #expect(HTMLEscaping.text(text) == Self.referenceHTML(text), "\(Array(text.utf8))") }
    }

    @Test func markdownCellsAreTheTextWithBarsEscapedAndLinesJoined() {
        for text in Self.texts + ["a|b", "|", "\n|\n", "표|셀\n줄"] {
            let expected = text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
                .split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
            #expect(MarkdownView.cell(text) == expected, "\(Array(text.utf8))")
        }
    }

    @Test func calendarTextIsTheScalarByScalarEscape() {
        for text in Self.texts {
            #expect(CalendarView.text(text) == Self.referenceCalendar(text), "\(Array(text.utf8))")
        }
    }
}
