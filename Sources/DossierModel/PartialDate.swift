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
    public init?(iso text: some StringProtocol) {
        let parts = String(text).split(separator: Character("-"), omittingEmptySubsequences: false).map(String.init)
        func number(_ s: String, digits: Int) -> Int? {
            guard s.count == digits, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(s)
        }
        switch parts.count {
        case 1:
            guard let y = number(parts[0], digits: 4) else { return nil }
            self.init(year: y)
        case 2:
            guard let y = number(parts[0], digits: 4), let m = number(parts[1], digits: 2) else { return nil }
            self.init(year: y, month: m)
        case 3:
            guard let y = number(parts[0], digits: 4), let m = number(parts[1], digits: 2),
                let d = number(parts[2], digits: 2)
            else { return nil }
            self.init(year: y, month: m, day: d)
        case 4 where parts[0].isEmpty && parts[1].isEmpty:
            guard let m = number(parts[2], digits: 2), let d = number(parts[3], digits: 2) else { return nil }
            self.init(year: nil, month: m, day: d)
        default:
            return nil
        }
    }

    /// The ISO 8601 form at this date's precision.
    public var iso: String {
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
