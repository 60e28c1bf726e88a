/// A calendar date at the precision a report gives: a year, a month or a day.
///
/// Written as ISO 8601 at that precision (`2018`, `2018-09`, `2018-09-30`). A day whose
/// year is unknown is written `--09-30` (the ISO 8601 form without a year).
public struct PartialDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year, or `nil` when the report does not give one.
    public var year: Int?
    /// The month, 1...12, or `nil` at year precision.
    public var month: Int?
    /// The day, 1...31, or `nil` at month or year precision.
    public var day: Int?

    /// Creates a date; returns `nil` when the parts do not form a valid partial date.
    public init?(year: Int?, month: Int? = nil, day: Int? = nil) {
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        if year == nil && (month == nil || day == nil) { return nil }
        if month == nil && day != nil { return nil }
        if let year, !(0...9999).contains(year) { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `--MM-DD`.
    ///
    /// Read from the UTF-8 bytes: every part is ASCII digits (of the length its place needs)
    /// between `-` signs, so anything else is refused as soon as it is met. (Splitting into
    /// `String`s cost a tenth of decoding an event, docs/performance.md, session 7.)
    public init?(iso text: some StringProtocol) {
        // Up to four parts: the value and the number of digits of each.
        var values = (0, 0, 0, 0)
        var lengths = (0, 0, 0, 0)
        var count = 1
        var value = 0
        var length = 0
        func store(_ part: Int, _ value: Int, _ length: Int) {
            switch part {
            case 0: (values.0, lengths.0) = (value, length)
            case 1: (values.1, lengths.1) = (value, length)
            case 2: (values.2, lengths.2) = (value, length)
            default: (values.3, lengths.3) = (value, length)
            }
        }
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                guard count < 4 else { return nil }
                store(count - 1, value, length)
                count += 1
                value = 0
                length = 0
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                // No part is longer than four digits: more is refused below, and cannot overflow.
                guard length < 8 else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                length += 1
            } else {
                return nil
            }
        }
        store(count - 1, value, length)
        func number(_ part: Int, digits: Int) -> Int? {
            let (value, length) =
                switch part {
                case 0: (values.0, lengths.0)
                case 1: (values.1, lengths.1)
                case 2: (values.2, lengths.2)
                default: (values.3, lengths.3)
                }
            return length == digits ? value : nil
        }
        switch count {
        case 1:
            guard let y = number(0, digits: 4) else { return nil }
            self.init(year: y)
        case 2:
            guard let y = number(0, digits: 4), let m = number(1, digits: 2) else { return nil }
            self.init(year: y, month: m)
        case 3:
            guard let y = number(0, digits: 4), let m = number(1, digits: 2), let d = number(2, digits: 2) else {
                return nil
            }
            self.init(year: y, month: m, day: d)
        default:
            guard lengths.0 == 0, lengths.1 == 0, let m = number(2, digits: 2), let d = number(3, digits: 2) else {
                return nil
            }
            self.init(year: nil, month: m, day: d)
        }
    }

    /// The ISO 8601 form at this date's precision.
    public var iso: String {
        // The usual case written digit by digit into a small ASCII string (no allocation, no
        // validation): built by interpolation and padding, the form cost about 2 000 instructions,
        // and extraction asks it of every date it emits.
        if year.map({ (0...9999).contains($0) }) ?? true, month.map({ (0...99).contains($0) }) ?? true,
            day.map({ (0...99).contains($0) }) ?? true
        {
            return String(unsafeUninitializedCapacity: 10) { b in
                var n = 0
                if let y = year {
                    b[0] = 0x30 + UInt8(truncatingIfNeeded: y / 1000)
                    b[1] = 0x30 + UInt8(truncatingIfNeeded: y / 100 % 10)
                    b[2] = 0x30 + UInt8(truncatingIfNeeded: y / 10 % 10)
                    b[3] = 0x30 + UInt8(truncatingIfNeeded: y % 10)
                    n = 4
                } else {
                    b[0] = 0x2D
                    n = 1
                }
                func two(_ v: Int) {
                    b[n] = 0x2D
                    b[n + 1] = 0x30 + UInt8(truncatingIfNeeded: v / 10)
                    b[n + 2] = 0x30 + UInt8(truncatingIfNeeded: v % 10)
                    n += 3
                }
                if let month { two(month) }
                if let day { two(day) }
                return n
            }
        }
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        var out = year.map { pad($0, 4) } ?? "-"
        if let month { out += "-" + pad(month, 2) }
        if let day { out += "-" + pad(day, 2) }
        return out
    }

    public var description: String { iso }

    /// Whether the year is known.
    public var hasYear: Bool { year != nil }

    /// A copy with the year filled in (used to settle `--MM-DD` from a publication date).
    public func withYear(_ year: Int) -> PartialDate? {
        PartialDate(year: year, month: month, day: day)
    }

    /// Days in a month; February of an unknown year counts 29 so `--02-29` stays valid.
    public static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            guard let y = year else { return 29 }
            return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Dates sort by year (unknown years last), then month, then day; a coarser date sorts
    /// before the finer dates it contains (`2018` < `2018-01` < `2018-01-01`).
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        func key(_ d: PartialDate) -> (Int, Int, Int) { (d.year ?? Int.max, d.month ?? 0, d.day ?? 0) }
        return key(lhs) < key(rhs)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PartialDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD): \(text)"
            )
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
