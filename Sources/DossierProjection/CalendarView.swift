import DossierModel

/// `timeline.ics`: every timeline entry with a known year as an all-day iCalendar event
/// (RFC 5545), for calendar applications to subscribe to. Pure and deterministic:
///
/// - A day is a one-day event; a range of days spans them (`DTEND` is the day after the last,
///   as RFC 5545 wants for all-day events).
/// - A month or a year is an event on its first day, with the date as reported in the summary
///   (`reorganisation (Sep 2018, month only)`); so is a range whose ends are not both days.
/// - A day without a year (`--05-21`) is left out: a calendar has no place for it.
/// - `UID` is a digest of the entry's date, end and what happened (what makes it one entry in
///   the timeline), so it stays the same across rebuilds and as reports are added.
/// - `DTSTAMP` is the time the entry's first report was logged (from the log, never the clock).
public enum CalendarView {
    /// The calendar; `ingestTimes` maps report ids to the log time they were ingested at.
    public static func calendar(_ doc: TimelineDocument, ingestTimes: [String: String]) -> String {
        var cache = RenderCache(budget: 0)
        return calendar(doc, ingestTimes: ingestTimes, cache: &cache)
    }

    /// ``calendar(_:ingestTimes:)`` with the events of unchanged entries taken from `cache`: an
    /// event is reused when its entry is equal, its `UID` and `DTSTAMP` the same and the report
    /// names unchanged (``RenderCache/update(_:)`` drops them all otherwise).
    static func calendar(_ doc: TimelineDocument, ingestTimes: [String: String], cache: inout RenderCache) -> String {
        // One buffer, each line folded into it as it is made (no array of lines joined at the end).
        var out = ""
        out.reserveCapacity(300 * doc.entries.count + 512)
        func add(_ line: String, to text: inout String) {
            text += fold(line)
            text += "\r\n"
        }
        add("BEGIN:VCALENDAR", to: &out)
        add("VERSION:2.0", to: &out)
        add("PRODID:-//Dossier//Dossier timeline//EN", to: &out)
        add("CALSCALE:GREGORIAN", to: &out)
        add("METHOD:PUBLISH", to: &out)
        add("X-WR-CALNAME:Dossier timeline", to: &out)
        add(
            "X-WR-CALDESC:" + text("Dated facts from the Dossier event log up to record \(doc.checkpoint.sequence)"),
            to: &out
        )
        var seen: Set<String> = []
        var stamps: [String?: String] = [:]
        var kept: [String: RenderCache.CalendarEvent] = [:]
        for entry in doc.entries {
            guard let span = span(entry.date, entry.end) else { continue }
            var uid = StableID.hex("\(entry.date.iso)|\(entry.end?.iso ?? "")|\(ProjectionState.key(entry.what))")
            var suffix = 2
            while seen.contains(uid) {
                uid = String(uid.prefix(32)) + "-\(suffix)"
                suffix += 1
            }
            seen.insert(uid)
            // Many entries share their first report: its stamp is made once.
            let first = entry.sources.first
            let stamp: String
            if let known = stamps[first] {
                stamp = known
            } else {
                stamp = Self.stamp(first.flatMap { ingestTimes[$0] })
                stamps[first] = stamp
            }
            if let event = cache.calendar[uid], event.stamp == stamp, event.entry == entry {
                out += event.text
                kept[uid] = event
                continue
            }
            var event = ""
            add("BEGIN:VEVENT", to: &event)
            add("UID:\(uid)@dossier", to: &event)
            add("DTSTAMP:" + stamp, to: &event)
            add("DTSTART;VALUE=DATE:" + span.start, to: &event)
            add("DTEND;VALUE=DATE:" + span.end, to: &event)
            add(
                "SUMMARY:" + text(span.exact ? entry.what : "\(entry.what) (\(note(entry.date, entry.end)))"),
                to: &event
            )
            if let place = entry.place { add("LOCATION:" + text(place), to: &event) }
            add("DESCRIPTION:" + text(description(entry, doc.reports)), to: &event)
            add("CATEGORIES:" + text(entry.kind), to: &event)
            add("TRANSP:TRANSPARENT", to: &event)
            add("END:VEVENT", to: &event)
            out += event
            // An entry citing a report without a name shows a shortened id: not kept.
            if entry.sources.allSatisfy({ doc.reports[$0] != nil }) {
                kept[uid] = RenderCache.CalendarEvent(entry: entry, stamp: stamp, text: event)
            }
        }
        add("END:VCALENDAR", to: &out)
        cache.keepCalendar(kept)
        return out
    }

    /// The all-day span of an entry as `DTSTART` and exclusive `DTEND` values, and whether it
    /// says exactly what the entry says; `nil` for a date without a year.
    static func span(_ date: PartialDate, _ end: PartialDate?) -> (start: String, end: String, exact: Bool)? {
        guard let year = date.year, year >= 1 else { return nil }
        let first = (year, date.month ?? 1, date.day ?? 1)
        var last = first
        var exact = date.day != nil && (end == nil || end == date)
        if let end, end != date, date.day != nil, let y = end.year, let m = end.month, let d = end.day,
            (y, m, d) > first
        {
            last = (y, m, d)
            exact = true
        }
        guard let after = nextDay(last) else { return nil }
        return (value(first), value(after), exact)
    }

    static func nextDay(_ day: (Int, Int, Int)) -> (Int, Int, Int)? {
        let (y, m, d) = day
        if d < PartialDate.daysIn(month: m, year: y) { return (y, m, d + 1) }
        if m < 12 { return (y, m + 1, 1) }
        return y < 9999 ? (y + 1, 1, 1) : nil
    }

    static func value(_ day: (Int, Int, Int)) -> String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return pad(day.0, 4) + pad(day.1, 2) + pad(day.2, 2)
    }

    /// How precise the reported date is, for the summary: `Sep 2018, month only`.
    static func note(_ date: PartialDate, _ end: PartialDate?) -> String {
        let when = HumanDates.range(date, end)
        guard end == nil || end == date else { return when }
        return "\(when), \(HumanDates.precision(date)) only"
    }

    static func description(_ entry: TimelineEntry, _ reports: [String: String]) -> String {
        var lines = ["Date as reported: \(MarkdownView.when(entry.date, entry.end))"]
        if let who = entry.who { lines.append("Who: \(who)") }
        if let place = entry.place { lines.append("Where: \(place)") }
        var cited: [String: [Citation]] = [:]
        for citation in entry.citations ?? [] { cited[citation.report, default: []].append(citation) }
        for report in entry.sources {
            let name = reports[report] ?? String(report.prefix(12))
            let citations = cited[report] ?? []
            if citations.isEmpty { lines.append("Source: \(name)") }
            for citation in citations {
                var line = "Source: \(name)"
                if let sentence = citation.sentence { line += ", sentence \(sentence)" }
                if let excerpt = citation.excerpt { line += ": “\(excerpt)”" }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A log time (`2026-11-29T02:15:30.439Z`) as a UTC date-time (`20261129T021530Z`); the
    /// start of 1970 when there is none.
    static func stamp(_ time: String?) -> String {
        let digits = Array((time ?? "").prefix(19).unicodeScalars)
        let shape = Array("dddd-dd-ddTdd:dd:dd".unicodeScalars)
        guard digits.count == 19,
            zip(digits, shape).allSatisfy({ $1 == "d" ? ("0"..."9").contains($0) : $0 == $1 })
        else { return "19700101T000000Z" }
        let keep = digits.filter { ("0"..."9").contains($0) }
        var out = String(String.UnicodeScalarView(keep.prefix(8)))
        out += "T" + String(String.UnicodeScalarView(keep.dropFirst(8))) + "Z"
        return out
    }

    /// A TEXT value: `\`, `;` and `,` escaped, line feeds as `\n`, other controls as spaces.
    static func text(_ value: String) -> String {
        // Most text needs no change: then it is returned as is. (The bytes are tested in a
        // buffer, not through the `UTF8View`'s iterator, several times slower.)
        var bytes = value
        let plain = !bytes.withUTF8 { utf8 in
            utf8.contains { byte in
                (byte < 0x20 && byte != 0x09) || byte == 0x7F || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: ";")
                    || byte == UInt8(ascii: ",")
            }
        }
        if plain { return value }
        // Byte by byte: every byte that changes is ASCII, and the bytes of other scalars (0x80
        // and up) are copied as they are (appending scalar by scalar was most of the calendar).
        return bytes.withUTF8 { utf8 in
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count + 16)
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","):
                    out.append(UInt8(ascii: "\\"))
                    out.append(byte)
                case 0x0A:
                    out.append(UInt8(ascii: "\\"))
                    out.append(UInt8(ascii: "n"))
                case 0x0D: continue
                case 0x09: out.append(byte)
                case 0..<0x20, 0x7F: out.append(UInt8(ascii: " "))
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// A content line folded at 75 octets (RFC 5545 §3.1): continuation lines begin with a space,
    /// and a UTF-8 sequence is never split.
    static func fold(_ line: String) -> String {
        // Most lines fit; the others are cut on their UTF-8 bytes (a scalar starts at every byte
        // that is not a continuation byte).
        guard line.utf8.count > 75 else { return line }
        // Hand-tuned (session 10): each piece is cut at the last scalar boundary that fits and
        // copied at once; appending scalar by scalar from an array slice was half of making the
        // calendar (0.2 G instructions of a 100k-event rebuild).
        let folded = line.utf8.withContiguousStorageIfAvailable { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 37 + 3)
            var start = 0
            var room = 75
            while bytes.count - start > room {
                var cut = start + room
                while cut > start, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<cut]))
                out.append(13)
                out.append(10)
                out.append(32)
                start = cut
                room = 74
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
            return String(decoding: out, as: UTF8.self)
        }
        if let folded { return folded }
        var contiguous = line
        contiguous.makeContiguousUTF8()
        return fold(contiguous)
    }
}
