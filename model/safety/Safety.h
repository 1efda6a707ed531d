#pragma once

#include "model/checkpoint/Finding.h"

#include <QString>

namespace ckpt {

// Grades one global by module and qualified name (the table in FORMATS.md C1-C4).
Verdict gradeGlobal(const QString &module, const QString &name);
// Short explanation for a dangerous or unknown global, for the UI (text()) and the CLI (english()).
Phrase explainGlobal(const QString &module, const QString &name);

} // namespace ckpt
