#pragma once

// SHA-256 (FIPS 180-4) at the speed of the CPU's SHA extensions where it has them (about
// 1.5-2 GB/s a core, against some 200 MB/s for QCryptographicHash's portable code): the
// manifests of conversions, the inputs of a merge and the inference package hash every
// byte they write or read. The portable path is the same function without the intrinsics.

#include "model/common/Phrase.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>

namespace ckpt {

class Sha256 {
public:
    Sha256();
    void addData(const void *data, qint64 size);
    // The 32-byte digest; the object is spent afterwards.
    QByteArray result();
    QByteArray hexResult() { return result().toHex(); }

    // The hash of a whole file, read through its mapping; empty and *error set on failure.
    static QByteArray ofFile(const QString &path, Phrase *error = nullptr);
    // Which compression function runs (for the benchmark and the tests).
    static bool usesShaExtensions();
    // For the tests: the portable function even where the extensions are.
    static void setPortableOnly(bool on);

private:
    void compress(const uchar *blocks, qint64 count);
    std::array<std::uint32_t, 8> m_state;
    std::array<uchar, 64> m_buffer {};
    qint64 m_buffered = 0;
    quint64 m_length = 0; // bytes so far
};

} // namespace ckpt
