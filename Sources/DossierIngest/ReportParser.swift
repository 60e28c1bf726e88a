import DossierModel
import Foundation

/// What a report holds once parsed.
public enum ParsedReport: Sendable, Hashable {
    /// A structured report: facts in the exchange format, as JSON (an array) or JSON Lines.
    case structured([Fact])
    /// A free-text report (`.md`, `.txt`): the body for the extractor and its front matter.
    case text(ReportDocument)
}

/// The format a report is read as, from its file name.
public enum ReportFormat: String, Sendable, Hashable, Codable {
    case json, jsonl, markdown = "md", text = "txt"

    /// The format for a file name: `.json`, `.jsonl`/`.ndjson`, `.md`/`.markdown`; anything else is text.
    public init(fileName: String) {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".json") {
            self = .json
        } else if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
            self = .jsonl
        } else if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
            self = .markdown
        } else {
            self = .text
        }
    }
}

/// Turns a report's bytes into text and facts or a document for the extractor. Pure.
public enum ReportParser {
    /// Decodes `bytes` as UTF-8 text: a UTF-8 byte-order mark is dropped, CRLF and CR become LF.
    /// Binary data (NUL bytes), UTF-16 and invalid UTF-8 are refused with the reason.
    public static func decodeText(_ bytes: [UInt8], path: String) throws(IngestError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            throw IngestError(code: .notText, message: "UTF-16 text; save the report as UTF-8", path: path)
        }
        if body.contains(0) {
            throw IngestError(code: .notText, message: "binary data (NUL bytes), not a text report", path: path)
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw IngestError(code: .notText, message: "not valid UTF-8; save the report as UTF-8", path: path)
        }
        if text.utf8.contains(UInt8(ascii: "\r")) {
            return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text
    }

    /// Parses a report of the given format.
    public static func parse(_ bytes: [UInt8], format: ReportFormat, path: String) throws(IngestError) -> ParsedReport {
        let text = try decodeText(bytes, path: path)
        if text.allSatisfy(\.isWhitespace) {
            throw IngestError(code: .empty, message: "the report is empty", path: path)
        }
        switch format {
        case .json, .jsonl:
            return .structured(try parseFacts(text, path: path))
        case .markdown, .text:
            return .text(try parseFrontMatter(text, path: path))
        }
    }

    /// Facts from a JSON array of fact objects, or from JSON Lines (one object a line).
    public static func parseFacts(_ text: String, path: String) throws(IngestError) -> [Fact] {
        let decoder = JSONDecoder()
        let trimmed = text.drop(while: \.isWhitespace)
        if trimmed.first == "[" {
            do {
                return try decoder.decode([Fact].self, from: Data(text.utf8))
            } catch {
                throw IngestError(
                    code: .malformed,
                    message: "not a JSON array of facts: \(Self.explain(error))",
                    path: path
                )
            }
        }
        var facts: [Fact] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy(\.isWhitespace) { continue }
            do {
                facts.append(try decoder.decode(Fact.self, from: Data(line.utf8)))
            } catch {
                throw IngestError(
                    code: .malformed,
                    message: "line \(index + 1) is not a fact: \(Self.explain(error))",
                    path: path
                )
            }
        }
        return facts
    }

    /// The front matter keys a report may carry.
    public static let frontMatterKeys: Set<String> = ["title", "published", "source", "lang"]

    /// Other names of the front matter keys, as other tools and Korean sites write them
    /// (`날짜: 2026-05-28 11:02`, `제목: …`), by the key they stand for.
    public static let frontMatterKeyNames: [String: String] = [
        "date": "published", "language": "lang",
        // (Looked up with `_` and `-` taken out too: `published_at`, `publishedAt`, `publish-date`.)
        "publishedat": "published", "publishdate": "published", "datepublished": "published", "pubdate": "published",
        "postedat": "published",
        "날짜": "published", "일자": "published", "작성일": "published", "등록일": "published", "입력": "published",
        "발행일": "published", "게시일": "published", "기사입력": "published", "송고": "published",
        "제목": "title", "출처": "source", "언어": "lang",
    ]

    /// Splits optional front matter (between `---` lines at the very top) from the body.
    ///
    /// Front matter lines are `key: value`; the keys are `title`, `published` (an ISO date,
    /// `2019-05-21`, `2019-05` or `2019`, or as sites write it), `source` and `lang`, or their other
    /// names (`frontMatterKeyNames`: `date`, `날짜`, `제목`, …). Other keys are kept out of the body and
    /// ignored, so a report exported by another tool still reads.
    public static func parseFrontMatter(_ text: String, path: String) throws(IngestError) -> ReportDocument {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            return ReportDocument(body: text)
        }
        lines = lines.dropFirst()
        guard let close = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else {
            return ReportDocument(body: text)
        }
        var document = ReportDocument(body: lines[(close + 1)...].joined(separator: "\n"))
        for (offset, line) in lines[..<close].enumerated() {
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw IngestError(
                    code: .malformed,
                    message: "front matter line \(offset + 2) is not `key: value`",
                    path: path
                )
            }
            let written = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            // (Looked up without `_` and `-`: no name of the table has one.)
            let key = Self.frontMatterKeyNames[written.filter { $0 != "_" && $0 != "-" }] ?? written
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
            }
            guard !value.isEmpty else { continue }
            switch key {
            case "title": document.title = value
            case "source": document.source = value
            case "lang": document.language = value
            case "published":
                guard let date = Self.publicationDate(value) else {
                    throw IngestError(
                        code: .malformed,
                        message:
                            "front matter `\(written)` is not a date (2019-05-21, 2019.05.21, 2019/5/21, 2019년 5월 21일, "
                            + "May 21, 2019 or 21 May 2019, at day, month or year precision): \(value)",
                        path: path
                    )
                }
                document.published = date
            default:
                continue
            }
        }
        return document
    }

    /// A publication date as sites and tools write it: ISO 8601 (`2019-05-21`, `2019-05`, `2019`,
    /// `2019-05-21T10:21:00+09:00`), with dots or slashes (`2019.05.21`, `2019/5/21`), in Korean
    /// (`2019년 5월 21일`) or in English (`May 21, 2019`, `21 May 2019`, `May 2019`, after a weekday as feeds
    /// write it: `Wed, 27 Mar 2026 09:10:00 +0800`). A time after the
    /// date is ignored, and after a full date in numbers a weekday or other words too (`2026.05.28(목)
    /// 오전 11:02`). Nil when the value is none of these.
    public static func publicationDate(_ value: String) -> PartialDate? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let iso = PartialDate(iso: text.prefix(while: { $0 != "T" && $0 != " " })) { return iso }
        // Numbers and month names in the order written, up to a time (`11:47`).
        var numbers: [Int] = []
        var month: Int?
        for word in text.split(whereSeparator: { " .,/-년월일()".contains($0) }) {
            // (`Wed, 27 Mar 2026 09:10:00 +0800`: a weekday before the date, as feeds write it.)
            if numbers.isEmpty, month == nil, Self.weekdayNames.contains(where: { word.lowercased().hasPrefix($0) }) {
                continue
            }
            if word.contains(":") || word.hasPrefix("T") && word.count > 1 { break }
            // (The year, month and day read: what follows is the time or the weekday.)
            if month == nil, numbers.count == 3 { break }
            if let n = Int(word), word.allSatisfy(\.isASCII) {
                numbers.append(n)
            } else if let m = Self.monthNames.firstIndex(where: { word.lowercased().hasPrefix($0) }) {
                guard month == nil else { return nil }
                month = m + 1
            } else {
                return nil
            }
        }
        guard let first = numbers.first, numbers.count <= 3 else { return nil }
        if let month {
            // `May 21, 2019` and `21 May 2019` both give the day first, then the year.
            switch numbers.count {
            case 1 where first >= 1000: return PartialDate(year: first, month: month)
            case 2 where numbers[1] >= 1000: return PartialDate(year: numbers[1], month: month, day: first)
            default: return nil
            }
        }
        guard first >= 1000 else { return nil }
        return PartialDate(
            year: first,
            month: numbers.count > 1 ? numbers[1] : nil,
            day: numbers.count > 2 ? numbers[2] : nil
        )
    }

    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let weekdayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    static func explain(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context):
            return context.debugDescription
        case DecodingError.keyNotFound(let key, let context):
            return "missing `\(key.stringValue)`" + Self.at(context)
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return context.debugDescription + Self.at(context)
        default:
            return String(describing: error)
        }
    }

    private static func at(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? "" : " at \(path)"
    }
}
