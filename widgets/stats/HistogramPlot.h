#pragma once

#include "model/stats/StatsTypes.h"

#include "widgets/common/Qcp.h"

namespace ckpt {

// A histogram of one tensor: bars over the bin edges, min/max and mean marked, optional
// log count axis, wheel zoom and drag pan on the value axis.
class HistogramPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit HistogramPlot(QWidget *parent = nullptr);

    void setStats(const TensorStats &stats, const QString &title = QString());
    void clearStats(const QString &message = QString());
    // Two histograms on the same bins (`a.edges` == `b.edges`), B drawn over A, with a
    // legend; an empty side is left out.
    void setPair(const Histogram &a, const Histogram &b, const QString &nameA, const QString &nameB);
    void setLogCounts(bool on);
    bool logCounts() const { return m_log; }
    // Writes PNG, SVG or PDF by the file's suffix. False on failure.
    bool exportTo(const QString &path, int width = 800, int height = 500);

    QCPBars *bars() const { return m_bars; }
    QCPBars *barsB() const { return m_barsB; } // the second of a pair
    // The value-range marks (min, mean, max), for tests.
    QList<double> markPositions() const;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void rescale();
    // Replots now if the plot is on screen, else when it is next painted: a plot in a dock
    // behind another's tab is cleared on every file opened, and a replot draws it whole.
    void redraw();
    bool m_stale = false;
    QCPBars *m_bars = nullptr;
    QCPBars *m_barsB = nullptr;
    QList<QCPItemStraightLine *> m_marks;
    QCPItemText *m_message = nullptr;
    bool m_log = false;
};

} // namespace ckpt
