#pragma once

#include "model/io/ByteSource.h"

namespace ckpt {

// A storage's bytes as they are in the file (or inflated record).
struct StorageBytes {
    const uchar *data = nullptr;
    qint64 size = 0; // StorageInfo::nbytes, checked against what the file holds
    bool bigEndian = false; // the archive's byteorder record said "big"
    ByteSourcePtr source; // keeps the mapping or the inflated copy alive
    bool mapped() const { return source && source->isMapped(); }
};

} // namespace ckpt
