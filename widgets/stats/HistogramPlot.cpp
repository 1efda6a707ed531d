#include "widgets/stats/HistogramPlot.h"

#include "widgets/common/PlotStyle.h"
#include "widgets/common/ThemeColors.h"

#include <QEvent>
#include <QFileInfo>
#include <QSvgGenerator>

#include <cmath>
#include <utility>

namespace ckpt {

HistogramPlot::HistogramPlot(QWidget *parent) : QCustomPlot(parent)
{
    setMinimumSize(280, 180);
    m_bars = new QCPBars(xAxis, yAxis);
    m_bars->setWidthType(QCPBars::wtPlotCoords);
    m_barsB = new QCPBars(xAxis, yAxis);
    m_barsB->setWidthType(QCPBars::wtPlotCoords);
    m_barsB->setVisible(false);
    m_barsB->removeFromLegend();
    xAxis->setLabel(tr("value"));
    yAxis->setLabel(tr("count"));
    // Zoom and pan the value axis only: counts follow the data.
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    for (int i = 0; i < 3; ++i) {
        auto *line = new QCPItemStraightLine(this);
        line->setVisible(false);
        m_marks << line;
    }
    m_message = new QCPItemText(this);
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setCoords(0.5, 0.5);
    m_message->setVisible(false);
    followPalette(this, [this] {
        const QPalette &p = palette();
        const QColor bar = toneColor(Tone::Primary, p);
        QColor fill = bar;
        fill.setAlpha(170);
        m_bars->setPen(QPen(bar));
        m_bars->setBrush(fill);
        QColor second = toneColor(Tone::Warning, p);
        m_barsB->setPen(QPen(second));
        second.setAlpha(110);
        m_barsB->setBrush(second);
        // min and max, mean between them
        const Tone tones[] = { Tone::Error, Tone::Good, Tone::Error };
        for (int i = 0; i < m_marks.size(); ++i)
            m_marks[i]->setPen(QPen(toneColor(tones[i], p), 1.5, Qt::DashLine));
    });
}

void HistogramPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        xAxis->setLabel(tr("value"));
        yAxis->setLabel(tr("count"));
        redraw();
    }
    QCustomPlot::changeEvent(event);
}

void HistogramPlot::clearStats(const QString &message)
{
    m_bars->data()->clear();
    m_barsB->data()->clear();
    m_barsB->setVisible(false);
    legend->setVisible(false);
    for (auto *m : m_marks)
        m->setVisible(false);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    redraw();
}

void HistogramPlot::setPair(const Histogram &a, const Histogram &b, const QString &nameA, const QString &nameB)
{
    m_message->setVisible(false);
    for (auto *m : m_marks)
        m->setVisible(false);
    const Histogram &shared = a.empty() ? b : a;
    double width = 0;
    for (size_t i = 0; i + 1 < shared.edges.size(); ++i)
        width = std::max(width, shared.edges[i + 1] - shared.edges[i]);
    const std::pair<QCPBars *, const Histogram *> sides[] = { { m_bars, &a }, { m_barsB, &b } };
    for (const auto &[bars, h] : sides) {
        QVector<double> keys, values;
        for (size_t i = 0; i < h->counts.size(); ++i) {
            keys << (h->edges[i] + h->edges[i + 1]) / 2;
            values << double(h->counts[i]);
        }
        bars->setWidth(width > 0 ? width : 1e-6);
        bars->setData(keys, values, true);
        bars->setVisible(!h->empty());
    }
    m_bars->setName(nameA);
    m_barsB->setName(nameB);
    legend->clearItems();
    for (QCPBars *bars : { m_bars, m_barsB })
        if (bars->visible())
            bars->addToLegend();
    legend->setVisible(true);
    rescale();
}

void HistogramPlot::setStats(const TensorStats &st, const QString &title)
{
    m_message->setVisible(false);
    m_barsB->data()->clear();
    m_barsB->setVisible(false);
    legend->setVisible(false);
    m_bars->setVisible(true);
    QVector<double> keys, values;
    const Histogram &h = st.histogram;
    double width = 0;
    for (size_t i = 0; i < h.counts.size(); ++i) {
        const double left = h.edges[i], right = h.edges[i + 1];
        keys << (left + right) / 2;
        values << double(h.counts[i]);
        width = std::max(width, right - left);
    }
    // Exponential bins differ in width; uniform ones share it. A zero-width bin (min == max)
    // still needs a visible bar.
    m_bars->setWidth(width > 0 ? width : std::max(1e-6, std::fabs(st.min) * 1e-3));
    m_bars->setData(keys, values, true);
    const double marks[] = { st.min, st.mean, st.max };
    for (int i = 0; i < m_marks.size(); ++i) {
        m_marks[i]->point1->setCoords(marks[i], 0);
        m_marks[i]->point2->setCoords(marks[i], 1);
        m_marks[i]->setVisible(std::isfinite(marks[i]));
    }
    setWindowTitle(title);
    rescale();
}

void HistogramPlot::setLogCounts(bool on)
{
    m_log = on;
    yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (on)
        yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    else
        yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    // A log axis has no 0: bars start at 0.5 so that a bin holding one value still shows.
    m_bars->setBaseValue(on ? 0.5 : 0);
    m_barsB->setBaseValue(on ? 0.5 : 0);
    rescale();
}

void HistogramPlot::rescale()
{
    bool found = false;
    QCPBars *main = m_bars->data()->isEmpty() && !m_barsB->data()->isEmpty() ? m_barsB : m_bars;
    QCPRange keys = main->getKeyRange(found);
    if (found) {
        const double pad = std::max(main->width(), keys.size() * 0.02);
        xAxis->setRange(keys.lower - pad, keys.upper + pad);
        QCPRange counts = main->getValueRange(found);
        bool foundB = false;
        const QCPRange countsB = m_barsB->getValueRange(foundB);
        if (foundB)
            counts.upper = std::max(counts.upper, countsB.upper);
        const double top = found ? counts.upper : 1;
        yAxis->setRange(m_log ? 0.5 : 0, m_log ? std::max(10.0, top * 2) : std::max(1.0, top * 1.08));
    }
    redraw();
}

QList<double> HistogramPlot::markPositions() const
{
    QList<double> out;
    for (auto *m : m_marks)
        if (m->visible())
            out << m->point1->coords().x();
    return out;
}

bool HistogramPlot::exportTo(const QString &path, int width, int height)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return savePng(path, width, height);
    if (suffix == QLatin1String("pdf"))
        return savePdf(path, width, height);
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(QSize(width, height));
        svg.setViewBox(QRect(0, 0, width, height));
        svg.setTitle(windowTitle());
        QCPPainter painter;
        if (!painter.begin(&svg))
            return false;
        toPainter(&painter, width, height);
        return painter.end();
    }
    return false;
}

void HistogramPlot::redraw()
{
    if (isVisible() && !visibleRegion().isEmpty()) {
        m_stale = false;
        replot();
    } else {
        m_stale = true;
    }
}

void HistogramPlot::paintEvent(QPaintEvent *event)
{
    if (std::exchange(m_stale, false))
        replot(QCustomPlot::rpQueuedRefresh); // draws the buffers painted below
    QCustomPlot::paintEvent(event);
}

} // namespace ckpt
