#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "model/io/ByteSource.h"
#include "model/io/ZipDirectory.h"

#include <QHash>

#include <functional>
#include <vector>

namespace ckpt {

// Reads storage bytes of a source checkpoint straight from its memory map (and from
// shard files), never copying a whole file.
class SourceBytes {
public:
    explicit SourceBytes(const Checkpoint &source) : m_source(source) { }
    // The bytes of source storage `index`, or nullptr with *error set.
    const uchar *storage(int index, QString *error);

private:
    const Checkpoint &m_source;
    QHash<QString, ByteSourcePtr> m_files;
    QHash<int, QByteArray> m_inflated; // deflated zip records (rare), inflated once
};

// The output bytes of view storage `index`: a pointer into the map when no cast is
// needed (zero copy), otherwise the cast copy in `buffer`. Sets *data or *error.
bool outputStorage(const Checkpoint &source, const Checkpoint &view, int index, SourceBytes &bytes,
    std::vector<uchar> &buffer, const uchar **data, QString *error);

// Drops the whole pages of a consumed mapped range from this process's memory.
void releasePages(const uchar *data, qint64 size);

// Streams a tensor's elements as contiguous little-endian bytes of `view`'s dtype, in
// chunks of at most `chunkBytes`, gathering strided views and casting on the way.
bool streamTensor(const Checkpoint &source, const Checkpoint &view, int tensorIndex, SourceBytes &bytes,
    qint64 chunkBytes, const std::function<bool(const uchar *, qint64)> &sink, QString *error);

} // namespace ckpt
