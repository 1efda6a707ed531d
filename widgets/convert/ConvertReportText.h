#pragma once

// What the Convert dock says once a conversion has run: what was written and how it loads,
// or why nothing was, then the writer's notes. In the dock's translation context
// ("ckpt::ConvertDock").
#include "model/convert/ConvertOptions.h"
#include "model/convert/WriterRegistry.h"

#include <QString>

namespace ckpt {

// `tensors`: how many the report's manifest listed (the dock drops the manifest itself).
QString convertReportText(const ConvertReport &r, const FormatWriter &writer, qsizetype tensors);

} // namespace ckpt
