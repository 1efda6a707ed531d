#include "model/checkpoint/Checkpoint.h"

#include <algorithm>

namespace ckpt {

QString formatName(Format f)
{
    switch (f) {
    case Format::TorchZip:
        return QStringLiteral("torch-zip");
    case Format::TorchLegacy:
        return QStringLiteral("torch-legacy");
    case Format::TorchScript:
        return QStringLiteral("torchscript");
    case Format::Safetensors:
        return QStringLiteral("safetensors");
    case Format::Sharded:
        return QStringLiteral("sharded");
    case Format::Dcp:
        return QStringLiteral("dcp");
    case Format::Pickle:
        return QStringLiteral("pickle");
    case Format::Numpy:
        return QStringLiteral("numpy");
    case Format::Trainer:
        return QStringLiteral("trainer");
    case Format::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

qint64 Checkpoint::storedBytes() const
{
    qint64 total = 0;
    for (const StorageInfo &s : storages)
        total += s.nbytes;
    return total;
}

std::vector<int> Checkpoint::sharingStorage(int tensorIndex) const
{
    std::vector<int> result;
    if (tensorIndex < 0 || tensorIndex >= int(tensors.size()))
        return result;
    const int storage = tensors[size_t(tensorIndex)].storageIndex;
    if (storage < 0)
        return result;
    for (int i = 0; i < int(tensors.size()); ++i)
        if (i != tensorIndex && tensors[size_t(i)].storageIndex == storage)
            result.push_back(i);
    return result;
}

Verdict Checkpoint::worstVerdict() const
{
    // Severity order: dangerous > invalid structure > needs code > allowed.
    auto rank = [](Verdict v) {
        switch (v) {
        case Verdict::Dangerous:
            return 3;
        case Verdict::Invalid:
            return 2;
        case Verdict::NeedsCode:
            return 1;
        case Verdict::Allowed:
            break;
        }
        return 0;
    };
    Verdict worst = Verdict::Allowed;
    for (const Finding &f : findings)
        if (rank(f.verdict) > rank(worst))
            worst = f.verdict;
    return worst;
}

} // namespace ckpt
