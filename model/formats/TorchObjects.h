#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "model/pickle/Unpickler.h"

#include <QHash>

#include <functional>

namespace ckpt {

// The number a canonical decimal key names ("0", "17", never "007" or "+1"), below
// 10^9; -1 for any other key. torch.save numbers its storages so.
int decimalKey(QStringView key);

// The unpickler hooks for torch files: storages from persistent ids, tensors from the
// _rebuild_* reconstructors (never called: their arguments are read), torch dtypes,
// devices, sizes and layouts. Appends to the Checkpoint's tensors and storages.
class TorchObjects : public PlainHooks {
public:
    // Fills in where a storage's bytes are (fileOffset, nbytes, recordDir ...).
    using Locator = std::function<void(StorageInfo &)>;

    TorchObjects(Checkpoint &out, Locator locate);

    ValuePtr persistentLoad(const ValuePtr &pid, Phrase *error) override;
    ValuePtr global(const QString &module, const QString &name) override;
    ValuePtr reduce(const ValuePtr &callable, const ValuePtr &args, Phrase *error) override;

    // Problems found while rebuilding (a view past its storage ...), for warnings.
    Phrases problems;

private:
    ValuePtr rebuildTensor(const std::vector<ValuePtr> &a, DType dtypeOverride, const QString &how, Phrase *error);
    ValuePtr parameter(const ValuePtr &data, bool requiresGrad);
    // `callable`, if given, is the Global named `fn` (else one is made for the builtins).
    ValuePtr callByName(const QString &fn, const ValuePtr &args, Phrase *error, const ValuePtr &callable = nullptr);
    int storageIndex(const QString &key) const;
    void rememberStorage(const QString &key, int index);

    Checkpoint &m_out;
    Locator m_locate;
    // Storage index by key: numbered keys (every torch.save file) by number, others hashed.
    std::vector<int> m_storageByNumber;
    QHash<QString, int> m_storageByKey;
};

} // namespace ckpt
