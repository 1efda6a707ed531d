#include "widgets/runs/DriftHeatmap.h"

#include "model/jobs/JobRunner.h"
#include "widgets/common/Qcp.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace ckpt {

DriftHeatmap::DriftHeatmap(QWidget *parent)
    : QWidget(parent), m_jobs(new JobRunner(this)), m_runs(new QComboBox(this)), m_compute(new QToolButton(this)),
      m_cancel(new QToolButton(this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_plot(new QCustomPlot(this))
{
    m_runs->setObjectName(QStringLiteral("runsDriftRun"));
    m_runs->hide();
    m_compute->setObjectName(QStringLiteral("runsDriftCompute"));
    m_cancel->setObjectName(QStringLiteral("runsDriftCancel"));
    m_cancel->hide();
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    m_status->setWordWrap(true);
    m_plot->setObjectName(QStringLiteral("runsDriftPlot"));
    m_plot->setMinimumHeight(180);
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 1, m_scale);
    m_map->setColorScale(m_scale);
    m_map->setGradient(QCPColorGradient::gpThermal);
    m_map->setInterpolate(false);
    m_plot->setMouseTracking(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_runs);
    row->addWidget(m_compute);
    row->addWidget(m_progress);
    row->addWidget(m_cancel);
    row->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_plot, 1);

    connect(m_compute, &QToolButton::clicked, this, &DriftHeatmap::compute);
    connect(m_runs, &QComboBox::activated, this, [this] { // another run: its own drift
        m_jobs->cancel();
        show(RunDrift());
    });
    connect(m_cancel, &QToolButton::clicked, this, &DriftHeatmap::cancel);
    connect(m_jobs, &JobRunner::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        const int column = int(std::lround(m_plot->xAxis->pixelToCoord(event->position().x())));
        const int layer = int(std::lround(m_plot->yAxis->pixelToCoord(event->position().y())));
        const QString text = describeCell(column, layer);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
    });
    retranslateUi();
    show(RunDrift());
}

void DriftHeatmap::retranslateUi()
{
    m_runs->setToolTip(tr("The run whose consecutive checkpoints are compared"));
    m_compute->setText(tr("Compute Drift"));
    m_compute->setToolTip(tr("Read every tensor of consecutive checkpoints and compare them"));
    m_cancel->setText(tr("Cancel"));
    m_scale->axis()->setLabel(tr("log10 relative change"));
    for (int i = 0; i < m_runs->count() && size_t(i) < m_report.runs.size(); ++i)
        if (m_report.runs[size_t(i)].folder.isEmpty())
            m_runs->setItemText(i, tr("(this folder)"));
    m_status->setText(statusText());
    m_plot->replot();
}

void DriftHeatmap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString DriftHeatmap::statusText() const
{
    const int nx = int(m_drift.columns.size()), ny = int(m_drift.layers.size());
    if (m_jobs->isBusy())
        return tr("Comparing consecutive checkpoints…");
    if (m_drift.cancelled)
        return tr("Cancelled.");
    if (nx == 0)
        return tr("Relative change ||b − a|| / ||a|| of each tensor between consecutive checkpoints.");
    return tr("%n tensor(s) across %1 pairs of checkpoints; hover a cell for its value.", nullptr, ny).arg(nx)
        + (m_drift.errors.isEmpty() ? QString()
                                    : QStringLiteral("\n") + textOf(m_drift.errors).join(QLatin1Char('\n')));
}

void DriftHeatmap::setReport(const RunReport &report)
{
    m_jobs->cancel();
    m_report = report;
    m_runs->clear();
    for (const RunFolder &r : report.runs)
        m_runs->addItem(r.folder.isEmpty() ? tr("(this folder)") : r.folder);
    m_runs->setVisible(report.runs.size() > 1);
    m_progress->hide();
    m_cancel->hide();
    m_compute->setEnabled(!report.checkpoints.empty());
    show(RunDrift());
}

int DriftHeatmap::run() const
{
    return std::max(0, m_runs->currentIndex());
}

void DriftHeatmap::setRun(int run)
{
    m_runs->setCurrentIndex(run);
    m_jobs->cancel();
    show(RunDrift());
}

bool DriftHeatmap::isBusy() const
{
    return m_jobs->isBusy();
}

void DriftHeatmap::compute()
{
    if (m_report.runs.empty())
        return;
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_compute->setEnabled(false);
    const RunReport report = m_report;
    const int run = this->run();
    m_jobs->start(
        [report, run](const JobControl &control) {
            WorkControl work;
            work.cancel = control.stopFlag();
            work.progress = control.progressSink();
            return computeRunDrift(report, run, work);
        },
        [this](const RunDrift &drift) { show(drift); });
    m_status->setText(statusText());
}

void DriftHeatmap::cancel()
{
    if (!m_jobs->isBusy())
        return;
    m_jobs->cancel();
    RunDrift cancelled;
    cancelled.cancelled = true;
    show(cancelled);
}

QString DriftHeatmap::describeCell(int column, int layer) const
{
    if (column < 0 || layer < 0 || size_t(column) >= m_drift.columns.size() || layer >= m_drift.layers.size())
        return QString();
    const double v = m_drift.change[size_t(layer)][size_t(column)];
    const QString a = m_report.checkpoints[size_t(m_drift.previous[size_t(column)])].file;
    const QString b = m_report.checkpoints[size_t(m_drift.columns[size_t(column)])].file;
    return std::isnan(v)
        ? tr("%1: not in both %2 and %3").arg(m_drift.layers[layer], a, b)
        : tr("%1: %2 → %3 changed by %4 (relative L2)").arg(m_drift.layers[layer], a, b).arg(v, 0, 'g', 4);
}

void DriftHeatmap::show(const RunDrift &drift)
{
    m_drift = drift;
    m_progress->hide();
    m_cancel->hide();
    m_compute->setEnabled(!m_report.checkpoints.empty());
    const int nx = int(drift.columns.size()), ny = int(drift.layers.size());
    m_status->setText(statusText());
    m_map->data()->setSize(std::max(nx, 1), std::max(ny, 1));
    m_map->data()->setRange(QCPRange(0, std::max(nx - 1, 0)), QCPRange(0, std::max(ny - 1, 0)));
    m_map->data()->fill(std::nan(""));
    double lo = HUGE_VAL, hi = -HUGE_VAL;
    for (int y = 0; y < ny; ++y)
        for (int x = 0; x < nx; ++x) {
            const double v = drift.change[size_t(y)][size_t(x)];
            // Unchanged tensors sit at the bottom of the scale, not at minus infinity.
            const double cell = std::isnan(v) ? std::nan("") : std::log10(std::max(v, 1e-12));
            m_map->data()->setCell(x, y, cell);
            if (std::isfinite(cell)) {
                lo = std::min(lo, cell);
                hi = std::max(hi, cell);
            }
        }
    m_map->setDataRange(lo <= hi ? QCPRange(lo, hi > lo ? hi : lo + 1) : QCPRange(-12, 0));
    auto xTicks = QSharedPointer<QCPAxisTickerText>::create();
    for (int x = 0; x < nx; ++x)
        xTicks->addTick(x, m_report.checkpoints[size_t(drift.columns[size_t(x)])].file);
    auto yTicks = QSharedPointer<QCPAxisTickerText>::create();
    for (int y = 0; y < ny; ++y)
        yTicks->addTick(y, drift.layers[y]);
    m_plot->xAxis->setTicker(xTicks);
    m_plot->xAxis->setTickLabelRotation(30);
    m_plot->yAxis->setTicker(yTicks);
    m_plot->xAxis->setRange(-0.5, std::max(nx, 1) - 0.5);
    m_plot->yAxis->setRange(-0.5, std::max(ny, 1) - 0.5);
    m_plot->replot();
    Q_EMIT computed();
}

} // namespace ckpt
