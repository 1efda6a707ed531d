#include "widgets/stats/ModelStatsView.h"

#include "model/stats/StatsRunner.h"
#include "widgets/common/PlotStyle.h"
#include "widgets/common/ThemeColors.h"

#include "widgets/common/Qcp.h"
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace ckpt {

ModelStatsView::ModelStatsView(StatsStorePtr store, QWidget *parent)
    : QWidget(parent), m_worker(new StatsWorker(store ? store : std::make_shared<StatsStore>(), this)),
      m_model(new ModelStatsTable(this)), m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_chart(new QCustomPlot(this)), m_compute(new QPushButton(this)), m_status(new QLabel(this))
{
    m_compute->setObjectName(QStringLiteral("computeModelStats"));
    m_status->setObjectName(QStringLiteral("modelStatsStatus"));
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // key order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(ModelStatsTable::ColTensor, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();

    m_chart->addGraph();
    m_chart->addGraph();
    for (int g = 0; g < 2; ++g)
        m_chart->graph(g)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    m_chart->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_chart->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    // Tensors are counted: whole-number ticks only (1, 2, 5, 10 ... apart).
    auto keyTicks = QSharedPointer<QCPAxisTickerFixed>::create();
    keyTicks->setTickStep(1.0);
    keyTicks->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_chart->xAxis->setTicker(keyTicks);
    m_chart->legend->setVisible(true);
    m_chart->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectPlottables);
    m_chart->setMinimumHeight(160);
    followPalette(m_chart, [this] {
        m_chart->graph(0)->setPen(QPen(toneColor(Tone::Primary, m_chart->palette()), 1.5));
        m_chart->graph(1)->setPen(QPen(toneColor(Tone::Secondary, m_chart->palette()), 1.5));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_compute);
    top->addWidget(m_status, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_compute, &QPushButton::clicked, this, &ModelStatsView::compute);
    connect(m_worker, &StatsWorker::finished, this, &ModelStatsView::fill);
    connect(m_worker, &StatsWorker::progressChanged, this,
        [this](int pct) { m_status->setText(tr("Computing… %1%").arg(pct)); });
    connect(m_worker, &StatsWorker::failed, this, [this](const QString &e) { m_status->setText(e); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &i) {
        Q_EMIT tensorActivated(m_proxy->mapToSource(i)
                                   .siblingAtColumn(ModelStatsTable::ColTensor)
                                   .data(ModelStatsTable::TensorIndexRole)
                                   .toInt());
    });
    // A click on a point of the chart selects that tensor's row.
    connect(m_chart, &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable *p, int dataIndex, QMouseEvent *) {
        const QModelIndex src
            = m_model->index(int(p->interface1D()->dataMainKey(dataIndex)), ModelStatsTable::ColTensor);
        m_table->selectRow(m_proxy->mapFromSource(src).row());
        m_table->scrollTo(m_proxy->mapFromSource(src));
        Q_EMIT tensorActivated(src.data(ModelStatsTable::TensorIndexRole).toInt());
    });
    retranslateUi();
    setCheckpoint(nullptr);
}

void ModelStatsView::retranslateUi()
{
    m_compute->setText(tr("Compute statistics of all tensors"));
    m_chart->graph(0)->setName(tr("std"));
    m_chart->graph(1)->setName(tr("abs max"));
    m_chart->xAxis->setLabel(tr("tensor (key order)"));
    m_chart->replot();
}

void ModelStatsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
        if (!m_worker->isRunning())
            showStatus();
    }
    QWidget::changeEvent(event);
}

void ModelStatsView::showStatus()
{
    if (!m_ckpt)
        m_status->clear();
    else if (m_withStats)
        m_status->setText(
            tr("%1 of %2 tensors, %3 with NaN/Inf").arg(m_withStats).arg(m_indexes.size()).arg(m_flagged));
    else
        m_status->setText(tr("%n tensor(s)", nullptr, int(m_indexes.size())));
}

void ModelStatsView::setCheckpoint(const CheckpointPtr &ckpt)
{
    m_worker->cancel();
    m_ckpt = ckpt;
    if (ckpt)
        m_worker->store()->retain(ckpt);
    m_listed = !ckpt || isVisible();
    list();
}

void ModelStatsView::list()
{
    m_indexes = m_listed && m_ckpt ? statsTensorIndexes(*m_ckpt) : std::vector<int>();
    m_model->setTensors(m_listed ? m_ckpt : nullptr, m_indexes);
    m_compute->setEnabled(!m_indexes.empty());
    m_withStats = m_flagged = 0;
    showStatus();
    fill();
}

void ModelStatsView::showEvent(QShowEvent *event)
{
    if (!std::exchange(m_listed, true))
        list();
    else if (std::exchange(m_chartStale, false))
        m_chart->replot();
    QWidget::showEvent(event);
}

void ModelStatsView::compute()
{
    if (!m_ckpt)
        return;
    if (!std::exchange(m_listed, true))
        list();
    if (!m_worker->start(m_ckpt, m_indexes, StatsOptions()))
        fill(); // all cached
}

void ModelStatsView::fill()
{
    QVector<double> x, stdv, absmax;
    int withStats = 0, flagged = 0;
    // Made on the first result: a file just opened has none, and 100k empty rows are megabytes.
    std::vector<std::optional<TensorStats>> rows;
    const bool any = !m_worker->store()->isEmpty();
    for (size_t row = 0; any && row < m_indexes.size(); ++row) {
        TensorStats s;
        if (!m_worker->store()->find(m_indexes[row], StatsOptions(), &s) || !s.ok)
            continue;
        if (rows.empty())
            rows.resize(m_indexes.size());
        ++withStats;
        flagged += s.hasNonFinite();
        x << double(row);
        // A log axis cannot show 0: a dead layer sits at the bottom instead.
        stdv << std::max(s.std, 1e-12);
        absmax << std::max(s.absMax(), 1e-12);
        rows[row] = s;
    }
    if (withStats)
        m_model->setStats(std::move(rows));
    m_chart->graph(0)->setData(x, stdv, true);
    m_chart->graph(1)->setData(x, absmax, true);
    m_chart->rescaleAxes();
    if (!withStats) // nothing plotted: the axis spans this file's tensors, not the last plot's
        m_chart->xAxis->setRange(0, std::max<double>(1, double(m_indexes.size()) - 1));
    m_chartStale = !isVisible();
    if (!m_chartStale)
        m_chart->replot();
    if (m_ckpt && withStats) {
        m_withStats = withStats;
        m_flagged = flagged;
        showStatus();
    }
    if (withStats)
        Q_EMIT computed();
}

} // namespace ckpt
