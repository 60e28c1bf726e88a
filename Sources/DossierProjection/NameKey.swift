import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A name's key (``ProjectionState/key(_:)``) as the fold's organisation and person indexes hold
/// it: the same equality as the key's `String`, hashed and compared by its bytes when it is known
/// to be in composed normal form.
///
/// Hand-tuned (session 11): the indexes were `[String: Int]`, and `String` hashes and compares a
/// text that is not ASCII (every Hangul or Chinese name) through Unicode normalisation, scalar by
/// scalar with table look-ups, even when it is already composed. A simple key
/// (``ProjectionState/simpleKey(_:)``: ASCII, Hangul syllables and CJK ideographs only) is
/// composed text: none of those scalars decomposes or combines with its neighbours. Two composed
/// texts are equal exactly when their bytes are. ``hash(into:)`` feeds the bytes of the key's
/// composed form (NFC) and a 0xFF terminator: a simple key's own bytes, any other key's after
/// Foundation composes it. Any other key is compared as the `String` it is (canonical
/// equivalence), so a key in another form still finds its composed equal, and equal keys hash
/// alike without relying on how `String` itself hashes.
struct NameKey: Hashable, Sendable {
    let text: String
    /// Whether `text` is known to be in composed normal form.
    let composed: Bool

    init(_ text: String, composed: Bool) {
        self.text = text
        self.composed = composed
    }

    /// A key read back (from a checkpoint): composed when it is a simple key as it stands.
    init(stored text: String) {
        self.text = text
        let scanned = text.utf8.withContiguousStorageIfAvailable { ProjectionState.simpleKeyScan($0) }
        self.composed = scanned == .same
    }

    var isEmpty: Bool { text.isEmpty }

    static func == (a: NameKey, b: NameKey) -> Bool {
        guard a.composed && b.composed else { return a.text == b.text }
        var left = a.text
        var right = b.text
        return left.withUTF8 { l in
            right.withUTF8 { r in
                guard l.count == r.count else { return false }
                guard let lb = l.baseAddress, let rb = r.baseAddress else { return true }
                return memcmp(lb, rb, l.count) == 0
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        // (Keys that are not simple are few: names with accents, or in decomposed form.)
        var bytes = composed ? text : text.precomposedStringWithCanonicalMapping
        bytes.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(0xFF as UInt8)
    }
}

/// Stored as the key's text, and a dictionary keyed by it as one keyed by `String` (the
/// checkpoint's JSON form is unchanged).
extension NameKey: Codable, CodingKeyRepresentable {
    init(from decoder: any Decoder) throws {
        self.init(stored: try decoder.singleValueContainer().decode(String.self))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    var codingKey: any CodingKey { Key(stringValue: text) }

    init?<T: CodingKey>(codingKey: T) {
        self.init(stored: codingKey.stringValue)
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
