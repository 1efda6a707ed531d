#pragma once

// Writing a checkpoint as Hugging Face shards (FORMATS.md D4): the size limit as typed,
// huggingface_hub's greedy packing, and the file names of the shards and their index.

#include "model/common/Phrase.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ckpt {

// "5GB" = 5,000,000,000 bytes (decimal units, as Hugging Face uses: KB MB GB TB), binary
// ones too (KiB MiB GiB TiB), "500B" or a plain number of bytes; case-insensitive,
// fractions allowed ("1.5GB"). False with *error set for anything else or for 0.
bool parseShardSize(const QString &text, qint64 *bytes, Phrase *error);

// Shards in the order written, each the indexes (into `sizes`) of its tensors: tensors in
// the order given, a new shard when the next would pass `maxBytes`, and a tensor larger
// than the limit alone in a shard of its own, placed where huggingface_hub's
// split_state_dict_into_shards_factory places it (before the shard being filled).
std::vector<std::vector<int>> planShards(const std::vector<qint64> &sizes, qint64 maxBytes);

// The names for `output` (".../model.safetensors" or its ".../model.safetensors.index.json"):
// the single file, shard i of n ("model-00001-of-00003.safetensors") and the index
// ("model.safetensors.index.json"), all in output's folder.
struct ShardNames {
    QString single;
    QString index;
    QString shard(int i, int n) const; // i from 0
    QString stem, suffix; // "model", ".safetensors"
    QString folder;
};
ShardNames shardNames(const QString &output);

} // namespace ckpt
