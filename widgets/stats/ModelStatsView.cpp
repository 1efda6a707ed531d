#include "widgets/stats/ModelStatsView.h"

#include "model/stats/StatsRunner.h"

#include "widgets/common/Qcp.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ckpt {
namespace {
constexpr int kTensorIndexRole = Qt::UserRole + 1;

QStandardItem *numberItem(double v)
{
    auto *item = new QStandardItem;
    if (std::isfinite(v))
        item->setData(v, Qt::DisplayRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

ModelStatsView::ModelStatsView(StatsStorePtr store, QWidget *parent)
    : QWidget(parent), m_worker(new StatsWorker(store ? store : std::make_shared<StatsStore>(), this)),
      m_model(new QStandardItemModel(0, ColumnCount, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)), m_chart(new QCustomPlot(this)),
      m_compute(new QPushButton(tr("Compute statistics of all tensors"), this)), m_status(new QLabel(this))
{
    m_compute->setObjectName(QStringLiteral("computeModelStats"));
    m_status->setObjectName(QStringLiteral("modelStatsStatus"));
    m_model->setHorizontalHeaderLabels(
        { tr("Tensor"), tr("dtype"), tr("Elements"), tr("Mean"), tr("Std"), tr("Abs max"), tr("NaN/Inf") });
    m_model->horizontalHeaderItem(ColStd)->setToolTip(
        tr("Standard deviation as torch.std() reports it: with Bessel's correction (divided by n − 1)"));
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // key order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(ColTensor, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();

    m_chart->addGraph();
    m_chart->graph(0)->setName(tr("std"));
    m_chart->graph(0)->setPen(QPen(QColor(40, 90, 160), 1.5));
    m_chart->addGraph();
    m_chart->graph(1)->setName(tr("abs max"));
    m_chart->graph(1)->setPen(QPen(QColor(200, 80, 40), 1.5));
    for (int g = 0; g < 2; ++g)
        m_chart->graph(g)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    m_chart->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_chart->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    m_chart->xAxis->setLabel(tr("tensor (key order)"));
    m_chart->legend->setVisible(true);
    m_chart->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectPlottables);
    m_chart->setMinimumHeight(160);

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
        Q_EMIT tensorActivated(m_proxy->mapToSource(i).siblingAtColumn(ColTensor).data(kTensorIndexRole).toInt());
    });
    // A click on a point of the chart selects that tensor's row.
    connect(m_chart, &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable *p, int dataIndex, QMouseEvent *) {
        const QModelIndex src = m_model->index(int(p->interface1D()->dataMainKey(dataIndex)), ColTensor);
        m_table->selectRow(m_proxy->mapFromSource(src).row());
        m_table->scrollTo(m_proxy->mapFromSource(src));
        Q_EMIT tensorActivated(src.data(kTensorIndexRole).toInt());
    });
    setCheckpoint(nullptr);
}

void ModelStatsView::setCheckpoint(const CheckpointPtr &ckpt)
{
    m_worker->cancel();
    m_ckpt = ckpt;
    if (ckpt)
        m_worker->store()->retain(ckpt);
    m_indexes = ckpt ? statsTensorIndexes(*ckpt) : std::vector<int>();
    m_compute->setEnabled(!m_indexes.empty());
    m_status->setText(ckpt ? tr("%n tensor(s)", nullptr, int(m_indexes.size())) : QString());
    fill();
}

void ModelStatsView::compute()
{
    if (!m_ckpt)
        return;
    if (!m_worker->start(m_ckpt, m_indexes, StatsOptions()))
        fill(); // all cached
}

void ModelStatsView::fill()
{
    m_model->removeRows(0, m_model->rowCount());
    QVector<double> x, stdv, absmax;
    int withStats = 0, flagged = 0;
    for (size_t row = 0; row < m_indexes.size(); ++row) {
        const int i = m_indexes[row];
        const TensorInfo &t = m_ckpt->tensors[size_t(i)];
        TensorStats s;
        const bool have = m_worker->store()->find(i, StatsOptions(), &s) && s.ok;
        auto *name = new QStandardItem(pathToString(t.path));
        name->setData(i, kTensorIndexRole);
        auto *numel = new QStandardItem;
        numel->setData(t.numel(), Qt::DisplayRole);
        auto *flags
            = new QStandardItem(have && s.hasNonFinite() ? tr("NaN %1 / Inf %2").arg(s.nan).arg(s.inf) : QString());
        if (have && s.hasNonFinite()) {
            flags->setForeground(QColor(180, 0, 0));
            ++flagged;
        }
        m_model->appendRow({ name, new QStandardItem(dtypeName(t.dtype)), numel, numberItem(have ? s.mean : NAN),
            numberItem(have ? s.std : NAN), numberItem(have ? s.absMax() : NAN), flags });
        if (have) {
            ++withStats;
            x << double(row);
            // A log axis cannot show 0: a dead layer sits at the bottom instead.
            stdv << std::max(s.std, 1e-12);
            absmax << std::max(s.absMax(), 1e-12);
        }
    }
    m_chart->graph(0)->setData(x, stdv, true);
    m_chart->graph(1)->setData(x, absmax, true);
    m_chart->rescaleAxes();
    if (!withStats) // nothing plotted: the axis spans this file's tensors, not the last plot's
        m_chart->xAxis->setRange(0, std::max<double>(1, double(m_indexes.size()) - 1));
    m_chart->replot();
    if (m_ckpt && withStats)
        m_status->setText(tr("%1 of %2 tensors, %3 with NaN/Inf").arg(withStats).arg(m_indexes.size()).arg(flagged));
    if (withStats)
        Q_EMIT computed();
}

} // namespace ckpt
