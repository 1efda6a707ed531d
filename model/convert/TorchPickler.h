#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "model/pickle/Pickler.h"

#include <unordered_map>
#include <vector>

namespace ckpt {

// The torch half of the pickler, for the torch writer: storages as BINPERSID ('storage',
// torch.XStorage, key, location, numel) and tensors through the torch._utils
// reconstructors, exactly as torch.save (protocol 2) writes them. Tensors are described by
// `ckpt.tensors` / `ckpt.storages`; storage keys are "0", "1", ... in first-seen order, as
// torch.save numbers them.
class TorchPickler : public Pickler {
public:
    explicit TorchPickler(const Checkpoint &ckpt) : m_ckpt(ckpt) { }

    // Storage indexes (into ckpt.storages) in key order: key i is storageOrder()[i].
    const std::vector<int> &storageOrder() const { return m_storageOrder; }

protected:
    bool saveTensor(const Value &v) override;
    bool saveStorage(int storageIndex) override;

private:
    const Checkpoint &m_ckpt;
    std::unordered_map<int, int> m_storageKey;
    std::vector<int> m_storageOrder;
};

// PyTorch's storage class name for a dtype ("FloatStorage"); empty if the dtype needs
// torch.UntypedStorage and _rebuild_tensor_v3.
QString storageClassName(DType t);

} // namespace ckpt
