#pragma once

// The `.metadata` pickle of a torch.distributed.checkpoint folder (FORMATS.md D5), read
// by our VM (never imported or called) and graded like any pickle, then turned into
// plain descriptions of the items the DCP reader assembles.

#include "model/checkpoint/Checkpoint.h"
#include "model/io/ByteSource.h"

#include <vector>

namespace ckpt {

// One fqn of state_dict_metadata: a tensor (dtype, global shape, its chunks) or a bytes item.
struct DcpEntry {
    struct Chunk {
        std::vector<qint64> offsets, sizes;
    };
    QString fqn;
    Path path; // planner_data's nested path (the fqn itself when there is none)
    bool isTensor = false;
    DType dtype = DType::Unknown;
    std::vector<qint64> shape;
    bool requiresGrad = false;
    std::vector<Chunk> chunks;
};

// One storage_data entry: where an item's blob lies.
struct DcpItem {
    QString fqn;
    bool hasOffset = false; // tensor chunks: the chunk's offsets; bytes items have none
    std::vector<qint64> chunkOffsets;
    QString relativePath;
    qint64 offset = 0;
    qint64 length = 0;
};

struct DcpMetadata {
    std::vector<DcpEntry> entries; // in state_dict_metadata order
    std::vector<DcpItem> items;
};

// A pickle (protocol 2 to 5) whose first global is torch.distributed.checkpoint.metadata's.
bool looksLikeDcpMetadata(const ByteSource &src);

// Runs the pickle, records its findings in `out` (the getattr DCP uses to pickle its
// memory-format enum told apart from any other use) and its facts, and describes the
// items. False with out.error set when it is not a readable Metadata.
bool readDcpMetadata(const ByteSourcePtr &src, Checkpoint &out, DcpMetadata *meta);

} // namespace ckpt
