import Foundation
import TOMLKit

/// A known organisation: its canonical name, native spelling and other names.
public struct KnownOrg: Sendable, Hashable {
    /// The canonical name (Hangul for Korean groups).
    public var name: String
    /// The native spelling (Hanzi or Latin), if any.
    public var native: String?
    /// Every other way reports write the name, in any script.
    public var aliases: [String]

    /// Creates an entry.
    public init(name: String, native: String? = nil, aliases: [String] = []) {
        self.name = name
        self.native = native
        self.aliases = aliases
    }

    /// The name, native form and aliases.
    public var allNames: [String] { [name] + (native.map { [$0] } ?? []) + aliases }
}

/// A verb and its scalars, searched in sentences.
struct VerbPattern: Sendable, Hashable {
    var word: String
    var scalars: [Unicode.Scalar]
}

/// A currency, counter or unit as the figure rules look for it after a number.
struct UnitWord: Sendable, Hashable {
    var scalars: [Unicode.Scalar]
    /// What the figure reports: the ISO code of a currency, `%` for `퍼센트` and `percent`, else the word.
    var value: String
    /// Whether the word ends with a Latin letter (then it must end the word in the text).
    var latinLast: Bool
    /// Whether the word is `%`.
    var isPercentSign: Bool
}

/// Verbs by their first scalar, to find the earliest in a sentence in one pass.
struct VerbTable: Sendable, Hashable {
    private(set) var verbs: [VerbPattern] = []
    /// Bit `v mod 4096` is set when a verb starts with a scalar of value `v` (words 0..<64);
    /// then bit `pair(a, b)` when a verb starts with the scalars `a b` (words 64..<128), and bit
    /// `v mod 4096` for the verbs of the one scalar `v` (words 128..<192). A scalar that passes
    /// the first mask is tried only when the next one agrees too: in English sentences a verb's
    /// first letter starts almost every word. One array, read through one buffer pointer.
    private var firsts: [UInt64] = Array(repeating: 0, count: 192)
    /// Flat tables, read through buffer pointers: bucket `b` (first scalar's value mod 64) holds
    /// the verbs `bucketItems[bucketStarts[b]..<bucketStarts[b + 1]]`, ascending; verb `k`'s
    /// scalars are `flat[offsets[k]..<offsets[k + 1]]`.
    private var bucketStarts: [Int] = Array(repeating: 0, count: 65)
    private var bucketItems: [Int] = []
    private var flat: [Unicode.Scalar] = []
    private var offsets: [Int] = [0]

    init() {}

    init(_ verbs: [VerbPattern]) {
        self.verbs = verbs
        var buckets: [[Int]] = Array(repeating: [], count: 64)
        for (i, v) in verbs.enumerated() {
            flat.append(contentsOf: v.scalars)
            offsets.append(flat.count)
            guard let f = v.scalars.first else { continue }
            buckets[Int(f.value & 63)].append(i)
            firsts[Int((f.value >> 6) & 63)] |= 1 << UInt64(f.value & 63)
            if v.scalars.count == 1 {
                firsts[128 + Int((f.value >> 6) & 63)] |= 1 << UInt64(f.value & 63)
            } else {
                let p = Self.pair(f, v.scalars[1])
                firsts[64 + Int(p >> 6)] |= 1 << UInt64(p & 63)
            }
        }
        for b in 0..<64 {
            bucketItems.append(contentsOf: buckets[b])
            bucketStarts[b + 1] = bucketItems.count
        }
    }

    /// A 12-bit hash of two scalars, for the second mask of `firsts`.
    @inline(__always)
    static func pair(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt32 { ((a.value &<< 5) ^ b.value) & 4095 }

    /// The first offset from `i` on where a verb may start (by the first mask, then `mayStart`),
    /// else `buffer.count`. Written for speed, as a function of its own with the few values it
    /// needs: inside `scan`'s nest of buffer pointers the same loop kept its variables on the
    /// stack (about 22 instructions a scalar, and this runs over every scalar of every sentence);
    /// the pair test is made here too, so that `scan` sees only the few offsets that pass both.
    @inline(never)
    private static func nextCandidate(
        _ buffer: UnsafeBufferPointer<Unicode.Scalar>,
        from i: Int,
        mask: UnsafeBufferPointer<UInt64>
    ) -> Int {
        var i = i
        let n = buffer.count
        while i < n {
            let c = buffer[i]
            let v = c.value
            if mask[Int((v >> 6) & 63)] & (1 << UInt64(v & 63)) != 0, mayStart(buffer, at: i, c, mask: mask) {
                return i
            }
            i += 1
        }
        return n
    }

    /// Whether a verb may start at `i`, whose scalar `c` passed the first mask: by the pair it
    /// makes with the next scalar, else (also at the last scalar) by the verbs of one scalar.
    @inline(__always)
    private static func mayStart(
        _ buffer: UnsafeBufferPointer<Unicode.Scalar>,
        at i: Int,
        _ c: Unicode.Scalar,
        mask: UnsafeBufferPointer<UInt64>
    ) -> Bool {
        if i + 1 < buffer.count {
            let p = pair(c, buffer[i + 1])
            if mask[64 + Int(p >> 6)] & (1 << UInt64(p & 63)) != 0 { return true }
        }
        return mask[128 + Int((c.value >> 6) & 63)] & (1 << UInt64(c.value & 63)) != 0
    }

    /// The earliest verb written entirely inside `s`, with its offset from `s.startIndex`; of
    /// verbs at the same offset, the first of the list.
    func first(in s: some ScalarWord) -> (verb: String, offset: Int)? {
        var found: (k: Int, offset: Int)?
        scan(s, skipping: { _ in false }) { k, i in
            found = (k, i)
            return true
        }
        guard let found else { return nil }
        return (verbs[found.k].word, found.offset)
    }

    /// For a table of three lists one after the other (verbs `0..<ends.0`, `ends.0..<ends.1`,
    /// `ends.1...`), what `first(in:)` of each list's own table gives (the verb's index here, and
    /// its offset), in one scan of `s` rather than three: the scan stops once all three are found.
    func firstOfEach(in s: some ScalarWord, ends: (Int, Int)) -> (
        (k: Int, offset: Int)?, (k: Int, offset: Int)?, (k: Int, offset: Int)?
    ) {
        // A tuple, not an array: no allocation per sentence.
        var found: ((k: Int, offset: Int)?, (k: Int, offset: Int)?, (k: Int, offset: Int)?) = (nil, nil, nil)
        var missing = 3
        func part(_ k: Int) -> Int { k < ends.0 ? 0 : k < ends.1 ? 1 : 2 }
        // Items ascend: within a list, the first verb at an offset wins.
        scan(
            s,
            skipping: { k in
                switch part(k) {
                case 0: found.0 != nil
                case 1: found.1 != nil
                default: found.2 != nil
                }
            }
        ) { k, i in
            switch part(k) {
            case 0: found.0 = (k, i)
            case 1: found.1 = (k, i)
            default: found.2 = (k, i)
            }
            missing -= 1
            return missing == 0
        }
        return found
    }

    /// Walks `s` once and hands every verb written inside it (its index and offset) to `match`, in
    /// order of offset and, at one offset, of the list; stops when `match` returns true. Verbs for
    /// which `skipping` returns true are not tried. Everything through buffer pointers, without
    /// bounds checks or reference counting: this runs on every sentence.
    @inline(__always)
    private func scan(
        _ s: some ScalarWord,
        skipping: (Int) -> Bool,
        match: (Int, Int) -> Bool
    ) {
        firsts.withUnsafeBufferPointer { mask in
            bucketStarts.withUnsafeBufferPointer { starts in
                bucketItems.withUnsafeBufferPointer { items in
                    flat.withUnsafeBufferPointer { flat in
                        offsets.withUnsafeBufferPointer { offsets in
                            s.withUnsafeBufferPointer { buffer in
                                let n = buffer.count
                                var i = Self.nextCandidate(buffer, from: 0, mask: mask)
                                while i < n {
                                    let c = buffer[i]
                                    defer { i = Self.nextCandidate(buffer, from: i + 1, mask: mask) }
                                    let b = Int(c.value & 63)
                                    for x in starts[b]..<starts[b + 1] {
                                        let k = items[x]
                                        if skipping(k) { continue }
                                        let from = offsets[k]
                                        let count = offsets[k + 1] - from
                                        guard flat[from] == c, n - i >= count else { continue }
                                        var j = 1
                                        while j < count, buffer[i + j] == flat[from + j] { j += 1 }
                                        if j == count, match(k, i) { return }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// What the rules ask of every sentence's verbs: the first presentation verb, whether an
/// establishing verb and a merge word occur. Found in one scan of the sentence
/// (`Lexicon.sentenceVerbTable`) instead of one for each list.
struct SentenceVerbs {
    /// What `presentationVerbTable.first(in:)` gives for the whole sentence.
    var presentation: (verb: String, offset: Int)?
    /// Whether `establishVerbTable.first(in:)` finds a verb.
    var establishes: Bool
    /// Where the first establishing verb starts, and where it ends, in scalars.
    var establishRange: Range<Int>?
    /// Whether `mergeWordTable.first(in:)` finds a word.
    var mergeWord: Bool

    /// Inlined: called out of line with `box.lexicon`, the whole `Lexicon` was copied per sentence.
    @inline(__always)
    init(_ s: ArraySlice<Unicode.Scalar>, lexicon: Lexicon) {
        let found = lexicon.sentenceVerbTable.firstOfEach(
            in: s,
            ends: (lexicon.sentenceVerbEstablishStart, lexicon.sentenceVerbMergeStart)
        )
        presentation = found.0.map { (lexicon.sentenceVerbTable.verbs[$0.k].word, $0.offset) }
        establishes = found.1 != nil
        // (No closure over `lexicon`: one copied the whole lexicon for every sentence.)
        if let f = found.1 {
            establishRange = f.offset..<(f.offset + lexicon.sentenceVerbTable.verbs[f.k].scalars.count)
        } else {
            establishRange = nil
        }
        mergeWord = found.2 != nil
    }
}

/// Why a lexicon could not be read: which file and key, and what is wrong.
public struct LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: String, Sendable, Hashable {
        case unreadable, syntax, unknownKey, badValue
    }

    public var code: Code
    public var message: String
    /// The file concerned.
    public var file: String
    /// The key concerned, if any.
    public var key: String?

    public init(code: Code, message: String, file: String, key: String? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.key = key
    }

    public var description: String {
        "\(file)\(key.map { " [\($0)]" } ?? ""): \(code.rawValue): \(message)"
    }
}

/// Titles, organisation suffixes, event nouns, quote verbs, counters and known
/// organisations, loaded from the TOML files under `Config/lexicon/` (see `docs/extraction.md`).
///
/// Every file may hold any of the sections; the lists of all files are merged.
public struct Lexicon: Sendable, Hashable {
    public var titles: Set<String> = []
    public var particles: [String] = []
    public var pronouns: Set<String> = []
    public var quoteVerbs: [String] = []
    public var presentationVerbs: [String] = []
    public var establishVerbs: [String] = []
    public var mergeWords: [String] = []
    public var notNames: Set<String> = []
    /// Family names in Latin letters (`Zhang`, `Kim`): two capitalised words with one of them
    /// are a person's name in English text (`Daniel Zhang`, `Zhang Jun`).
    public var surnames: Set<String> = []
    /// Korean (and Sino-Korean) family names, one syllable each: a Hangul word of 2–4 syllables
    /// starting with one looks like a person's name.
    public var hangulSurnames: Set<String> = []
    /// Words that look like organisations (a Latin gloss, an org suffix) but are common nouns.
    public var notOrgs: Set<String> = []
    /// Endings that make a word an organisation even outside an org slot (`그룹`, `홀딩스`).
    public var standaloneOrgSuffixes: [String] = []
    /// Country and region names that, written after a known org, name its subsidiary there
    /// (`크래프톤 인디아`, `화웨이 코리아`).
    public var countryWords: [String] = []
    /// Regions that scope a title, written between a name and the title (`마르쿠스 베버 아시아 CTO`).
    public var titleScopes: [String] = []
    public var regionSuffixes: [String] = []
    /// Cities and provinces (`Seoul`, `Shenzhen`, `Zhejiang`): a place named often is no company (`places`).
    public var places: Set<String> = []
    public var counters: Set<String> = []
    public var units: Set<String> = []
    /// Currency word → ISO 4217 code.
    public var currencies: [String: String] = [:]
    public var orgSuffixes: [String] = []
    public var unitNouns: [String] = []
    public var eventNouns: [String] = []
    public var placeMarkers: [String] = []
    /// Words after a quoted name that say the name is an event being held (`'X'를 열고`).
    public var eventVerbs: [String] = []
    /// Words that say people attend an event (`참석`, `참관객`, `attendees`): their counts belong
    /// to the event.
    public var attendanceWords: [String] = []
    /// Words that say someone gives a keynote (`기조연설`, `keynote`): a presentation, even with no
    /// topic named.
    public var keynoteWords: [String] = []
    /// Words that say a report is an interview (`인터뷰`, `일문일답`): answers after a question line
    /// are the words of the person interviewed.
    public var interviewWords: [String] = []
    /// Words that say when a reorganisation takes effect (`1월 1일자로`, `1일부로`,
    /// `effective Jan. 1`): the date beside one is the date the report's new units start.
    public var effectiveWords: [String] = []
    /// Nouns that make the name before them a product (`원신 대모델`, `판구 대모델 5.0`): a product
    /// named so at the head of a clause owns the figures of that clause.
    public var productNouns: [String] = []
    /// Words that say a figure is a rise (`늘었다`, `증가`, `up`, `rose`): written right after a
    /// Korean figure or right before an English one, they make it the change of the thing the
    /// clause's earlier figure counted (`매출은 … 전년 대비 9% 늘었다` → `매출 증가율`).
    public var increaseWords: [String] = []
    /// The same for a fall (`줄었다`, `감소`, `down`, `fell`).
    public var decreaseWords: [String] = []
    public var orgs: [KnownOrg] = []
    /// Every org name and alias, lower-cased → index in `orgs`.
    var orgIndex: [String: Int] = [:]
    /// English titles as lower-cased word sequences, longest first.
    var englishTitles: [[String]] = []
    /// The same, by first word; and every word of an English title.
    var englishTitlesByFirst: [String: [[String]]] = [:]
    /// The first scalars of the keys of `englishTitlesByFirst`.
    var englishTitleFirsts: Set<Unicode.Scalar> = []
    /// The same for ASCII scalars, by value.
    var englishTitleFirstsASCII: [Bool] = Array(repeating: false, count: 128)
    var englishTitleWords: Set<String> = []
    var englishTitleWordSet = WordSet()
    /// The keys of `englishTitlesByFirst` by scalars, and whether all of them are ASCII or Hangul
    /// syllables (`TextSet.isPlain`): then a word of such scalars is a key exactly when its
    /// scalars are one (`ExtractionRun.englishTitle`).
    var englishTitleFirstWords = WordSet()
    var englishTitleKeysPlain = false
    /// Currencies, then counters, then units, by their first scalar (value mod 64).
    var unitWords: [[UnitWord]] = Array(repeating: [], count: 64)
    /// Lookup sets for suffix tests, with the longest entry's length in characters.
    var particleSet: Set<String> = []
    var maxParticle = 0
    var orgSuffixSet: Set<String> = []
    var maxOrgSuffix = 0
    var unitNounSet: Set<String> = []
    var maxUnitNoun = 0
    var eventNounSet: Set<String> = []
    var maxEventNoun = 0
    var maxTitle = 0
    /// Verbs as scalars, for searching sentences without Foundation.
    var quoteVerbScalars: [VerbPattern] = []
    var presentationVerbScalars: [VerbPattern] = []
    var establishVerbScalars: [[Unicode.Scalar]] = []
    var mergeWordScalars: [[Unicode.Scalar]] = []
    var quoteVerbTable = VerbTable()
    var presentationVerbTable = VerbTable()
    var establishVerbTable = VerbTable()
    var mergeWordTable = VerbTable()
    /// The presentation verbs, establishing verbs and merge words in one table (`SentenceVerbs`),
    /// and where the second and third lists start in it.
    var sentenceVerbTable = VerbTable()
    var sentenceVerbEstablishStart = 0
    var sentenceVerbMergeStart = 0
    /// The first words (lower-cased) of the org names that have several.
    var orgPairFirsts = WordSet()
    /// The first words (lower-cased) of the org names of three words or more (`korea` of `Korea
    /// Aerospace Research Institute`): only a word here starts a longer run worth looking up.
    var orgRunFirsts = WordSet()
    /// Scalar sets of the lists above, for lookups and suffix tests without `String` hashing.
    var titleWords = WordSet()
    var particleWords = WordSet()
    /// The particles as `particleWords` has them (its values index this list), kept with it.
    var particleStrings: [String] = []
    var orgSuffixWords = WordSet()
    var unitNounWords = WordSet()
    var eventNounWords = WordSet()
    var placeMarkerWords = WordSet()
    var eventVerbWords = WordSet()
    var productNounWords = WordSet()
    /// `increaseWords` and `decreaseWords` as scalars, and as sets of whole words (English ones
    /// are whole words: `up`, `rose`).
    var increaseScalars: [[Unicode.Scalar]] = []
    var decreaseScalars: [[Unicode.Scalar]] = []
    var increaseWordSet = WordSet()
    var changeWordSet = WordSet()
    var attendanceTable = VerbTable()
    /// Keynote words, then interview words, in one table: a sentence is searched once for both.
    var talkTable = VerbTable()
    var interviewWordSet: Set<TextKey> = []
    /// `hangulSurnames` as whole words (`쉬`, `저우`): a surname alone before a title refers
    /// back to a person named in full.
    var hangulSurnameWords = WordSet()
    var regionSuffixWords = WordSet()
    /// `places`, for scalar lookups.
    var placeWords = WordSet()
    var notNameWords = WordSet()
    /// Whether every word of `notNames` is Hangul syllables or ASCII (`TextSet.isPlain`): then a
    /// plain word is one of them exactly when its scalars are one of `notNameWords`.
    var notNamesPlain = false
    /// `surnames` by scalars.
    var surnameWords = WordSet()
    var notOrgWords = WordSet()
    var standaloneOrgSuffixWords = WordSet()
    /// The scalars of `hangulSurnames` (one each).
    var hangulSurnameScalars: Set<Unicode.Scalar> = []
    var pronounWords = WordSet()
    /// Every org name and alias, lower-cased (as `orgIndex`), valued by its index in `orgs`.
    var orgWords = WordSet()
    /// `countryWords`, for scalar lookups.
    var countryWordSet = WordSet()
    /// `titleScopes`, for scalar lookups.
    var titleScopeSet = WordSet()
    /// `effectiveWords` as scalars, longest first.
    var effectiveScalars: [[Unicode.Scalar]] = []

    /// The keys a lexicon file may hold.
    public static let keys: Set<String> = [
        "titles", "particles", "pronouns", "quote_verbs", "presentation_verbs", "establish_verbs", "merge_words",
        "not_names", "region_suffixes", "places", "counters", "units", "currencies", "org_suffixes", "unit_nouns",
        "event_nouns", "place_markers", "org", "surnames", "hangul_surnames", "not_orgs", "standalone_org_suffixes",
        "country_words", "title_scopes",
        "event_verbs", "attendance_words", "keynote_words", "interview_words", "effective_words",
        "product_nouns", "increase_words", "decrease_words",
    ]

    /// An empty lexicon.
    public init() {}

    /// Parses lexicon files given as name and TOML text, merged in the order given.
    public init(parsing files: [(name: String, text: String)]) throws(LexiconError) {
        for file in files {
            try merge(file: file.name, text: file.text)
        }
        finish()
    }

    /// Reads every `*.toml` file of a folder, in name order.
    public static func load(directory: String) throws(LexiconError) -> Lexicon {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
                .filter { $0.hasSuffix(".toml") }.sorted()
        } catch {
            throw LexiconError(code: .unreadable, message: "cannot list the folder", file: directory)
        }
        var files: [(name: String, text: String)] = []
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path),
                let text = String(data: data, encoding: .utf8)
            else {
                throw LexiconError(code: .unreadable, message: "cannot read the file as UTF-8", file: name)
            }
            files.append((name, text))
        }
        return try Lexicon(parsing: files)
    }

    private mutating func merge(file: String, text: String) throws(LexiconError) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw LexiconError(
                code: .syntax,
                message: "\(error.description) at \(error.source.begin.debugDescription)",
                file: file
            )
        } catch {
            throw LexiconError(code: .syntax, message: "not TOML", file: file)
        }
        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            switch key {
            case "titles": titles.formUnion(try Self.strings(value, file: file, key: key))
            case "particles": particles += try Self.strings(value, file: file, key: key)
            case "pronouns": pronouns.formUnion(try Self.strings(value, file: file, key: key))
            case "quote_verbs": quoteVerbs += try Self.strings(value, file: file, key: key)
            case "presentation_verbs": presentationVerbs += try Self.strings(value, file: file, key: key)
            case "establish_verbs": establishVerbs += try Self.strings(value, file: file, key: key)
            case "merge_words": mergeWords += try Self.strings(value, file: file, key: key)
            case "not_names": notNames.formUnion(try Self.strings(value, file: file, key: key))
            case "surnames": surnames.formUnion(try Self.strings(value, file: file, key: key))
            case "hangul_surnames": hangulSurnames.formUnion(try Self.strings(value, file: file, key: key))
            case "not_orgs": notOrgs.formUnion(try Self.strings(value, file: file, key: key))
            case "standalone_org_suffixes": standaloneOrgSuffixes += try Self.strings(value, file: file, key: key)
            case "country_words": countryWords += try Self.strings(value, file: file, key: key)
            case "title_scopes": titleScopes += try Self.strings(value, file: file, key: key)
            case "region_suffixes": regionSuffixes += try Self.strings(value, file: file, key: key)
            case "places": places.formUnion(try Self.strings(value, file: file, key: key))
            case "counters": counters.formUnion(try Self.strings(value, file: file, key: key))
            case "units": units.formUnion(try Self.strings(value, file: file, key: key))
            case "org_suffixes": orgSuffixes += try Self.strings(value, file: file, key: key)
            case "unit_nouns": unitNouns += try Self.strings(value, file: file, key: key)
            case "event_nouns": eventNouns += try Self.strings(value, file: file, key: key)
            case "place_markers": placeMarkers += try Self.strings(value, file: file, key: key)
            case "event_verbs": eventVerbs += try Self.strings(value, file: file, key: key)
            case "attendance_words": attendanceWords += try Self.strings(value, file: file, key: key)
            case "keynote_words": keynoteWords += try Self.strings(value, file: file, key: key)
            case "interview_words": interviewWords += try Self.strings(value, file: file, key: key)
            case "effective_words": effectiveWords += try Self.strings(value, file: file, key: key)
            case "product_nouns": productNouns += try Self.strings(value, file: file, key: key)
            case "increase_words": increaseWords += try Self.strings(value, file: file, key: key)
            case "decrease_words": decreaseWords += try Self.strings(value, file: file, key: key)
            case "currencies":
                guard let sub = value.table else {
                    throw LexiconError(
                        code: .badValue,
                        message: "expected a table of word = \"ISO\"",
                        file: file,
                        key: key
                    )
                }
                for word in sub.keys.sorted() {
                    guard let code = sub[word]?.string, code.count == 3, code.allSatisfy({ $0.isUppercase }) else {
                        throw LexiconError(
                            code: .badValue,
                            message: "expected a 3-letter ISO 4217 code",
                            file: file,
                            key: "currencies.\(word)"
                        )
                    }
                    currencies[word] = code
                }
            case "org":
                guard let array = value.array else {
                    throw LexiconError(code: .badValue, message: "expected [[org]] tables", file: file, key: key)
                }
                for (index, item) in array.enumerated() {
                    orgs.append(try Self.org(item, file: file, key: "org[\(index)]"))
                }
            default:
                throw LexiconError(
                    code: .unknownKey,
                    message: "unknown key; known keys are \(Self.keys.sorted().joined(separator: ", "))",
                    file: file,
                    key: key
                )
            }
        }
    }

    private static func strings(_ value: any TOMLValueConvertible, file: String, key: String) throws(LexiconError)
        -> [String]
    {
        guard let array = value.array else {
            throw LexiconError(code: .badValue, message: "expected an array of strings", file: file, key: key)
        }
        var out: [String] = []
        for (index, item) in array.enumerated() {
            guard let text = item.string, !Self.isBlank(text) else {
                throw LexiconError(
                    code: .badValue,
                    message: "item \(index) is not a non-empty string",
                    file: file,
                    key: key
                )
            }
            out.append(text)
        }
        return out
    }

    /// Whether `text.trimmingCharacters(in: .whitespaces).isEmpty`: every scalar a tab or a space
    /// separator (general category Zs, as `CharacterSet.whitespaces` has them). Foundation's trim
    /// cost about 8 700 instructions a lexicon entry (13 M of the one-time parse).
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { c in
            c == " " || c == "\t" || (c.value >= 0x80 && c.properties.generalCategory == .spaceSeparator)
        }
    }

    private static func org(_ value: any TOMLValueConvertible, file: String, key: String) throws(LexiconError)
        -> KnownOrg
    {
        guard let table = value.table else {
            throw LexiconError(code: .badValue, message: "expected a table", file: file, key: key)
        }
        var entry = KnownOrg(name: "")
        for field in table.keys.sorted() {
            guard let item = table[field] else { continue }
            switch field {
            case "name":
                guard let text = item.string, !text.isEmpty else {
                    throw LexiconError(code: .badValue, message: "expected a string", file: file, key: "\(key).name")
                }
                entry.name = text
            case "native":
                guard let text = item.string, !text.isEmpty else {
                    throw LexiconError(code: .badValue, message: "expected a string", file: file, key: "\(key).native")
                }
                entry.native = text
            case "aliases":
                entry.aliases = try strings(item, file: file, key: "\(key).aliases")
            default:
                throw LexiconError(
                    code: .unknownKey,
                    message: "unknown key; known keys are name, native, aliases",
                    file: file,
                    key: "\(key).\(field)"
                )
            }
        }
        guard !entry.name.isEmpty else {
            throw LexiconError(code: .badValue, message: "an org needs a name", file: file, key: key)
        }
        return entry
    }

    /// Sorts the lists the rules match longest first.
    private mutating func finish() {
        // Each word's length counted once, not at every comparison (`String.count` walks the
        // graphemes): the same order.
        func longestFirst(_ list: [String]) -> [String] {
            let counted: [(word: String, count: Int)] = Set(list).map { ($0, $0.count) }
            let sorted = counted.sorted { a, b in a.count != b.count ? a.count > b.count : a.word < b.word }
            return sorted.map(\.word)
        }
        particles = longestFirst(particles)
        quoteVerbs = longestFirst(quoteVerbs)
        presentationVerbs = longestFirst(presentationVerbs)
        establishVerbs = longestFirst(establishVerbs)
        mergeWords = longestFirst(mergeWords)
        regionSuffixes = longestFirst(regionSuffixes)
        orgSuffixes = longestFirst(orgSuffixes)
        unitNouns = longestFirst(unitNouns)
        eventNouns = longestFirst(eventNouns)
        placeMarkers = longestFirst(placeMarkers)
        orgIndex = [:]
        for (index, org) in orgs.enumerated() {
            for name in org.allNames where orgIndex[name.lowercased()] == nil {
                orgIndex[name.lowercased()] = index
            }
        }
        // Each title's words joined once, not at every comparison: the same order.
        englishTitles = titles.filter { $0.unicodeScalars.contains(where: Scalars.isLatin) }
            .map { t -> (words: [String], joined: String) in
                let words = t.lowercased().split(separator: " ").map(String.init)
                return (words, words.joined())
            }
            .sorted { a, b in a.words.count != b.words.count ? a.words.count > b.words.count : a.joined < b.joined }
            .map(\.words)
        englishTitlesByFirst = Dictionary(grouping: englishTitles) { $0.first ?? "" }
        englishTitleFirsts = Set(englishTitlesByFirst.keys.compactMap { $0.unicodeScalars.first })
        englishTitleFirstsASCII = (0..<128).map { v in englishTitleFirsts.contains(Unicode.Scalar(UInt8(v))) }
        englishTitleFirstWords = WordSet(englishTitlesByFirst.keys.sorted())
        englishTitleKeysPlain = englishTitlesByFirst.keys.allSatisfy { TextSet.isPlain(Array($0.unicodeScalars)[...]) }
        englishTitleWords = Set(englishTitles.flatMap { $0 })
        englishTitleWordSet = WordSet(englishTitleWords.sorted())
        unitWords = Array(repeating: [], count: 64)
        func addUnit(_ word: String, _ value: String) {
            let u = Array(word.unicodeScalars)
            guard let first = u.first, let last = u.last else { return }
            unitWords[Int(first.value & 63)].append(
                UnitWord(scalars: u, value: value, latinLast: Scalars.isLatin(last), isPercentSign: word == "%")
            )
        }
        for word in currencies.keys.sorted() { addUnit(word, currencies[word] ?? word) }
        for word in counters.sorted() { addUnit(word, word) }
        for word in units.sorted() { addUnit(word, word == "퍼센트" || word == "percent" ? "%" : word) }
        particleSet = Set(particles)
        maxParticle = particles.map(\.count).max() ?? 0
        orgSuffixSet = Set(orgSuffixes)
        maxOrgSuffix = orgSuffixes.map(\.count).max() ?? 0
        unitNounSet = Set(unitNouns)
        maxUnitNoun = unitNouns.map(\.count).max() ?? 0
        eventNounSet = Set(eventNouns)
        maxEventNoun = eventNouns.map(\.count).max() ?? 0
        maxTitle = titles.map(\.count).max() ?? 0
        quoteVerbScalars = quoteVerbs.map { VerbPattern(word: $0, scalars: Array($0.unicodeScalars)) }
        presentationVerbScalars = presentationVerbs.map { VerbPattern(word: $0, scalars: Array($0.unicodeScalars)) }
        establishVerbScalars = establishVerbs.map { Array($0.unicodeScalars) }
        mergeWordScalars = mergeWords.map { Array($0.unicodeScalars) }
        quoteVerbTable = VerbTable(quoteVerbScalars)
        presentationVerbTable = VerbTable(presentationVerbScalars)
        establishVerbTable = VerbTable(establishVerbs.map { VerbPattern(word: $0, scalars: Array($0.unicodeScalars)) })
        mergeWordTable = VerbTable(mergeWords.map { VerbPattern(word: $0, scalars: Array($0.unicodeScalars)) })
        let sentenceVerbs =
            presentationVerbScalars + establishVerbs.map { VerbPattern(word: $0, scalars: Array($0.unicodeScalars)) }
            + mergeWords.map { VerbPattern(word: $0, scalars: Array($0.unicodeScalars)) }
        sentenceVerbTable = VerbTable(sentenceVerbs)
        sentenceVerbEstablishStart = presentationVerbScalars.count
        sentenceVerbMergeStart = presentationVerbScalars.count + establishVerbs.count
        titleWords = WordSet(titles.sorted())
        particleWords = WordSet(particles)
        particleStrings = particles
        orgSuffixWords = WordSet(orgSuffixes)
        unitNounWords = WordSet(unitNouns)
        eventNounWords = WordSet(eventNouns)
        placeMarkerWords = WordSet(placeMarkers)
        eventVerbWords = WordSet(eventVerbs.sorted())
        productNounWords = WordSet(productNouns.sorted())
        increaseScalars = longestFirst(increaseWords).map { Array($0.unicodeScalars) }
        decreaseScalars = longestFirst(decreaseWords).map { Array($0.unicodeScalars) }
        increaseWordSet = WordSet(increaseWords.sorted())
        changeWordSet = WordSet((increaseWords + decreaseWords).sorted())
        talkTable = VerbTable(
            longestFirst(keynoteWords + interviewWords).map {
                VerbPattern(word: $0, scalars: Array($0.unicodeScalars))
            }
        )
        interviewWordSet = Set(interviewWords.map { TextKey($0) })
        effectiveScalars = longestFirst(effectiveWords).map { Array($0.unicodeScalars) }
        attendanceTable = VerbTable(
            longestFirst(attendanceWords).map { VerbPattern(word: $0, scalars: Array($0.unicodeScalars)) }
        )
        hangulSurnameWords = WordSet(hangulSurnames.sorted())
        regionSuffixWords = WordSet(regionSuffixes)
        placeWords = WordSet(places.sorted())
        notNameWords = WordSet(notNames.sorted())
        notNamesPlain = notNames.allSatisfy { TextSet.isPlain(Array($0.unicodeScalars)[...]) }
        surnameWords = WordSet(surnames.sorted())
        notOrgWords = WordSet(notOrgs.sorted())
        standaloneOrgSuffixWords = WordSet(standaloneOrgSuffixes)
        countryWordSet = WordSet(countryWords.sorted())
        titleScopeSet = WordSet(titleScopes.sorted())
        hangulSurnameScalars = Set(
            hangulSurnames.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first : nil }
        )
        pronounWords = WordSet(pronouns.sorted())
        var orgList: [([Unicode.Scalar], Int)] = []
        for (index, org) in orgs.enumerated() {
            for name in org.allNames { orgList.append((Array(name.lowercased().unicodeScalars), index)) }
        }
        orgWords = WordSet(scalars: orgList)
        var firsts: [([Unicode.Scalar], Int)] = []
        var runFirsts: [([Unicode.Scalar], Int)] = []
        for (name, index) in orgList {
            guard let space = name.firstIndex(of: " ") else { continue }
            firsts.append((Array(name[..<space]), index))
            if name.filter({ $0 == " " }).count >= 2 { runFirsts.append((Array(name[..<space]), index)) }
        }
        orgPairFirsts = WordSet(scalars: firsts)
        orgRunFirsts = WordSet(scalars: runFirsts)
    }

    /// Whether `word` ends with an entry of `set` (entries at most `max` characters long) whose
    /// length is in `lengths`, leaving at least `keep` characters before it.
    func endsWith(_ word: String, in set: Set<String>, max: Int, minLength: Int = 1, keep: Int = 0) -> Bool {
        let n = word.count
        guard max >= minLength else { return false }
        for k in stride(from: Swift.min(max, n - keep), through: minLength, by: -1)
        where set.contains(String(word.suffix(k))) {
            return true
        }
        return false
    }

    /// The lexicon built into the binary (the files of `Config/lexicon/` at build time), used when no
    /// lexicon folder is configured.
    public static let builtIn: Lexicon = (try? Lexicon(parsing: BuiltInLexicon.files)) ?? Lexicon()
}

extension Lexicon {
    static let groupSuffixes: [[Unicode.Scalar]] = ["그룹", "Group", "社"].map { Array($0.unicodeScalars) }

    /// The known organisation a word names (`텐센트`, `텐센트그룹`, `Tencent`), as its index.
    func knownOrg(_ word: String) -> Int? {
        if word.utf8.count > orgWords.maxLength * 4 + 12 { return nil }
        return knownOrg(Array(word.unicodeScalars)[...])
    }

    /// The same, from the word's scalars.
    func knownOrg(_ w: some ScalarWord) -> Int? {
        // Words that need Unicode case mapping take the `String` path.
        for c in w where c.value >= 0x80 && !Scalars.isHangul(c) && !Scalars.isHan(c) && c.value != 0xB7 {
            return knownOrgSlow(Scalars.string(w))
        }
        return knownOrg(plainWord: w)
    }

    /// The same, for a word of Hangul syllables, Han characters, `·` and ASCII only (none needs
    /// Unicode case mapping): the tokenizer knows this of most words as it reads them, and the
    /// test above, over every scalar of every word, cost more than the lookup that follows it.
    func knownOrg(plainWord w: some ScalarWord) -> Int? { Self.knownOrg(plainWord: w, in: orgWords) }

    /// The same on the org names' set alone: a caller that reaches the lexicon through
    /// `ExtractionRun.lexicon` passes the set (a reference), where calling the method copied the
    /// whole `Lexicon` (960 bytes) first.
    static func knownOrg(plainWord w: some ScalarWord, in orgWords: WordSet) -> Int? {
        // The lookup tests the word's length inline first (`index(lowercasingASCII:)`); a test of
        // the four lengths a name with or without a group suffix could have, before it, passed for
        // nearly every word (names have most lengths) and cost more than it saved.
        if let e = orgWords.index(lowercasingASCII: w) { return orgWords.values[e] }
        // `그룹`, `Group`, `社`: only words ending in `룹`, `p` or `社` can carry one.
        guard let last = w.last, last == "룹" || last == "p" || last == "社" else { return nil }
        let n = w.count
        for suffix in Self.groupSuffixes where n > suffix.count && w.hasSuffix(suffix) {
            if let e = orgWords.index(lowercasingASCII: w.dropLast(suffix.count)) { return orgWords.values[e] }
        }
        return nil
    }

    /// Whether a two-word org name can start with the word: false only when no name (with or
    /// without a group suffix) starts with it and a space. Every such name is written
    /// `word + " " + …` once lower-cased, so `knownOrg` of a pair needs the first word here.
    func mayStartOrgPair(_ w: some ScalarWord) -> Bool {
        for c in w where c.value >= 0x80 && !Scalars.isHangul(c) && !Scalars.isHan(c) && c.value != 0xB7 {
            return true
        }
        return orgPairFirsts.index(lowercasingASCII: w) != nil
    }

    /// Whether the word, lower-cased, is an org name or alias (`orgIndex[word.lowercased()] != nil`).
    /// Inlined: called through `ExtractionRun.lexicon`, the call copied the whole `Lexicon` first.
    @inline(__always)
    func isOrgName(_ w: some ScalarWord) -> Bool {
        for c in w where c.value >= 0x80 && !Scalars.isHangul(c) && !Scalars.isHan(c) && c.value != 0xB7 {
            return orgIndex[Scalars.string(w).lowercased()] != nil
        }
        return orgWords.index(lowercasingASCII: w) != nil
    }

    /// `knownOrg` by `String`s, for words that need Unicode case mapping.
    private func knownOrgSlow(_ word: String) -> Int? {
        if let i = orgIndex[Scalars.lower(word)] { return i }
        // `SK㈜`, `㈜신세계`: the company mark is no part of the name.
        if word.count > 1, word.hasPrefix("㈜") || word.hasSuffix("㈜") {
            return knownOrg(String(word.unicodeScalars.filter { $0 != "㈜" }))
        }
        for suffix in ["그룹", "Group", "社"] where word.hasSuffix(suffix) && word.count > suffix.count {
            if let i = orgIndex[Scalars.lower(String(word.dropLast(suffix.count)))] { return i }
        }
        return nil
    }
}
