import Foundation

/// The fact exchange format of `../shared/FACTS.md`: one JSON object a fact.
public enum ExchangeFormat {
    /// An encoder whose output is deterministic (sorted keys) and readable (no escaped slashes).
    public static func makeEncoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// One fact as one line of JSON (no trailing newline).
    public static func line(_ fact: Fact) -> String {
        // Encoding a Fact cannot fail: every field is a string, number, bool or array of those.
        guard let data = try? makeEncoder().encode(fact) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
