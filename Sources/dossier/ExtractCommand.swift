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

    @Option(help: "Output format: jsonl, json or text.")
    var format: OutputFormat = .text

    @Argument(help: "The report to read (.txt, .md, .json, .jsonl).")
    var file: String

    func run() throws {
        let bytes: [UInt8]
        let parsed: ParsedReport
        do {
            bytes = try ReportReader(maxBytes: 16 << 20).read(path: file)
            parsed = try ReportParser.parse(bytes, format: ReportFormat(fileName: file), path: file)
        } catch {
            throw ValidationError(error.description)
        }
        let facts: [Fact]
        switch parsed {
        case .structured(let structured): facts = structured
        case .text(let document): facts = Extractor(lexicon: .builtIn).extract(document)
        }
        switch format {
        case .jsonl:
            for fact in facts { print(ExchangeFormat.line(fact)) }
        case .json:
            let data = try ExchangeFormat.makeEncoder(pretty: true).encode(facts)
            print(String(decoding: data, as: UTF8.self))
        case .text:
            for fact in facts { print(ExchangeFormat.line(fact)) }
        }
    }
}
