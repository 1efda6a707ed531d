#pragma once

#include "model/checkpoint/Checkpoint.h"

#include <QJsonArray>
#include <QJsonObject>

class QIODevice;

namespace ckpt {

// The `ckpt info --json` document (DESIGN.md "CLI contract"), with extra fields.
QJsonObject checkpointToJson(const Checkpoint &ckpt);
// The same document as QJsonDocument(checkpointToJson(ckpt)).toJson(Indented) prints
// it, written as it is made: 100k tensors cost their text, not a QJsonObject each.
void writeCheckpointJson(const Checkpoint &ckpt, QIODevice *out);
// One tensor of `ckpt.tensors` at its first path.
QJsonObject tensorToJson(const Checkpoint &ckpt, const TensorInfo &t);
// `tensors`: one entry per path a tensor appears at (`index` into the file's tensors,
// `same_tensor_as` its other paths, `shares_storage_with` the paths of other views).
QJsonArray tensorsToJson(const Checkpoint &ckpt);
QJsonArray pathToJson(const Path &path);
QJsonObject findingToJson(const Finding &f);

} // namespace ckpt
