#pragma once

#include <functional>

class QCustomPlot;

namespace ckpt {

// Gives a plot the colours of its palette (background, axes, grid, tick labels, labels,
// legend) now and again on every palette change (a theme switch), then calls
// `recolour` for the plot's own series and replots.
void followPalette(QCustomPlot *plot, std::function<void()> recolour = {});

} // namespace ckpt
