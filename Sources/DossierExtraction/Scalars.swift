/// Classification of Unicode scalars, by hand (no regular expressions on the hot path).
enum Scalars {
    static func isHangul(_ s: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(s.value) }
    static func isHan(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
    }
    static func isDigit(_ s: Unicode.Scalar) -> Bool { (0x30...0x39).contains(s.value) }
    static func isLatin(_ s: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value)
    }
    static func isUpper(_ s: Unicode.Scalar) -> Bool { (0x41...0x5A).contains(s.value) }
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{A0}" || s == "\u{3000}" || s == "\r"
    }
    static func digitValue(_ s: Unicode.Scalar) -> Int { Int(s.value) - 0x30 }

    /// Opening double quotation marks.
    static func isDoubleOpen(_ s: Unicode.Scalar) -> Bool { s == "\u{201C}" || s == "「" || s == "『" }
    /// Closing double quotation marks.
    static func isDoubleClose(_ s: Unicode.Scalar) -> Bool { s == "\u{201D}" || s == "」" || s == "』" }
    /// Any quotation mark.
    static func isQuote(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "「", "」", "『", "』", "《", "》", "〈", "〉":
            return true
        default:
            return false
        }
    }

    /// Whether the text has a Han character.
    static func hasHan(_ text: String) -> Bool { text.unicodeScalars.contains(where: isHan) }
    /// Whether every letter of the text is Hangul.
    static func isAllHangul(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(isHangul)
    }
    /// Whether the text is an upper-case Latin code such as `CSIG` or `B2B`.
    static func isCode(_ text: String) -> Bool {
        let u = text.unicodeScalars
        return (2...8).contains(u.count) && u.allSatisfy { isUpper($0) || isDigit($0) || $0 == "&" }
            && u.contains(where: isUpper)
    }
}

extension String {
    /// The text with white space and the given punctuation trimmed at both ends.
    func trimmed(_ extra: String = "") -> String {
        var u = Substring(self).unicodeScalars
        let drop: (Unicode.Scalar) -> Bool = {
            Scalars.isSpace($0) || $0 == "\n" || extra.unicodeScalars.contains($0)
        }
        while let f = u.first, drop(f) { u.removeFirst() }
        while let l = u.last, drop(l) { u.removeLast() }
        return String(u)
    }
}
