import DossierModel
import Foundation
import Testing

@testable import DossierExtraction

@Suite struct LexiconTests {
    static let lexiconFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Config/lexicon").path

    @Test func builtInLexiconParses() {
        #expect(Lexicon.builtIn.titles.contains("부총재"))
        #expect(Lexicon.builtIn.currencies["위안"] == "CNY")
        #expect(Lexicon.builtIn.orgs.contains { $0.name == "텐센트" })
    }

    @Test func embeddedCopyMatchesFiles() throws {
        let onDisk = try Lexicon.load(directory: Self.lexiconFolder)
        #expect(onDisk == Lexicon.builtIn, "run scripts/embed-lexicon.sh after editing Config/lexicon")
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.lexiconFolder)
            .filter { $0.hasSuffix(".toml") }.sorted()
        #expect(names == BuiltInLexicon.files.map(\.name))
        for (name, text) in BuiltInLexicon.files {
            let disk = try String(contentsOfFile: Self.lexiconFolder + "/" + name, encoding: .utf8)
            let strip = { (s: String) in s.split(separator: "\n").map { String($0).trimmed() }.joined(separator: "\n") }
            #expect(strip(disk) == strip(text), "\(name) differs from BuiltInLexicon.swift")
        }
    }

    @Test func unknownKeyNamesFileAndKey() {
        do {
            _ = try Lexicon(parsing: [("x.toml", "colour = [\"red\"]")])
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .unknownKey)
            #expect(error.file == "x.toml")
            #expect(error.key == "colour")
        }
    }

    @Test func badValuesAreErrors() {
        let cases: [(String, LexiconError.Code, String?)] = [
            ("titles = \"회장\"", .badValue, "titles"),
            ("titles = [1]", .badValue, "titles"),
            ("[currencies]\n\"원\" = \"won\"", .badValue, "currencies.원"),
            ("[[org]]\nname = \"A\"\nwebsite = \"x\"", .unknownKey, "org[0].website"),
            ("titles = [", .syntax, nil),
        ]
        for (text, code, key) in cases {
            do {
                _ = try Lexicon(parsing: [("t.toml", text)])
                Issue.record("expected an error for \(text)")
            } catch {
                #expect(error.code == code, "\(text)")
                #expect(error.key == key, "\(text)")
                #expect(error.file == "t.toml")
            }
        }
    }

    @Test func addingACompanyIsAnEdit() throws {
        let lexicon = try Lexicon(
            parsing: BuiltInLexicon.files + [("extra.toml", "[[org]]\nname = \"두나무\"\naliases = [\"Dunamu\"]")]
        )
        let facts = Extractor(lexicon: lexicon).extract(ReportDocument(body: "송치형 두나무 회장은 새 전략을 발표했다."))
        #expect(facts.contains { if case .org(let o) = $0 { o.name == "두나무" } else { false } })
        #expect(facts.contains { if case .person(let p) = $0 { p.org == "두나무" && p.title == "회장" } else { false } })
    }
}
