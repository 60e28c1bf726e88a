#include <string.h>
#include "sha256_hw.h"

/* SHA-256 (FIPS 180-4) with the x86 SHA extensions: one digest per call, the state on the stack.
   swift-crypto's `SHA256.hash(data:)` allocates a context object, initialises it, copies it to
   finalise and clears three buffers for every digest; the log hashes every event on its own
   (a few hundred bytes each), so that per-digest work was as large as the hashing itself. */

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

int dossier_sha256_hardware_available(void) {
    unsigned int a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    if ((c & bit_SSSE3) == 0 || (c & bit_SSE4_1) == 0) return 0;
    if (__get_cpuid_max(0, 0) < 7) return 0;
    __cpuid_count(7, 0, a, b, c, d);
    return (b & bit_SHA) != 0;
}

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

/* Four rounds: the message words plus their constants, two `sha256rnds2` of two rounds each. */
#define ROUNDS4(w, g)                                                            \
    do {                                                                         \
        __m128i m = _mm_add_epi32((w), _mm_loadu_si128((const __m128i *)&K[4 * (g)])); \
        state1 = _mm_sha256rnds2_epu32(state1, state0, m);                       \
        m = _mm_shuffle_epi32(m, 0x0E);                                          \
        state0 = _mm_sha256rnds2_epu32(state0, state1, m);                       \
    } while (0)

/* The next four schedule words from the last sixteen (w0 oldest): W[t-16] + σ0(W[t-15]) by
   `sha256msg1`, W[t-7] by the byte shift of the two newest groups, σ1(W[t-2]) by `sha256msg2`. */
#define SCHEDULE(w0, w1, w2, w3) \
    _mm_sha256msg2_epu32(_mm_add_epi32(_mm_sha256msg1_epu32((w0), (w1)), _mm_alignr_epi8((w3), (w2), 4)), (w3))

__attribute__((target("sha,ssse3,sse4.1")))
static void blocks(__m128i *abef, __m128i *cdgh, const unsigned char *p, size_t count) {
    const __m128i swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i state0 = *abef, state1 = *cdgh;
    while (count-- > 0) {
        const __m128i save0 = state0, save1 = state1;
        __m128i w0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 0)), swap);
        __m128i w1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16)), swap);
        __m128i w2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 32)), swap);
        __m128i w3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 48)), swap);
        ROUNDS4(w0, 0);
        ROUNDS4(w1, 1);
        ROUNDS4(w2, 2);
        ROUNDS4(w3, 3);
        for (int g = 4; g < 16; g += 4) {
            w0 = SCHEDULE(w0, w1, w2, w3);
            ROUNDS4(w0, g);
            w1 = SCHEDULE(w1, w2, w3, w0);
            ROUNDS4(w1, g + 1);
            w2 = SCHEDULE(w2, w3, w0, w1);
            ROUNDS4(w2, g + 2);
            w3 = SCHEDULE(w3, w0, w1, w2);
            ROUNDS4(w3, g + 3);
        }
        state0 = _mm_add_epi32(state0, save0);
        state1 = _mm_add_epi32(state1, save1);
        p += 64;
    }
    *abef = state0;
    *cdgh = state1;
}


/* Two blocks, one of each of two messages, their rounds interleaved: `sha256rnds2` has a latency
   of several cycles, so one message's rounds leave the unit idle between them. */
#define ROUNDS4X(w, v, g)                                                         \
    do {                                                                          \
        __m128i k = _mm_loadu_si128((const __m128i *)&K[4 * (g)]);                \
        __m128i m = _mm_add_epi32((w), k);                                        \
        __m128i n = _mm_add_epi32((v), k);                                        \
        a1 = _mm_sha256rnds2_epu32(a1, a0, m);                                    \
        b1 = _mm_sha256rnds2_epu32(b1, b0, n);                                    \
        m = _mm_shuffle_epi32(m, 0x0E);                                           \
        n = _mm_shuffle_epi32(n, 0x0E);                                           \
        a0 = _mm_sha256rnds2_epu32(a0, a1, m);                                    \
        b0 = _mm_sha256rnds2_epu32(b0, b1, n);                                    \
    } while (0)

__attribute__((target("sha,ssse3,sse4.1")))
static void block2(__m128i *s, const unsigned char *p, const unsigned char *q) {
    const __m128i swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i a0 = s[0], a1 = s[1], b0 = s[2], b1 = s[3];
    __m128i w0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 0)), swap);
    __m128i w1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16)), swap);
    __m128i w2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 32)), swap);
    __m128i w3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 48)), swap);
    __m128i v0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(q + 0)), swap);
    __m128i v1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(q + 16)), swap);
    __m128i v2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(q + 32)), swap);
    __m128i v3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(q + 48)), swap);
    ROUNDS4X(w0, v0, 0);
    ROUNDS4X(w1, v1, 1);
    ROUNDS4X(w2, v2, 2);
    ROUNDS4X(w3, v3, 3);
    for (int g = 4; g < 16; g += 4) {
        w0 = SCHEDULE(w0, w1, w2, w3);
        v0 = SCHEDULE(v0, v1, v2, v3);
        ROUNDS4X(w0, v0, g);
        w1 = SCHEDULE(w1, w2, w3, w0);
        v1 = SCHEDULE(v1, v2, v3, v0);
        ROUNDS4X(w1, v1, g + 1);
        w2 = SCHEDULE(w2, w3, w0, w1);
        v2 = SCHEDULE(v2, v3, v0, v1);
        ROUNDS4X(w2, v2, g + 2);
        w3 = SCHEDULE(w3, w0, w1, w2);
        v3 = SCHEDULE(v3, v0, v1, v2);
        ROUNDS4X(w3, v3, g + 3);
    }
    s[0] = _mm_add_epi32(s[0], a0);
    s[1] = _mm_add_epi32(s[1], a1);
    s[2] = _mm_add_epi32(s[2], b0);
    s[3] = _mm_add_epi32(s[3], b1);
}

/* A message's padded end: its last bytes, 0x80, zeros and the length in bits (big-endian), in
   one or two blocks; returns how many. */
static size_t pad(unsigned char tail[128], const unsigned char *p, size_t count) {
    size_t whole = count / 64, rest = count - 64 * whole;
    memset(tail, 0, 128);
    if (rest > 0) memcpy(tail, p + 64 * whole, rest);
    tail[rest] = 0x80;
    size_t tailBlocks = rest < 56 ? 1 : 2;
    uint64_t bits = (uint64_t)count << 3;
    for (int i = 0; i < 8; i++) tail[64 * tailBlocks - 1 - i] = (unsigned char)(bits >> (8 * i));
    return tailBlocks;
}

__attribute__((target("sha,ssse3,sse4.1")))
static void initial_state(__m128i *state0, __m128i *state1) {
    static const uint32_t initial[8] = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    };
    __m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&initial[0]), 0xB1); /* CDAB */
    __m128i s1 = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&initial[4]), 0x1B); /* EFGH */
    *state0 = _mm_alignr_epi8(tmp, s1, 8);    /* ABEF */
    *state1 = _mm_blend_epi16(s1, tmp, 0xF0); /* CDGH */
}

__attribute__((target("sha,ssse3,sse4.1")))
static void store_digest(__m128i state0, __m128i state1, unsigned char *digest) {
    __m128i tmp = _mm_shuffle_epi32(state0, 0x1B);      /* FEBA */
    state1 = _mm_shuffle_epi32(state1, 0xB1);           /* DCHG */
    state0 = _mm_blend_epi16(tmp, state1, 0xF0);        /* DCBA */
    state1 = _mm_alignr_epi8(state1, tmp, 8);           /* HGFE */
    const __m128i swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    _mm_storeu_si128((__m128i *)(digest + 0), _mm_shuffle_epi8(state0, swap));
    _mm_storeu_si128((__m128i *)(digest + 16), _mm_shuffle_epi8(state1, swap));
}

__attribute__((target("sha,ssse3,sse4.1")))
void dossier_sha256_hardware_pair(
    const void *first, size_t firstCount, void *firstDigest,
    const void *second, size_t secondCount, void *secondDigest) {
    const unsigned char *p = (const unsigned char *)first, *q = (const unsigned char *)second;
    unsigned char ptail[128], qtail[128];
    size_t pwhole = firstCount / 64, qwhole = secondCount / 64;
    size_t pblocks = pwhole + pad(ptail, p, firstCount);
    size_t qblocks = qwhole + pad(qtail, q, secondCount);
    __m128i s[4];
    initial_state(&s[0], &s[1]);
    s[2] = s[0];
    s[3] = s[1];
    size_t both = pblocks < qblocks ? pblocks : qblocks;
    for (size_t i = 0; i < both; i++) {
        block2(s, i < pwhole ? p + 64 * i : ptail + 64 * (i - pwhole), i < qwhole ? q + 64 * i : qtail + 64 * (i - qwhole));
    }
    /* The longer message's remaining blocks alone. */
    for (size_t i = both; i < pblocks; i++) {
        blocks(&s[0], &s[1], i < pwhole ? p + 64 * i : ptail + 64 * (i - pwhole), 1);
    }
    for (size_t i = both; i < qblocks; i++) {
        blocks(&s[2], &s[3], i < qwhole ? q + 64 * i : qtail + 64 * (i - qwhole), 1);
    }
    store_digest(s[0], s[1], (unsigned char *)firstDigest);
    store_digest(s[2], s[3], (unsigned char *)secondDigest);
}

__attribute__((target("sha,ssse3,sse4.1")))
void dossier_sha256_hardware(const void *bytes, size_t count, void *out) {
    const unsigned char *p = (const unsigned char *)bytes;
    __m128i state0, state1;
    initial_state(&state0, &state1);
    size_t whole = count / 64;
    if (whole > 0) blocks(&state0, &state1, p, whole);
    unsigned char tail[128];
    blocks(&state0, &state1, tail, pad(tail, p, count));
    store_digest(state0, state1, (unsigned char *)out);
}

#else

int dossier_sha256_hardware_available(void) { return 0; }

void dossier_sha256_hardware(const void *bytes, size_t count, void *out) {
    unsigned char *digest = (unsigned char *)out;
    (void)bytes;
    (void)count;
    memset(digest, 0, 32);
}

void dossier_sha256_hardware_pair(
    const void *first, size_t firstCount, void *firstDigest,
    const void *second, size_t secondCount, void *secondDigest) {
    dossier_sha256_hardware(first, firstCount, firstDigest);
    dossier_sha256_hardware(second, secondCount, secondDigest);
}

#endif
