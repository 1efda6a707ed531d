#pragma once

#include "model/tensor/FileCache.h"
#include "model/tensor/StridedSource.h"

#include <memory>
#include <vector>

namespace ckpt {

struct StorageInfo;

// A tensor assembled from the blocks DCP ranks saved (StorageInfo::chunks): the global
// row-major order mapped onto the blocks, each read as a strided view of its own storage
// in its .distcp file. Nothing is assembled in memory: a range that lies in one block is
// a pointer into the mapping (dim-0 splits make every block one run), one that crosses
// blocks is copied run by run into the caller's scratch.
class ChunkedSource final : public ElementSource {
public:
    // Null with *error set when a block cannot be read (its file, its bounds).
    static std::unique_ptr<ChunkedSource> make(const StorageInfo &storage, FileCache &files, Phrase *error);

    const uchar *bytes(qint64 first, qint64 count, std::vector<uchar> &scratch) override;
    void release(qint64 first, qint64 count) override;
    qint64 piece(qint64 first, qint64 count) const override;
    qint64 numel() const { return m_numel; }

private:
    struct Block {
        std::vector<qint64> offsets, sizes;
        qint64 numel = 0;
        std::unique_ptr<StridedSource> source;
    };
    // The block holding global element `g` and the length of the run from there that
    // stays in that block and is contiguous in both orders; `local` is its index there.
    const Block *locate(qint64 g, qint64 *local, qint64 *run) const;

    std::vector<qint64> m_shape;
    qint64 m_numel = 0;
    qint64 m_es = 1;
    std::vector<Block> m_blocks;
};

} // namespace ckpt
