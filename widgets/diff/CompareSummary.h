#pragma once

#include "model/diff/Diff.h"
#include "widgets/common/ThemeColors.h"

#include <QCoreApplication>

namespace ckpt {

// The Compare dock's summary line: the counts per status, and what they mean in words
// (no key matched; the same weights with other metadata, as a warning; identical).
class CompareSummary {
    Q_DECLARE_TR_FUNCTIONS(CompareSummary)
public:
    static QString html(const DiffResult &result, const QPalette &palette);
    // `html` in the tone's colour.
    static QString toned(Tone tone, const QString &html, const QPalette &palette);
};

} // namespace ckpt
