import DossierModel

/// Dates for people, at the precision known: `2010`, `Sep 2018`, `30 Sep 2018`, `21 May` (a day
/// whose year the report does not give), and ranges such as `21–23 May 2019`. Pure.
public enum HumanDates {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// One date: `2010`, `Sep 2018`, `30 Sep 2018` or `21 May`.
    public static func text(_ date: PartialDate) -> String {
        var parts: [String] = []
        if let day = date.day { parts.append(String(day)) }
        if let month = date.month { parts.append(months[month - 1]) }
        if let year = date.year { parts.append(String(year)) }
        return parts.joined(separator: " ")
    }

    /// A date or a range, sharing what both ends share: `21–23 May 2019`, `30 Sep – 2 Oct 2018`,
    /// `Sep – Oct 2018`, `2010 – 2015`; ends of different precision are written in full.
    public static func range(_ start: PartialDate, _ end: PartialDate?) -> String {
        guard let end, end != start else { return text(start) }
        let year = start.year.map { " \($0)" } ?? ""
        if start.year == end.year, let m1 = start.month, let m2 = end.month {
            switch (start.day, end.day) {
            case (let d1?, let d2?) where m1 == m2:
                return "\(d1)–\(d2) \(months[m1 - 1])\(year)"
            case (let d1?, let d2?):
                return "\(d1) \(months[m1 - 1]) – \(d2) \(months[m2 - 1])\(year)"
            case (nil, nil):
                return "\(months[m1 - 1]) – \(months[m2 - 1])\(year)"
            default:
                break
            }
        }
        return "\(text(start)) – \(text(end))"
    }

    /// What a date's precision is called: `year`, `month`, `day`, or `day without a year`.
    public static func precision(_ date: PartialDate) -> String {
        if date.year == nil { return "day without a year" }
        if date.day != nil { return "day" }
        return date.month != nil ? "month" : "year"
    }
}
