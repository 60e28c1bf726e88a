/// Escaping for the HTML page. Every piece of report text goes through ``HTMLEscaping/text(_:)``
/// (element content and double-quoted attribute values alike), so report text can never become
/// markup.
enum HTMLEscaping {
    /// Text safe in element content and in a quoted attribute value: `& < > " '` as character
    /// references, NUL and other C0 controls (but tab and line feed) as U+FFFD.
    static func text(_ string: String) -> String {
        // Most text needs no change: then it is returned as is, without a copy. (The bytes are
        // tested in a buffer: through the `UTF8View`'s iterator this test was half of escaping.)
        var bytes = string
        if !bytes.withUTF8({ $0.contains(where: needsEscape) }) { return string }
        // Byte by byte: every byte that changes is ASCII, and the bytes of other scalars (0x80
        // and up) are copied as they are (appending scalar by scalar cost far more).
        return bytes.withUTF8 { utf8 in
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count + 32)
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
                case 0x09, 0x0A: out.append(byte)
                case 0x0D: out.append(UInt8(ascii: " "))
                case 0..<0x20, 0x7F: out.append(contentsOf: "\u{FFFD}".utf8)
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether a UTF-8 byte of a text is changed by ``text(_:)`` (bytes of multi-byte scalars never are).
    private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"),
            UInt8(ascii: "\r"), 0x7F:
            return true
        case 0..<0x20: return byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\n")
        default: return false
        }
    }

    /// A token safe as an element id and URL fragment: ASCII letters, digits and `-`, everything
    /// else dropped.
    static func token(_ string: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for scalar in string.unicodeScalars
        where ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || scalar == "-"
        {
            out.append(scalar)
        }
        return String(out)
    }

    /// The language of a name when its script tells it: `zh` for Han without Hangul or kana (so
    /// Chinese glyph shapes are used), `ko` for Hangul, `ja` for kana; `nil` otherwise.
    static func language(_ string: String) -> String? {
        var han = false
        for scalar in string.unicodeScalars {
            switch scalar.value {
            case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F: return "ko"
            case 0x3040...0x30FF: return "ja"
            case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2FA1F: han = true
            default: continue
            }
        }
        return han ? "zh" : nil
    }

    /// Escaped text in a `<span>` with a `lang` attribute when its script is Han only (so it is
    /// drawn with Chinese glyph shapes), else escaped text alone.
    static func native(_ string: String) -> String {
        if language(string) == "zh" { return "<span lang=\"zh\">\(text(string))</span>" }
        return text(string)
    }
}
