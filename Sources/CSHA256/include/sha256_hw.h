#ifndef DOSSIER_SHA256_HW_H
#define DOSSIER_SHA256_HW_H

#include <stddef.h>
#include <stdint.h>

/// Whether this CPU has the SHA-256 instructions (x86-64 SHA extensions, with SSSE3 and SSE4.1).
/// Asked once, at run time.
int dossier_sha256_hardware_available(void);

/// The SHA-256 digest of `count` bytes at `bytes`, written to the 32 bytes at `digest`, with the
/// CPU's instructions and no allocation. Call only when they are available.
void dossier_sha256_hardware(const void *bytes, size_t count, void *digest);

/// The digests of two messages at once, their rounds interleaved (one message's rounds leave the
/// SHA unit idle for most of each instruction's latency; two fill it, nearly twice the bytes per
/// second). The same digests as two calls of `dossier_sha256_hardware`. Call only when available.
void dossier_sha256_hardware_pair(
    const void *first, size_t firstCount, void *firstDigest,
    const void *second, size_t secondCount, void *secondDigest);

#endif
