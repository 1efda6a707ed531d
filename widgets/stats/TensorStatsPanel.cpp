#include "widgets/stats/TensorStatsPanel.h"

#include "model/checkpoint/TensorInfo.h"
#include "widgets/common/FileDialog.h"
#include "widgets/common/FileFilters.h"
#include "widgets/common/MessageBox.h"
#include "widgets/preferences/Preferences.h"
#include "widgets/stats/HistogramPlot.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace ckpt {
namespace {
QString num(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 6) : QStringLiteral("–");
}
}

TensorStatsPanel::TensorStatsPanel(StatsStorePtr store, QWidget *parent)
    : QWidget(parent), m_worker(new StatsWorker(store ? store : std::make_shared<StatsStore>(), this)),
      m_plot(new HistogramPlot(this)), m_summary(new QLabel(this)), m_bins(new QSpinBox(this)),
      m_log(new QCheckBox(this)), m_exp(new QCheckBox(this)), m_export(new QToolButton(this))
{
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(false); // wrapped rich text gets squeezed to one line by the layout
    // A long key must not widen the dock (and squeeze the tree): it is cut, whole in the tooltip.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_bins->setObjectName(QStringLiteral("histogramBins"));
    m_exp->setObjectName(QStringLiteral("histogramExponential"));
    m_bins->setRange(1, Preferences::kMaxHistogramBins);
    m_export->setObjectName(QStringLiteral("histogramExport"));
    retranslateUi();

    // Two rows: the right column of an 800 px window is narrower than the four in one.
    auto *controls = new QGridLayout;
    controls->addWidget(m_bins, 0, 0);
    controls->addWidget(m_export, 0, 2);
    controls->addWidget(m_exp, 1, 0);
    controls->addWidget(m_log, 1, 1);
    controls->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(controls);
    layout->addWidget(m_plot, 1);

    applyPreferences();
    connect(Preferences::instance(), &Preferences::changed, this, &TensorStatsPanel::applyPreferences);
    connect(m_bins, &QSpinBox::valueChanged, this, &TensorStatsPanel::refresh);
    connect(m_exp, &QCheckBox::toggled, this, [this](bool on) {
        m_bins->setEnabled(!on);
        refresh();
    });
    connect(m_log, &QCheckBox::toggled, m_plot, &HistogramPlot::setLogCounts);
    connect(m_export, &QToolButton::clicked, this, &TensorStatsPanel::exportPlot);
    connect(m_worker, &StatsWorker::finished, this, &TensorStatsPanel::refresh);
    connect(m_worker, &StatsWorker::progressChanged, this,
        [this](int pct) { m_plot->clearStats(tr("Computing… %1%").arg(pct)); });
    connect(m_worker, &StatsWorker::failed, this, [this](const QString &error) {
        m_failure = error;
        m_summary->setText(tr("Statistics unavailable: %1").arg(error.toHtmlEscaped()));
        m_plot->clearStats();
        settle();
    });
    setTensor(nullptr, -1);
}

// The preferred bins and binning, for the histograms shown from now on.
void TensorStatsPanel::applyPreferences()
{
    const Preferences::Values p = Preferences::instance()->values();
    m_bins->setValue(p.histogramBins);
    m_exp->setChecked(p.binning == BinMode::Exponential);
    m_bins->setEnabled(!m_exp->isChecked());
}

StatsOptions TensorStatsPanel::options() const
{
    StatsOptions o;
    o.bins = m_bins->value();
    o.binMode = m_exp->isChecked() ? BinMode::Exponential : BinMode::Uniform;
    return o;
}

int TensorStatsPanel::bins() const
{
    return m_bins->value();
}
void TensorStatsPanel::setBins(int bins)
{
    m_bins->setValue(bins);
}
void TensorStatsPanel::setLogCounts(bool on)
{
    m_log->setChecked(on);
}

void TensorStatsPanel::setTensor(const CheckpointPtr &ckpt, int tensorIndex)
{
    if (ckpt)
        m_worker->store()->retain(ckpt);
    m_ckpt = ckpt;
    m_index = ckpt && tensorIndex >= 0 && size_t(tensorIndex) < ckpt->tensors.size() ? tensorIndex : -1;
    refresh();
}

void TensorStatsPanel::retranslateUi()
{
    m_log->setText(tr("Log counts"));
    m_exp->setText(tr("Exponential bins"));
    m_bins->setPrefix(tr("Bins: "));
    m_exp->setToolTip(tr("TensorBoard's fixed buckets ±1e-12·1.1^k"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the histogram as PNG, SVG or PDF"));
}

void TensorStatsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_ckpt || m_index < 0) {
            m_summary->setText(tr("Select a tensor to see its statistics."));
        } else if (m_computing) {
            m_summary->setText(tr("Computing statistics…"));
        } else if (!m_failure.isEmpty()) {
            m_summary->setText(tr("Statistics unavailable: %1").arg(m_failure.toHtmlEscaped()));
        } else {
            showStats();
        }
    }
    QWidget::changeEvent(event);
}

void TensorStatsPanel::refresh()
{
    m_shown = false;
    m_failure.clear();
    if (!m_ckpt || m_index < 0) {
        m_worker->cancel();
        m_summary->setText(tr("Select a tensor to see its statistics."));
        m_plot->clearStats();
        m_export->setEnabled(false);
        settle();
        return;
    }
    TensorStats s;
    if (m_worker->store()->find(m_index, options(), &s)) {
        display(s);
        return;
    }
    m_export->setEnabled(false);
    m_summary->setText(tr("Computing statistics…"));
    m_plot->clearStats(tr("Computing…"));
    m_computing = true;
    // false: another view sharing the store has just computed it.
    if (!m_worker->start(m_ckpt, { m_index }, options()) && m_worker->store()->find(m_index, options(), &s))
        display(s);
}

void TensorStatsPanel::settle()
{
    if (!m_computing)
        return;
    m_computing = false;
    Q_EMIT idle();
}

void TensorStatsPanel::display(const TensorStats &s)
{
    m_stats = s;
    showStats();
    if (!s.ok) {
        m_export->setEnabled(false);
        settle();
        return;
    }
    m_export->setEnabled(!s.histogram.empty());
    m_shown = true;
    Q_EMIT statsShown(m_index);
    settle();
}

void TensorStatsPanel::showStats()
{
    const TensorStats &s = m_stats;
    const TensorInfo &t = m_ckpt->tensors[size_t(m_index)];
    if (!s.ok) {
        m_summary->setText(tr("No statistics: %1").arg(s.error.text().toHtmlEscaped()));
        m_plot->clearStats(s.error.text());
        return;
    }
    // Short lines: the panel shares a dock column with Details and must not widen it.
    QString pct;
    int shown = 0;
    for (const auto &p : s.percentiles)
        if (p.first > 0 && p.first < 100)
            pct += (shown++ == 4 ? QStringLiteral("<br>") : QString())
                + QStringLiteral("p%1 %2 &nbsp; ").arg(p.first).arg(num(p.second));
    const QString warn = s.hasNonFinite() ? QStringLiteral(" <b style='color:#b00'>NaN/Inf!</b>") : QString();
    m_summary->setToolTip(pathToString(t.path) + QLatin1Char('\n')
        + tr("std as torch.std() reports it: with Bessel's correction (divided by n − 1)"));
    m_summary->setText(
        tr("<b>%1</b> %2<br>min %3 &nbsp; max %4 &nbsp; mean %5<br>std %6 &nbsp; |mean| %7 &nbsp; "
           "zeros %8 &nbsp; NaN %9 &nbsp; Inf %10%11<br><small>%12</small>")
            .arg(pathToString(t.path).toHtmlEscaped(), dtypeName(t.dtype), num(s.min), num(s.max), num(s.mean),
                num(s.std), num(s.absMean), QLocale().toString(s.zeros), QLocale().toString(s.nan))
            .arg(QLocale().toString(s.inf), warn, pct));
    if (s.histogram.empty())
        m_plot->clearStats(tr("No finite values"));
    else
        m_plot->setStats(s, pathToString(t.path));
}

void TensorStatsPanel::exportPlot()
{
    QString name = m_ckpt ? pathToString(m_ckpt->tensors[size_t(m_index)].path) : QString();
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    const QString path
        = FileDialog::saveFile(this, tr("Export Histogram"), name + QStringLiteral(".png"), FileFilters::exportPlot());
    if (!path.isEmpty() && !m_plot->exportTo(path))
        MessageBox::warning(this, tr("Export Histogram"), tr("Could not write %1.").arg(path));
}

} // namespace ckpt
