#include "widgets/training/TrainingDock.h"

#include "model/document/CheckpointDocument.h"
#include "model/jobs/JobRunner.h"

#include "widgets/common/PlotStyle.h"
#include "widgets/common/Qcp.h"
#include "widgets/common/ThemeColors.h"

#include <QEvent>
#include <QHeaderView>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ckpt {

TrainingDock::TrainingDock(CheckpointDocument *doc, QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(0, 3, this)), m_series(new QCustomPlot(this)),
      m_jobs(new JobRunner(this))
{
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_series->legend->setVisible(true);
    m_series->xAxis->setLabel(tr("index in list"));
    m_series->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_series->setMinimumHeight(150);
    followPalette(m_series, [this] {
        for (int i = 0; i < m_series->graphCount(); ++i)
            m_series->graph(i)->setPen(QPen(seriesColor(i, m_series->palette()), 2));
    });

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_series);
    retranslateUi();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    display(TrainingInfo());
    connect(doc, &CheckpointDocument::checkpointChanged, this, [this, doc] { setCheckpoint(doc->checkpoint()); });
}

void TrainingDock::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Value"), tr("Type") });
}

void TrainingDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        display(m_info); // the axis labels
    }
    QWidget::changeEvent(event);
}

void TrainingDock::setCheckpoint(const CheckpointPtr &ckpt)
{
    if (!ckpt) {
        m_jobs->cancel();
        display(TrainingInfo());
        return;
    }
    m_jobs->start([ckpt](const JobControl &) { return scanTraining(*ckpt); },
        [this](const TrainingInfo &info) { display(info); });
}

bool TrainingDock::isBusy() const
{
    return m_jobs->isBusy();
}

void TrainingDock::display(const TrainingInfo &info)
{
    m_info = info;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(info.scalars.size()));
    for (int r = 0; r < int(info.scalars.size()); ++r) {
        const TrainingScalar &s = info.scalars[size_t(r)];
        auto *value = new QTableWidgetItem;
        value->setData(Qt::DisplayRole, s.value);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 0, new QTableWidgetItem(s.name));
        m_table->setItem(r, 1, value);
        m_table->setItem(r, 2, new QTableWidgetItem(s.source));
    }
    m_table->setSortingEnabled(true);

    m_series->clearGraphs();
    // trainer_state.json's log_history comes with steps; learning rates (1e-5, not 2.3)
    // get the right-hand axis so the losses are not flattened.
    bool allStepped = !info.series.empty(), anyRate = false;
    for (const TrainingSeries &s : info.series)
        allStepped &= s.steps.size() == s.values.size();
    for (size_t i = 0; i < info.series.size(); ++i) {
        const TrainingSeries &s = info.series[i];
        const bool rate = s.key == QLatin1String("lr") || s.key.contains(QLatin1String("learning_rate"));
        anyRate |= rate;
        QVector<double> x, y;
        for (size_t k = 0; k < s.values.size(); ++k) {
            x << (allStepped ? s.steps[k] : double(k));
            y << s.values[k];
        }
        QCPGraph *g = m_series->addGraph(m_series->xAxis, rate ? m_series->yAxis2 : m_series->yAxis);
        g->setName(s.name);
        g->setPen(QPen(seriesColor(int(i), m_series->palette()), 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
        g->setData(x, y, true);
    }
    m_series->xAxis->setLabel(allStepped ? tr("step") : tr("index in list"));
    m_series->yAxis2->setVisible(anyRate);
    m_series->yAxis2->setLabel(anyRate ? tr("learning rate") : QString());
    m_series->legend->setVisible(!info.series.empty());
    m_series->rescaleAxes();
    m_series->xAxis->scaleRange(1.06);
    m_series->yAxis->scaleRange(1.12);
    m_series->yAxis2->scaleRange(1.12);
    m_series->replot();
    Q_EMIT scanned();
    if (!isBusy())
        Q_EMIT idle();
}

} // namespace ckpt
