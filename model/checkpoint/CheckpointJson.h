#pragma once

#include "model/checkpoint/Checkpoint.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ckpt {

// The `ckpt info --json` document (DESIGN.md "CLI contract"), with extra fields.
QJsonObject checkpointToJson(const Checkpoint &ckpt);
QJsonObject tensorToJson(const Checkpoint &ckpt, const TensorInfo &t);
QJsonArray pathToJson(const Path &path);
QJsonObject findingToJson(const Finding &f);

} // namespace ckpt
