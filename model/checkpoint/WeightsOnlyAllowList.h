#pragma once

// PyTorch's weights_only allow-list per release (the sources are in WeightsOnlyAllowList.cpp).
// model/safety grades globals by it; weightsOnlyVerdict() answers per release with it.

#include "model/checkpoint/TorchRelease.h"

#include <QStringList>

namespace ckpt {

// The release groups whose every release's weights_only allow-list holds "module.name" (0:
// none). 1.13 looks the name up as written; 2.x after Python-2 name mapping (callers map first).
TorchReleases allowedIn(const QString &fullName);
// The groups where some release holds it, or may: the list grew during 2.x, and for most
// entries 1.13 lacks, which 2.x release added them is not known here (a superset of allowedIn).
TorchReleases possiblyAllowedIn(const QString &fullName);
// The whole allow-list (newer PyTorch, plus 1.13's extra `_rebuild_sparse_csr_tensor`).
QStringList allowedGlobals();

// Python-2 names as PyTorch's weights_only unpickler maps them (torch/_utils.py IMPORT_MAPPING,
// NAME_MAPPING, adapted from CPython's _compat_pickle). Returns false if nothing changed.
bool mapPython2Name(QString *module, QString *name);

// The releases whose torch.load(weights_only=True) accepts a GLOBAL of "module.name" as
// written in the pickle (1.13 as written, 2.x after mapping Python-2 names).
TorchReleases weightsOnlyAcceptance(const QString &module, const QString &name);
// The groups where some release accepts it, or may.
TorchReleases weightsOnlyPossibleAcceptance(const QString &module, const QString &name);

} // namespace ckpt
