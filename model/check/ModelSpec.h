#pragma once

// The model's side of `ckpt check`: the keys model.state_dict() has (with shapes and
// dtypes) and the module tree load_state_dict walks. Read from a state_dict or training
// checkpoint, a TorchScript archive, a safetensors file or index, or a key manifest.

#include "model/check/StateDict.h"

#include <QSet>
#include <QStringList>

#include <vector>

namespace ckpt {

enum class ModelSource { StateDict, TorchScript, Safetensors, Manifest };
// "state_dict", "torchscript", "safetensors", "manifest"
QString modelSourceName(ModelSource s);

struct ModelKey {
    QString key; // "fc1.weight"
    DType dtype = DType::Unknown;
    std::vector<qint64> shape;
    // A TorchScript buffer: the archive does not say whether it was registered with
    // persistent=False, in which case the model class does not expect it.
    bool mayBeNonPersistent = false;
};

// One nn.Module as load_state_dict visits it (pre-order).
struct ModelModule {
    QString prefix; // "" for the root, "fc1." ...
    QString className; // when the reference names it (TorchScript)
    std::vector<int> local; // its parameters and persistent buffers (into ModelSpec::keys), in state_dict order
    QStringList children; // submodule names, in order
    bool hasExtraState = false; // saves `<prefix>_extra_state` (get/set_extra_state)
    // A _NormBase tracking running stats: a checkpoint without num_batches_tracked and
    // without version >= 2 in its _metadata gets 0 (batchnorm.py _load_from_state_dict).
    bool fillsNumBatchesTracked = false;
};

struct ModelSpec {
    QString file;
    ModelSource source = ModelSource::StateDict;
    QString className; // the root module's class when the reference names it ("Net")
    Path stateDictPath; // StateDict / Safetensors: where in the reference the keys came from
    Phrase stateDictDescription; // StateDict::describe() of it
    std::vector<ModelKey> keys; // model.state_dict() order (sorted for safetensors)
    std::vector<ModelModule> modules; // pre-order, root first
    bool orderKnown = true; // false when the reference does not keep state_dict order
    Phrases notes;

    int keyIndex(const QString &key) const { return m_keyIndex.value(key, -1); }
    int moduleIndex(const QString &prefix) const { return m_moduleIndex.value(prefix, -1); }
    // Builds the lookups (call once keys and modules are filled).
    void index();
    // The module tree implied by the keys alone: "a.b.c" is parameter c of module a.b.
    // Modules without state are invisible to a state_dict; keys say nothing else.
    // `extraState` are the modules (prefixes) that save `_extra_state`.
    void inferModules(const QStringList &extraState = {});

private:
    QHash<QString, int> m_keyIndex, m_moduleIndex;
};

// Opens REF in any form it may take. `statePath` picks the state_dict inside a
// checkpoint ("" = find it). False with a one-line *error.
// `opened`, if given, receives the reference checkpoint read for it (none for a manifest):
// the spec copies what it needs, so a caller that exits soon keeps it rather than paying
// for its release.
bool loadModelSpec(
    const QString &file, const QString &statePath, ModelSpec *out, QString *error, CheckpointPtr *opened = nullptr);

// From an opened checkpoint (state_dict, training checkpoint, safetensors, TorchScript).
bool modelSpecFromCheckpoint(const CheckpointPtr &c, const QString &statePath, ModelSpec *out, QString *error);

// A key manifest: {"fc1.weight": {"shape": [8, 16], "dtype": "float32"}, ...} in order.
bool modelSpecFromManifest(const QString &file, const QByteArray &json, ModelSpec *out, QString *error);

} // namespace ckpt
