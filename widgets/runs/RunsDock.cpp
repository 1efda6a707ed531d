#include "widgets/runs/RunsDock.h"

#include "model/document/CheckpointDocument.h"
#include "model/formats/CheckpointReader.h"
#include "model/jobs/JobRunner.h"
#include "model/runs/RunTableModel.h"
#include "widgets/common/MessageBanner.h"
#include "widgets/runs/DriftHeatmap.h"
#include "widgets/training/RunCurvesView.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ckpt {

RunsDock::RunsDock(CheckpointDocument *doc, QWidget *parent)
    : QDockWidget(parent), m_doc(doc), m_model(new RunTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_jobs(new JobRunner(this))
{
    setObjectName(QStringLiteral("runsDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RunTableModel::SortRole);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 2, 4, 4);
    m_banner = new MessageBanner(body);
    m_banner->setObjectName(QStringLiteral("runsWarning"));
    // The window's own banner is the one named "messageBannerText" (tests and tools find it).
    if (auto *text = m_banner->findChild<QLabel *>(QStringLiteral("messageBannerText")))
        text->setObjectName(QStringLiteral("runsWarningText"));
    layout->addWidget(m_banner);
    auto *row = new QHBoxLayout;
    m_best = new QLabel(body);
    m_best->setObjectName(QStringLiteral("runsBest"));
    m_best->setTextFormat(Qt::PlainText);
    m_best->setWordWrap(true);
    m_best->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row->addWidget(m_best, 1);
    m_progress = new QProgressBar(body);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    row->addWidget(m_progress);
    m_cancel = new QToolButton(body);
    m_cancel->setObjectName(QStringLiteral("runsCancel"));
    m_cancel->hide();
    row->addWidget(m_cancel);
    m_average = new QToolButton(body);
    m_average->setObjectName(QStringLiteral("runsAverage"));
    m_average->setEnabled(false);
    row->addWidget(m_average);
    layout->addLayout(row);

    auto *split = new QSplitter(Qt::Horizontal, body);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("runsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the run's order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(QStringLiteral("runsTabs"));
    m_curves = new RunCurvesView(m_tabs);
    m_curves->setObjectName(QStringLiteral("runsCurves"));
    m_tabs->addTab(m_curves, QString());
    m_drift = new DriftHeatmap(m_tabs);
    m_drift->setObjectName(QStringLiteral("runsDrift"));
    m_tabs->addTab(m_drift, QString());
    split->addWidget(m_table);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    setWidget(body);

    connect(m_cancel, &QToolButton::clicked, this, &RunsDock::cancel);
    connect(m_average, &QToolButton::clicked, this, [this] {
        QStringList files;
        for (int r : selectedRows())
            files << fileToOpen(r);
        Q_EMIT mergeRequested(files);
    });
    connect(m_jobs, &JobRunner::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunsDock::onSelection);
    connect(m_curves, &RunCurvesView::fileActivated, this, &RunsDock::openRequested);
    connect(m_drift, &DriftHeatmap::computed, this, [this] {
        if (!isBusy())
            Q_EMIT idle();
    });
    connect(m_curves, &RunCurvesView::loaded, this, [this] {
        if (!isBusy())
            Q_EMIT idle();
    });
    connect(doc, &CheckpointDocument::seriesChanged, this, [this] { showSeries(m_doc->series()); });
    retranslate();
}

bool RunsDock::isBusy() const
{
    return m_jobs->isBusy() || m_curves->isLoading() || m_drift->isBusy();
}

const RunReport &RunsDock::report() const
{
    return m_model->report();
}

void RunsDock::cancel()
{
    if (!m_jobs->isBusy())
        return;
    m_jobs->cancel();
    stopped();
    m_status = Status::Cancelled;
    showStatus();
    if (!isBusy())
        Q_EMIT idle();
}

void RunsDock::stopped()
{
    m_progress->hide();
    m_cancel->hide();
}

void RunsDock::showSeries(const RunSeries &series)
{
    m_banner->clear();
    m_model->setReport(RunReport());
    m_drift->setReport(RunReport());
    if (series.isEmpty()) {
        const bool wasBusy = isBusy();
        m_jobs->cancel();
        m_curves->clear();
        stopped();
        m_status = Status::NoSeries;
        showStatus();
        if (wasBusy)
            Q_EMIT idle();
        return;
    }
    if (series.folder.isEmpty()) { // hand-picked files: their curves
        m_jobs->cancel();
        stopped();
        m_status = Status::HandPicked;
        showStatus();
        m_curves->openFiles(series.files);
        return;
    }
    m_curves->openFolder(series.folder);
    m_status = Status::Reading;
    m_reading = series.folder;
    showStatus();
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    const QString folder = series.folder;
    m_jobs->start(
        [folder](const JobControl &control) {
            WorkControl work;
            work.cancel = control.stopFlag();
            work.progress = control.progressSink();
            return analyseRun(folder, RunOptions(), work);
        },
        [this](const RunReport &report) { onReport(report); });
}

void RunsDock::onReport(const RunReport &report)
{
    stopped();
    m_status = Status::Report;
    m_model->setReport(report);
    if (report.ok()) {
        m_drift->setReport(report);
        m_table->sortByColumn(-1, Qt::AscendingOrder);
        m_proxy->sort(-1);
    }
    showStatus();
    Q_EMIT analysed();
    if (!isBusy())
        Q_EMIT idle();
}

QString RunsDock::fileToOpen(int row) const
{
    const RunCheckpoint &c = m_model->report().checkpoints[size_t(row)];
    return c.weightsPath.isEmpty() ? c.path : c.weightsPath;
}

QString RunsDock::checkpointToOpen(int row) const
{
    // A Trainer checkpoint-N/ opens whole (weights, optimizer, trainer_state.json ...);
    // comparing and merging take its weights.
    const RunCheckpoint &c = m_model->report().checkpoints[size_t(row)];
    return isCheckpointFolder(c.path) ? c.path : fileToOpen(row);
}

QList<int> RunsDock::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(i).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void RunsDock::onSelection()
{
    const QList<int> rows = selectedRows();
    m_average->setEnabled(rows.size() >= 2);
    if (rows.size() == 1) {
        Q_EMIT openRequested(checkpointToOpen(rows[0]));
        return;
    }
    if (rows.size() != 2)
        return;
    // The row clicked first is open already: compare it with the other one.
    const QModelIndex current = m_proxy->mapToSource(m_table->selectionModel()->currentIndex());
    const int b = current.isValid() && rows.contains(current.row()) ? current.row() : rows[1];
    const int a = rows[0] == b ? rows[1] : rows[0];
    Q_EMIT compareRequested(fileToOpen(a), fileToOpen(b));
}

void RunsDock::showStatus()
{
    switch (m_status) {
    case Status::NoSeries:
        m_best->setText(tr("File › Open Run Folder… lists the checkpoints of a training run."));
        return;
    case Status::HandPicked:
        m_best->setText(tr("The table, the best checkpoint and identical weights need a run folder."));
        return;
    case Status::Reading:
        m_best->setText(tr("Reading the checkpoints in %1…").arg(m_reading));
        return;
    case Status::Cancelled:
        m_best->setText(tr("Cancelled."));
        return;
    case Status::Report:
        break;
    }
    // The report's sentences are Phrases: shown again in the language of the moment.
    const RunReport &report = m_model->report();
    if (!report.ok()) {
        m_banner->showMessage(MessageBanner::Level::Error, tr("%1: %2").arg(report.folder, report.error.text()));
        m_best->clear();
        return;
    }
    const RunBest &best = report.best;
    m_best->setText(best.checkpoint >= 0
            ? tr("Best: %1. %2").arg(report.checkpoints[size_t(best.checkpoint)].file, best.why.text())
            : best.why.text());
    // Identical weights first: they are what the user cannot see anywhere else.
    QStringList identical, others;
    for (const Phrase &w : report.warnings)
        (w.english().contains(QStringLiteral("same weights")) ? identical : others) << w.text();
    const QStringList all = identical + others;
    if (!all.isEmpty())
        m_banner->showMessage(MessageBanner::Level::Warning, all.first(),
            all.size() > 1 ? all.mid(1).join(QLatin1Char('\n')) : QString());
}

void RunsDock::retranslate()
{
    setWindowTitle(tr("Runs"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop reading the run"));
    m_average->setText(tr("Average Selected…"));
    m_average->setToolTip(tr("Average the selected checkpoints (a model soup, SWA of the last epochs) in "
                             "Tools › Merge Checkpoints"));
    m_tabs->setTabText(m_tabs->indexOf(m_curves), tr("Curves"));
    m_tabs->setTabText(m_tabs->indexOf(m_drift), tr("Drift"));
    m_model->retranslate();
    showStatus();
}

void RunsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

} // namespace ckpt
