#include <string.h>
#include "crc32c_hw.h"

/* The CRC-32C polynomial, bit-reflected (as the instruction and the tables use it). */
#define DOSSIER_CRC32C_POLY 0x82F63B78u

/* a * b modulo the polynomial, both reflected (x^0 is the top bit). As zlib's multmodp. */
static uint32_t crc32c_multiply(uint32_t a, uint32_t b) {
    uint32_t m = (uint32_t)1 << 31, product = 0;
    for (;;) {
        if (a & m) {
            product ^= b;
            if ((a & (m - 1)) == 0) break;
        }
        m >>= 1;
        b = (b & 1) ? (b >> 1) ^ DOSSIER_CRC32C_POLY : b >> 1;
    }
    return product;
}

/* x^(8 * 2^k) modulo the polynomial, k = 0 ... 63 (made by squaring x^8: the powers repeat with
   a period of 31). */
static const uint32_t crc32c_zeros_powers[64] = {
    0x00800000, 0x00008000, 0x82F63B78, 0x6EA2D55C, 0x18B8EA18, 0x510AC59A,
    0xB82BE955, 0xB8FDB1E7, 0x88E56F72, 0x74C360A4, 0xE4172B16, 0x0D65762A,
    0x35D73A62, 0x28461564, 0xBF455269, 0xE2EA32DC, 0xFE7740E6, 0xF946610B,
    0x3C204F8F, 0x538586E3, 0x59726915, 0x734D5309, 0xBC1AC763, 0x7D0722CC,
    0xD289CABE, 0xE94CA9BC, 0x05B74F3F, 0xA51E1F42, 0x40000000, 0x20000000,
    0x08000000, 0x00800000, 0x00008000, 0x82F63B78, 0x6EA2D55C, 0x18B8EA18,
    0x510AC59A, 0xB82BE955, 0xB8FDB1E7, 0x88E56F72, 0x74C360A4, 0xE4172B16,
    0x0D65762A, 0x35D73A62, 0x28461564, 0xBF455269, 0xE2EA32DC, 0xFE7740E6,
    0xF946610B, 0x3C204F8F, 0x538586E3, 0x59726915, 0x734D5309, 0xBC1AC763,
    0x7D0722CC, 0xD289CABE, 0xE94CA9BC, 0x05B74F3F, 0xA51E1F42, 0x40000000,
    0x20000000, 0x08000000, 0x00800000, 0x00008000
};

/* x^(8 * count) modulo the polynomial: what a CRC register is multiplied by when `count` zero
   bytes pass through it. One multiplication per bit set in `count`, from the table. */
static uint32_t crc32c_zeros_operator(size_t count) {
    uint32_t power = (uint32_t)1 << 31; /* x^0 */
    for (int k = 0; count; k++, count >>= 1) {
        if (count & 1) power = crc32c_multiply(crc32c_zeros_powers[k], power);
    }
    return power;
}

uint32_t dossier_crc32c_shift(uint32_t crc, size_t count) {
    return crc32c_multiply(crc32c_zeros_operator(count), crc);
}

#if defined(__x86_64__)
#include <cpuid.h>

int dossier_crc32c_hardware_available(void) {
    unsigned int a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    return (c & bit_SSE4_2) != 0;
}

/* Three streams of 8-byte steps over the three thirds of a long buffer, side by side: the
   instruction's latency is 3 cycles and its throughput one a cycle, so one stream waits on
   itself (about 8 bytes per 3 cycles, 3 us for a 25 KB log line); three keep the unit busy.
   The register is linear in the bytes: the CRC of A followed by B, from state s, is the CRC of B
   from 0 xor s "shifted" over |B| zero bytes (a multiplication by x^(8|B|) modulo the
   polynomial, a few hundred instructions). Below 3 x 1 KB the plain stream is kept. */

__attribute__((target("sse4.2")))
static uint64_t crc32c_stream(uint64_t c, const unsigned char *p, size_t count) {
    while (count >= 32) {
        uint64_t w0, w1, w2, w3;
        memcpy(&w0, p, 8);
        memcpy(&w1, p + 8, 8);
        memcpy(&w2, p + 16, 8);
        memcpy(&w3, p + 24, 8);
        c = __builtin_ia32_crc32di(c, w0);
        c = __builtin_ia32_crc32di(c, w1);
        c = __builtin_ia32_crc32di(c, w2);
        c = __builtin_ia32_crc32di(c, w3);
        p += 32;
        count -= 32;
    }
    while (count >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        c = __builtin_ia32_crc32di(c, w);
        p += 8;
        count -= 8;
    }
    while (count > 0) {
        c = __builtin_ia32_crc32qi((uint32_t)c, *p++);
        count--;
    }
    return c;
}

__attribute__((target("sse4.2")))
uint32_t dossier_crc32c_hardware(uint32_t crc, const void *bytes, size_t count) {
    const unsigned char *p = (const unsigned char *)bytes;
    uint64_t c = crc;
    while (count > 0 && ((uintptr_t)p & 7) != 0) {
        c = __builtin_ia32_crc32qi((uint32_t)c, *p++);
        count--;
    }
    if (count >= 3 * 1024) {
        size_t third = (count / 3) & ~(size_t)7;
        const unsigned char *p1 = p + third, *p2 = p + 2 * third;
        uint64_t c1 = 0, c2 = 0;
        for (size_t i = 0; i < third; i += 8) {
            uint64_t w0, w1, w2;
            memcpy(&w0, p + i, 8);
            memcpy(&w1, p1 + i, 8);
            memcpy(&w2, p2 + i, 8);
            c = __builtin_ia32_crc32di(c, w0);
            c1 = __builtin_ia32_crc32di(c1, w1);
            c2 = __builtin_ia32_crc32di(c2, w2);
        }
        uint32_t shift = crc32c_zeros_operator(third);
        c = crc32c_multiply(shift, (uint32_t)c) ^ (uint32_t)c1;
        c = crc32c_multiply(shift, (uint32_t)c) ^ (uint32_t)c2;
        p += 3 * third;
        count -= 3 * third;
    }
    return (uint32_t)crc32c_stream(c, p, count);
}

#else

int dossier_crc32c_hardware_available(void) { return 0; }

uint32_t dossier_crc32c_hardware(uint32_t crc, const void *bytes, size_t count) {
    (void)bytes;
    (void)count;
    return crc;
}

#endif
