#pragma once

#include <QtGlobal>

namespace ckpt {

// CRC-32 (the zip/zlib polynomial) of `size` bytes, continuing from `crc` exactly like
// zlib's crc32(crc, data, size); start with 0. Uses carry-less multiplication (PCLMULQDQ)
// where the CPU has it: Debian's zlib 1.2.13 manages ~1.9 GB/s here, which alone would
// cost more than writing a converted checkpoint; the folded loop runs at memory speed.
quint32 crc32Update(quint32 crc, const void *data, qint64 size);

// The same computed with zlib only (reference for tests and CPUs without PCLMULQDQ).
quint32 crc32Zlib(quint32 crc, const void *data, qint64 size);

} // namespace ckpt
