import ArgumentParser
import DossierExtraction
import DossierIngest
import DossierModel
import Foundation

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the facts of one report without touching the log.",
        discussion: """
            jsonl prints the exchange format of FACTS.md, one fact a line; json prints one \
            array; text prints one readable line a fact.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case jsonl, json, text
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: "Output format: jsonl (the exchange format of FACTS.md), json or text.")
    var format: OutputFormat = .text

    @Argument(help: "The report to read (.txt, .md, .json, .jsonl).")
    var file: String

    func run() throws {
        let configuration = try global.configuration()
        let parsed: ParsedReport
        do {
            let bytes = try ReportReader(maxBytes: configuration.maxReportBytes).read(path: file)
            parsed = try ReportParser.parse(bytes, format: ReportFormat(fileName: file), path: file)
        } catch {
            Output.error("refused \(error)")
            throw ExitCode(1)
        }
        let facts: [Fact]
        switch parsed {
        case .structured(let structured): facts = structured
        case .text(let document): facts = try global.extractor(configuration).extract(document)
        }
        switch format {
        case .jsonl:
            Output.write(facts.map { ExchangeFormat.line($0) + "\n" }.joined())
        case .json:
            let data = try ExchangeFormat.makeEncoder(pretty: true).encode(facts)
            Output.line(String(decoding: data, as: UTF8.self))
        case .text:
            Output.write(facts.map { FactText.line($0) + "\n" }.joined())
        }
    }
}

/// One readable line a fact, for `--format text`.
enum FactText {
    static func line(_ fact: Fact) -> String {
        func join(_ parts: [String?]) -> String {
            parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        }
        let body: String
        switch fact {
        case .event(let e):
            let when = e.start.map { start in e.end.map { "\(start.iso) – \($0.iso)" } ?? start.iso }
            body = join([
                e.name, e.native, e.aliases.map { "alias " + $0.joined(separator: "/") }, when, e.place, e.region,
            ])
        case .person(let p): body = join([p.name, p.native, p.title, p.org, p.unit])
        case .org(let o): body = join([o.name, o.native, o.aliases?.joined(separator: "/")])
        case .orgUnit(let u):
            body = join([u.name, u.code, u.parent.map { "of " + $0 }, u.established.map { "est. " + $0.iso }])
        case .presentation(let p): body = join([p.person, p.topic])
        case .quote(let q): body = "\(q.speaker) \(q.verb ?? "said"): “\(q.text)”"
        case .metric(let m):
            body = join([m.subject, m.what, "\(m.qualifier?.rawValue ?? "=") \(m.value.formatted()) \(m.unit ?? "")"])
        case .dated(let d): body = join([d.date.iso + (d.end.map { " – " + $0.iso } ?? ""), d.subject, d.summary])
        }
        let sentence = fact.source?.sentence.map { "  (sentence \($0))" } ?? ""
        return "\(fact.kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0))\(body)\(sentence)"
    }
}
