#ifndef DOSSIER_CRC32C_HW_H
#define DOSSIER_CRC32C_HW_H

#include <stddef.h>
#include <stdint.h>

/// Whether this CPU has the CRC-32C instruction (x86-64 SSE4.2). Asked once, at run time.
int dossier_crc32c_hardware_available(void);

/// Continues a CRC-32C over `count` bytes with the CPU's instruction: `crc` is the running value
/// (start with 0xFFFFFFFF, invert the result). Call only when the instruction is available.
uint32_t dossier_crc32c_hardware(uint32_t crc, const void *bytes, size_t count);

/// The CRC-32C register `crc` (not inverted) carried over `count` zero bytes: the CRC of A
/// followed by B, from a state s, is the CRC of B from 0 xor the CRC of A from s so shifted over
/// |B|. Exposed for the tests of the three-stream checksum.
uint32_t dossier_crc32c_shift(uint32_t crc, size_t count);

#endif
