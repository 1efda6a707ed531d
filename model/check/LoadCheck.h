#pragma once

// What `model.load_state_dict(sd, strict=True)` would say, computed from the keys,
// shapes and dtypes alone, following torch/nn/modules/module.py (1.13 .. 2.x):
// load() visits modules in pre-order; each module's _load_from_state_dict reports its
// missing parameters and persistent buffers and size mismatches in declaration order,
// then the checkpoint keys under its prefix whose next name is neither a submodule
// nor its own state (in the checkpoint's order); Missing, then Unexpected, head the
// error list. BatchNorm's num_batches_tracked rule is followed; other custom
// _load_from_state_dict hooks (lazy modules, spectral_norm, quantized) are not.

#include "model/check/ModelSpec.h"

namespace ckpt {

// One entry of the checkpoint's state_dict as load_state_dict sees it.
struct LoadEntry {
    QString key;
    bool isTensor = false;
    DType dtype = DType::Unknown;
    std::vector<qint64> shape;
    QString pythonType; // a non-tensor's type as Python prints it: "<class 'int'>"
};

struct LoadInput {
    std::vector<LoadEntry> entries; // the dict's order
    bool hasMetadata = false;
    QHash<QString, qint64> versions; // _metadata: module prefix without the dot -> version
};

LoadInput loadInput(const Checkpoint &c, const StateDict &sd);

struct SizeMismatch {
    QString key;
    std::vector<qint64> checkpoint, model;
};

struct DtypeMismatch {
    QString key;
    DType checkpoint = DType::Unknown, model = DType::Unknown;
};

struct LoadReport {
    QStringList missing; // PyTorch's order
    QStringList unexpected;
    std::vector<SizeMismatch> sizeMismatch;
    std::vector<DtypeMismatch> dtypeMismatch; // shapes agree: copy_ casts without a word
    QStringList notTensor; // model keys whose checkpoint value is not a tensor
    // error_msgs besides Missing and Unexpected, in PyTorch's order and words.
    QStringList errors;
    QStringList filled; // num_batches_tracked that BatchNorm sets to 0 instead
    QStringList ignored; // checkpoint keys load_state_dict never looks at ("fc1", "fc1.weight.x")
    QStringList scalarFromVector; // a 0-d model tensor given [n]: element 0 is copied (0.3 compatibility)
    QString raises; // an exception raised before the RuntimeError ("IndexError: ...")
    int loaded = 0; // model keys whose values would be copied

    bool loadsStrict() const
    {
        return raises.isEmpty() && errors.isEmpty() && missing.isEmpty() && unexpected.isEmpty();
    }
    bool loadsNonStrict() const { return raises.isEmpty() && errors.isEmpty(); }
    // error_msgs as load_state_dict(strict=True) joins them.
    QStringList errorLines() const;
    // str() of what load_state_dict(strict=True) raises, or of what it returns.
    QString message(const QString &className) const;
};

LoadReport simulateLoad(const LoadInput &in, const ModelSpec &model);

// "torch.Size([10, 32])"
QString torchSizeText(const std::vector<qint64> &shape);

} // namespace ckpt
