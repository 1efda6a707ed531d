#pragma once

// The nn.Module tree of a TorchScript archive, read without LibTorch: data.pkl's object
// tree (each module an Object whose state holds its attributes) and the
// `__parameters__` / `__buffers__` declarations of each class in the archive's code/.

#include "model/checkpoint/Checkpoint.h"

#include <vector>

namespace ckpt {

struct ScriptModule {
    QString prefix; // "" for the root, "fc1." ...
    QString className; // "__torch__.torch.nn.modules.linear.Linear"
    // Declared parameters and buffers whose value is a tensor (None ones are skipped, as
    // state_dict() does), in declaration order.
    std::vector<std::pair<QString, ValuePtr>> parameters, buffers;
    QStringList children; // submodule attribute names, in the object's order
};

// Pre-order, root first. False with *error when the archive's root is not a module.
bool readScriptModules(const Checkpoint &c, std::vector<ScriptModule> *out, QString *error);

// "__torch__.torch.nn.modules.linear.___torch_mangle_1.Linear" -> "Linear"
QString scriptClassShortName(const QString &qualified);

} // namespace ckpt
