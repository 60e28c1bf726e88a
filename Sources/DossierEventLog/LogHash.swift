import CSHA256
import Crypto

/// SHA-256 of bytes in memory, written where the caller wants it.
///
/// The log hashes every event on its own (a few hundred bytes each) when it appends and when it
/// reads. swift-crypto's `SHA256.hash(data:)` allocates a context object for every digest, copies
/// it to finalise and clears three buffers: about as much work per event as the hashing itself
/// (docs/performance.md, session 8). On x86-64 with the SHA extensions a small C target hashes
/// with the CPU's instructions and the state on the stack; elsewhere (and under valgrind, which
/// hides those instructions) swift-crypto does, with the same digests (a test compares them).
enum LogHash {
    /// Whether ``sha256(_:into:)`` uses the CPU's SHA instructions.
    static let usesHardware: Bool = dossier_sha256_hardware_available() != 0

    /// Writes the SHA-256 of `bytes` into the 32 bytes at `out`.
    @inline(__always)
    static func sha256(_ bytes: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer) {
        if usesHardware {
            dossier_sha256_hardware(bytes.baseAddress, bytes.count, out)
        } else {
            portable(bytes, into: out)
        }
    }

    /// Writes the SHA-256 of `first` into the 32 bytes at `firstOut` and of `second` into those at
    /// `secondOut`: the same digests as two calls of ``sha256(_:into:)``, in about the time of one
    /// with the CPU's instructions (the two messages' rounds interleaved).
    @inline(__always)
    static func sha256(
        _ first: UnsafeRawBufferPointer,
        into firstOut: UnsafeMutableRawPointer,
        _ second: UnsafeRawBufferPointer,
        into secondOut: UnsafeMutableRawPointer
    ) {
        if usesHardware {
            dossier_sha256_hardware_pair(
                first.baseAddress,
                first.count,
                firstOut,
                second.baseAddress,
                second.count,
                secondOut
            )
        } else {
            portable(first, into: firstOut)
            portable(second, into: secondOut)
        }
    }

    /// swift-crypto's digest (BoringSSL), the same bytes.
    static func portable(_ bytes: UnsafeRawBufferPointer, into out: UnsafeMutableRawPointer) {
        SHA256.hash(data: bytes).withUnsafeBytes { digest in
            if let from = digest.baseAddress { out.copyMemory(from: from, byteCount: 32) }
        }
    }
}
