#include "widgets/diff/DiffChart.h"

#include "widgets/common/PlotStyle.h"
#include "widgets/common/ThemeColors.h"

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
    return label.size() > 24 ? QStringLiteral("…") + label.right(23) : label;
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
    QVector<double> xc, yc, xd, yd;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    m_rowOfKey.clear();
    double lo = INFINITY, hi = 0;
    // Only tensors with a comparable value get an x position, so same/missing ones do not
    // stretch the axis; x follows the key order.
    for (size_t i = 0; i < r.tensors.size(); ++i) {
        const TensorDiff &d = r.tensors[i];
        if (d.status != DiffStatus::Changed && d.status != DiffStatus::DtypeMismatch)
            continue;
        const double x = double(m_rowOfKey.size());
        m_rowOfKey.push_back(int(i));
        ticker->addTick(x, shortLabel(d.key));
        const double v = d.metrics.valid ? d.metrics.relL2 : NAN;
        if (!(std::isfinite(v) && v > 0))
            continue;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        (d.status == DiffStatus::Changed ? xc : xd) << x;
        (d.status == DiffStatus::Changed ? yc : yd) << v;
    }
    m_points = int(xc.size() + xd.size());
    m_changed->setData(xc, yc, true);
    m_dtype->setData(xd, yd, true);
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
    m_message->setText(r.tensors.empty() ? QString() : m_points == 0 ? tr("No tensor values differ") : QString());
    m_message->setVisible(!m_message->text().isEmpty());
    replot();
}

} // namespace ckpt
