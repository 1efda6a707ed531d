#pragma once

#include "Checkpoint.h"
#include "pickle/Unpickler.h"

namespace ckpt {

// Adds what one pickle stream revealed to the checkpoint's findings: every global
// (graded, once per name and record), structural oddities, stray stack items, and the
// opcodes weights_only would refuse. `where` names the stream ("data.pkl", "pickle 4").
void recordPickleFindings(Checkpoint &ckpt, const Unpickler &vm, const QString &where, bool parsedOk,
                          bool readByTorchLoad = true);

// Scans a pickle stream for findings only (no tensors): used for every pickle in a
// file besides the main object, and for raw .pkl files. Returns the parsed value or null.
ValuePtr scanPickle(Checkpoint &ckpt, const QByteArray &bytes, const QString &where, qint64 *end = nullptr,
                    bool readByTorchLoad = false);

} // namespace ckpt
