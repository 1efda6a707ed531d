#pragma once

// What a LoRA adapter holds, per adapted module: rank, alpha and where alpha came from,
// and the scale the weights are merged with. PEFT layout (adapter_model.safetensors or
// .bin, adapter_config.json beside it) and kohya-style files (lora_down, lora_up, alpha).

#include "model/checkpoint/Checkpoint.h"

#include <QStringList>

#include <vector>

namespace ckpt {

enum class LoraLayout { Peft, Kohya };

enum class AlphaSource {
    Config, // adapter_config.json's lora_alpha
    Pattern, // adapter_config.json's alpha_pattern
    Tensor, // kohya: the module's `alpha` tensor
    Default, // nothing says: PEFT's default lora_alpha (8), kohya's (alpha = rank)
};

struct LoraModule {
    QString module; // as named in the base model (without "base_model.model.")
    qint64 rank = 0; // from the tensors (lora_A's / lora_down's first dimension)
    double alpha = 0;
    double scale = 0; // alpha / rank, or alpha / sqrt(rank) with rsLoRA
    AlphaSource alphaSource = AlphaSource::Default;
    QString a, b; // the keys of lora_A / lora_down and lora_B / lora_up
};

struct LoraSummary {
    LoraLayout layout = LoraLayout::Peft;
    QString config; // the adapter_config.json read, empty if none
    bool rsLora = false;
    bool fanInFanOut = false;
    std::vector<LoraModule> modules; // in key order
    QStringList modulesToSave; // tensors saved whole beside the adapter (a classifier head)
    QStringList warnings;
    QString error; // not an adapter / unreadable config: one line
    bool ok() const { return error.isEmpty(); }
};

QString alphaSourceName(AlphaSource s); // "config", "pattern", "tensor", "default"

// `file` is the adapter's path (its folder is searched for adapter_config.json).
LoraSummary inspectLora(const Checkpoint &adapter, const QString &file);

} // namespace ckpt
