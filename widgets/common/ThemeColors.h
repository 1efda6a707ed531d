#pragma once

#include <QColor>
#include <QPalette>

namespace ckpt {

// Colours that carry meaning (a verdict, a warning, a data series), chosen for the
// palette they are drawn on: darker tones on light backgrounds, lighter ones on dark.
enum class Tone { Primary, Secondary, Good, Warning, Error, Code };

bool isDark(const QPalette &palette);
QColor toneColor(Tone tone, const QPalette &palette);
// The i-th colour of a set of data series (Tableau's ten, lightened on dark backgrounds).
QColor seriesColor(int i, const QPalette &palette);
// A background tint of `tone` that the palette's text stays legible on.
QColor toneBackground(Tone tone, const QPalette &palette);

} // namespace ckpt
