#include "widgets/diff/DiffChart.h"

#include "widgets/common/PlotStyle.h"
#include "widgets/common/ThemeColors.h"

#include <algorithm>
#include <cmath>

namespace ckpt {

namespace {

// The end of a key that names the tensor: "fc1.weight", "0/momentum_buffer".
QString shortLabel(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('/'));
    QString label = parts.last();
    if (!label.contains(QLatin1Char('.')) && parts.size() > 1)
        label = parts[parts.size() - 2] + QLatin1Char('/') + label;
    return label.size() > 28 ? QStringLiteral("…") + label.right(27) : label;
}

} // namespace

DiffChart::DiffChart(QWidget *parent) : QCustomPlot(parent)
{
    setMinimumHeight(160);
    m_changed = addGraph();
    m_dtype = addGraph();
    m_dtype->setLineStyle(QCPGraph::lsNone);
    yAxis->setLabel(tr("rel L2  ‖a−b‖/‖a‖"));
    xAxis->setTickLabelRotation(45);
    xAxis->grid()->setVisible(false);
    m_message = new QCPItemText(this);
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setCoords(0.5, 0.5);
    m_message->setVisible(false);
    followPalette(this, [this] {
        const QColor changed = toneColor(Tone::Warning, palette()), dtype = toneColor(Tone::Error, palette());
        m_changed->setPen(QPen(changed, 1.5));
        m_changed->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, changed, palette().color(QPalette::Base), 6));
        m_dtype->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, dtype, dtype, 8));
    });
    connect(this, &QCustomPlot::mousePress, this, [this](QMouseEvent *e) {
        const int x = int(std::lround(xAxis->pixelToCoord(e->position().x())));
        if (x >= 0 && size_t(x) < m_rowOfKey.size())
            Q_EMIT rowClicked(m_rowOfKey[size_t(x)]);
    });
}

void DiffChart::setResult(const DiffResult &r)
{
    m_entries.clear();
    // Only tensors with a comparable value get an x position, so same/missing ones do not
    // stretch the axis.
    for (size_t i = 0; i < r.tensors.size(); ++i) {
        const TensorDiff &d = r.tensors[i];
        if (d.status != DiffStatus::Changed && d.status != DiffStatus::DtypeMismatch)
            continue;
        const double v = d.metrics.valid ? d.metrics.relL2 : NAN;
        m_entries.push_back(
            { int(i), shortLabel(d.key), std::isfinite(v) && v > 0 ? v : NAN, d.status == DiffStatus::DtypeMismatch });
    }
    const DiffSummary s = r.summary();
    const int matched = s.same + s.changed + s.shapeMismatch + s.dtypeMismatch + s.error;
    if (r.tensors.empty())
        m_empty = r.fileB.isEmpty() ? QString() : tr("Neither side has tensors to compare");
    else if (matched == 0)
        m_empty = tr("No key of A matches a key of B: choose a root or a prefix above");
    else if (m_entries.empty())
        m_empty = s.same == matched ? tr("Every matched tensor is identical") : tr("No values to compare");
    else
        m_empty.clear();
    plot();
}

void DiffChart::setLargestFirst(bool on)
{
    if (on == m_largestFirst)
        return;
    m_largestFirst = on;
    plot();
}

QString DiffChart::message() const
{
    return m_message->visible() ? m_message->text() : QString();
}

void DiffChart::plot()
{
    std::vector<Entry> order = m_entries;
    if (m_largestFirst)
        std::stable_sort(order.begin(), order.end(), [](const Entry &x, const Entry &y) {
            const double a = std::isnan(x.value) ? -1 : x.value, b = std::isnan(y.value) ? -1 : y.value;
            return a > b;
        });
    QVector<double> xc, yc, xd, yd;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    m_rowOfKey.clear();
    double lo = INFINITY, hi = 0;
    for (const Entry &e : order) {
        const double x = double(m_rowOfKey.size());
        m_rowOfKey.push_back(e.row);
        ticker->addTick(x, e.label);
        if (std::isnan(e.value))
            continue;
        lo = std::min(lo, e.value);
        hi = std::max(hi, e.value);
        (e.dtype ? xd : xc) << x;
        (e.dtype ? yd : yc) << e.value;
    }
    m_points = int(xc.size() + xd.size());
    m_changed->setData(xc, yc, true);
    m_dtype->setData(xd, yd, true);
    // The largest first is no curve: points only.
    m_changed->setLineStyle(m_largestFirst ? QCPGraph::lsNone : QCPGraph::lsLine);
    // Many keys: labels would overlap; keep every k-th.
    const int n = int(m_rowOfKey.size());
    xAxis->setTickLabels(n > 0);
    if (n > 40) {
        auto sparse = QSharedPointer<QCPAxisTickerText>::create();
        const int step = (n + 39) / 40;
        for (auto it = ticker->ticks().constBegin(); it != ticker->ticks().constEnd(); ++it)
            if (int(it.key()) % step == 0)
                sparse->addTick(it.key(), it.value());
        ticker = sparse;
    }
    xAxis->setTicker(ticker);
    xAxis->setRange(-0.5, std::max(0.5, n - 0.5));
    // A log axis only where the values span decades: a short log range has no ticks.
    const bool log = m_points > 0 && hi / lo > 20;
    yAxis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (log) {
        yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
        yAxis->setNumberFormat(QStringLiteral("eb"));
        yAxis->setNumberPrecision(0);
        yAxis->setRange(lo / 2, hi * 2);
    } else {
        yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        yAxis->setNumberFormat(QStringLiteral("g"));
        yAxis->setNumberPrecision(3);
        yAxis->setRange(0, m_points > 0 ? hi * 1.1 : 1);
    }
    m_message->setText(m_points == 0 ? m_empty : QString());
    m_message->setVisible(!m_message->text().isEmpty());
    replot();
}

} // namespace ckpt
