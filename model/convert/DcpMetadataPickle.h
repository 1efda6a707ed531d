#pragma once

// The `.metadata` file of a DCP folder (FORMATS.md D5): DCP's Metadata dataclass as
// pickle.dump writes it with protocol 4, built as a Value tree for our Pickler.

#include "model/checkpoint/DType.h"
#include "model/convert/DcpFlatten.h"

#include <QByteArray>

#include <vector>

namespace ckpt {

// One stored item: a leaf of the flattened state and where its torch.save archive lies in
// the data file. Tensors are one chunk each (offsets 0, sizes the shape).
struct DcpStoredItem {
    const DcpLeaf *leaf = nullptr;
    bool tensor = false;
    DType dtype = DType::Unknown; // tensors
    std::vector<qint64> shape;
    bool requiresGrad = false;
    qint64 offset = 0; // in the data file
    qint64 length = 0;
};

struct DcpFolderInfo {
    QString dataFile; // "__0_0.distcp"
    QString checkpointId; // the folder's absolute path (StorageMeta.checkpoint_id)
    QString saveId; // StorageMeta.save_id
};

// Metadata(state_dict_metadata, planner_data, storage_data, storage_meta, version "1.0.0")
// with `items` in the state's order and storage_data in the data file's order. False with
// *error if the pickler refuses (it does not for these values).
bool dcpMetadataPickle(
    const std::vector<DcpStoredItem> &items, const DcpFolderInfo &folder, QByteArray *out, Phrase *error);

} // namespace ckpt
