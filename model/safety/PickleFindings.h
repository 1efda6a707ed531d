#pragma once

#include "model/checkpoint/Checkpoint.h"
#include "model/pickle/Unpickler.h"

namespace ckpt {

// Adds what one pickle stream revealed to the checkpoint's findings: every global
// (graded, once per name and record), structural oddities, stray stack items, and the
// opcodes weights_only would refuse. `where` names the stream ("data.pkl", "pickle 4").
void recordPickleFindings(
    Checkpoint &ckpt, const Unpickler &vm, const Phrase &where, bool parsedOk, bool readByTorchLoad = true);

// Scans a pickle stream for findings only (no tensors): used for every pickle in a
// file besides the main object, and for raw .pkl files. Returns the parsed value or null.
ValuePtr scanPickle(Checkpoint &ckpt, const QByteArray &bytes, const QString &where, qint64 *end = nullptr,
    bool readByTorchLoad = false);

// Scans every pickle stacked in `bytes` from `start` to the end (a payload can hide after
// STOP, and picklescan's "broken pickle" trick relies on scanners stopping early). Later
// streams are named "<where>, pickle N at byte B"; bytes after a STOP that do not form a
// pickle become an Invalid finding. Returns the first value (its partial value if it broke,
// with *error set); `all` receives every complete value.
// `limits`: the VM's, if not the defaults (Unpickler::Limits::forInflated for a deflated record).
ValuePtr scanPickles(Checkpoint &ckpt, const QByteArray &bytes, qint64 start, const Phrase &where, Phrase *error,
    std::vector<ValuePtr> *all = nullptr, const Unpickler::Limits *limits = nullptr);
// What follows the STOP of a stream torch.load reads (data.pkl, the legacy object pickle):
// torch ignores it, a scanner must not. `from` is the first byte torch does not read;
// `position` says what ends there ("STOP", "the last storage").
void scanAfterStop(Checkpoint &ckpt, const QByteArray &bytes, qint64 from, const Phrase &where, const Phrase &position);

// torch.load reads any file that is neither a zip nor a tar as the legacy format: it unpickles
// from byte 0 (the magic number) and so imports and calls whatever that pickle names before
// it can check anything. For files read as something else (safetensors, .npy, unknown bytes):
// if the bytes from 0 form a pickle that references a global, its findings are recorded,
// with one saying torch.load would unpickle it; otherwise nothing.
void scanWhatTorchLoadUnpickles(Checkpoint &ckpt, const QByteArray &bytes);

} // namespace ckpt
