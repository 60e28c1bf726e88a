import DossierExtraction
import DossierModel

/// Fact extraction over the generated corpus: every report once per run, with the built-in
/// lexicon. Throughput is report text (UTF-8 bytes) per second on one core.
struct ExtractionCase: BenchCase {
    let name = "extraction"
    let documents: [ReportDocument]
    let extractor = Extractor(lexicon: .builtIn)
    let bytesPerRun: Int

    init(reports: Int) {
        let texts = Corpus.reports(count: reports)
        documents = texts.map { ReportDocument(body: $0) }
        bytesPerRun = texts.reduce(0) { $0 + $1.utf8.count }
    }

    mutating func run() -> Int {
        var facts = 0
        for d in documents { facts += extractor.extract(d).count }
        return facts
    }

    /// The extracted facts of every report as JSONL, each report after a `# report N` line.
    func dump() -> String {
        var out = ""
        for (n, d) in documents.enumerated() {
            out += "# report \(n)\n"
            for f in extractor.extract(d) { out += ExchangeFormat.line(f) + "\n" }
        }
        return out
    }
}
