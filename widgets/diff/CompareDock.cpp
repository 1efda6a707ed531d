#include "widgets/diff/CompareDock.h"

#include "widgets/common/ThemeColors.h"
#include "widgets/diff/AlignmentBar.h"
#include "widgets/diff/CompareSummary.h"
#include "widgets/diff/DiffChart.h"
#include "widgets/diff/LoadCheckPanel.h"
#include "widgets/diff/ScalarChangesView.h"
#include "widgets/diff/StatusFilterBar.h"
#include "widgets/stats/HistogramPlot.h"

#include "model/document/CheckpointDocument.h"
#include "model/itemmodels/DiffTreeModel.h"
#include "model/jobs/JobRunner.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ckpt {

namespace {
constexpr int kHistogramBins = 64;
}

CompareDock::CompareDock(CheckpointDocument *doc, QWidget *parent)
    : QDockWidget(parent), m_doc(doc), m_model(new DiffModel(this)), m_tree(new DiffTreeModel(m_model, this)),
      m_treeProxy(new DiffTreeFilterProxy(this)), m_jobs(new JobRunner(this)), m_histJobs(new JobRunner(this))
{
    setObjectName(QStringLiteral("compareDock"));
    m_treeProxy->setSourceModel(m_tree);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 2, 4, 4);

    auto *row = new QHBoxLayout;
    m_files = new QLabel(body);
    m_files->setObjectName(QStringLiteral("compareFiles"));
    m_files->setTextFormat(Qt::PlainText);
    row->addWidget(m_files, 1);
    m_progress = new QProgressBar(body);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    row->addWidget(m_progress);
    m_cancel = new QToolButton(body);
    m_cancel->hide();
    row->addWidget(m_cancel);
    layout->addLayout(row);
    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // never widens the dock
    layout->addWidget(m_summary);
    m_align = new AlignmentBar(body);
    layout->addWidget(m_align);

    auto *split = new QSplitter(Qt::Horizontal, body);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new StatusFilterBar(left);
    leftLayout->addWidget(m_filter);
    m_view = new QTreeView(left);
    m_view->setObjectName(QStringLiteral("compareTable"));
    m_view->setModel(m_treeProxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // module order until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformRowHeights(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->header()->setStretchLastSection(false);
    // Keys first: module names and the tensor's name are what a row is read by.
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->resizeSection(
        DiffModel::KeyColumn, 9 * m_view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 2);
    for (int c = DiffModel::StatusColumn; c < DiffModel::ColumnCount; ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    leftLayout->addWidget(m_view, 1);

    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    m_check = new LoadCheckPanel(m_tabs);
    m_tabs->addTab(m_check, QString());
    auto *changes = new QWidget(m_tabs);
    auto *changesLayout = new QVBoxLayout(changes);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    m_largestFirst = new QCheckBox(changes);
    m_largestFirst->setObjectName(QStringLiteral("compareLargestFirst"));
    changesLayout->addWidget(m_largestFirst);
    m_chart = new DiffChart(changes);
    m_chart->setObjectName(QStringLiteral("compareChart"));
    changesLayout->addWidget(m_chart, 1);
    m_tabs->addTab(changes, QString());
    m_histogram = new HistogramPlot(m_tabs);
    m_histogram->setObjectName(QStringLiteral("compareHistogram"));
    m_tabs->addTab(m_histogram, QString());
    m_scalars = new ScalarChangesView(m_tabs);
    m_tabs->addTab(m_scalars, QString());
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({ 550, 450 });
    layout->addWidget(split, 1);
    setWidget(body);

    connect(m_filter, &StatusFilterBar::maskChanged, m_treeProxy, &DiffTreeFilterProxy::setStatusMask);
    connect(m_largestFirst, &QCheckBox::toggled, m_chart, &DiffChart::setLargestFirst);
    connect(m_cancel, &QToolButton::clicked, this, &CompareDock::cancel);
    connect(m_jobs, &JobRunner::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CompareDock::currentRowChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &CompareDock::updateHistogram);
    connect(m_chart, &DiffChart::rowClicked, this, [this](int r) {
        const QModelIndex at = m_treeProxy->mapFromSource(m_tree->indexOfRow(r));
        if (at.isValid())
            m_view->setCurrentIndex(at);
    });
    connect(m_align, &AlignmentBar::edited, this, [this] {
        m_autoAlign = false;
        run(true);
    });
    connect(m_align, &AlignmentBar::automaticRequested, this, [this] {
        m_autoAlign = true;
        run(true);
    });
    connect(m_check, &LoadCheckPanel::directionChanged, this, [this] { run(false); });
    connect(m_check, &LoadCheckPanel::fixRequested, this, &CompareDock::fixInConvert);
    connect(doc, &CheckpointDocument::partnerChanged, this, &CompareDock::start);
    connect(doc, &CheckpointDocument::checkpointChanged, this, [this] {
        // Another file is "Loads into A?" again, unless it is B of a Fix in Convert.
        if (!applyPendingFix() && m_doc->filePath() != m_fileA)
            m_check->setDirection(CheckDirection::BIntoA);
        m_fileA = m_doc->filePath();
        start();
    });
    // The check of A-into-B follows the plan: Fix in Convert, then the verdict again.
    connect(doc, &CheckpointDocument::planApplied, this, [this] {
        if (m_check->direction() == CheckDirection::AIntoB && !m_doc->partnerFile().isEmpty())
            run(false);
    });
    retranslate();
}

bool CompareDock::isBusy() const
{
    return m_jobs->isBusy();
}

void CompareDock::cancel()
{
    if (!m_jobs->isBusy())
        return;
    m_jobs->cancel();
    m_error = tr("Comparison cancelled.");
    stopped();
    Q_EMIT idle();
}

void CompareDock::stopped()
{
    m_progress->hide();
    m_cancel->hide();
    showSummary();
}

void CompareDock::start()
{
    m_autoAlign = true;
    m_last = Comparison();
    run(true);
}

void CompareDock::run(bool diff)
{
    m_error.clear();
    const CheckpointPtr a = m_doc->checkpoint();
    const QString fileB = m_doc->partnerFile();
    if (diff) {
        m_model->setResult(DiffResult());
        m_chart->setResult(DiffResult());
        m_scalars->setScalars({});
        m_filter->setSummary({});
        m_histJobs->cancel();
        m_histogram->clearStats();
    }
    if (!a || fileB.isEmpty()) {
        const bool wasBusy = m_jobs->isBusy();
        m_jobs->cancel();
        m_last = Comparison();
        m_check->clear();
        stopped();
        if (wasBusy)
            Q_EMIT idle();
        return;
    }
    ComparisonRequest q;
    q.a = a;
    if (!m_doc->plan().ops.empty() && m_doc->isPlanApplied() && m_doc->planResult().ok())
        q.aPlanned = m_doc->planResult().view;
    q.fileB = fileB;
    q.b = m_last.b && m_last.b->file == fileB ? m_last.b : nullptr;
    q.direction = m_check->direction();
    q.diff = diff || !m_last.diffed;
    q.proposeAlignment = m_autoAlign && q.diff; // a check alone leaves the diff as it is
    q.alignA = m_align->alignmentA();
    q.alignB = m_align->alignmentB();
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_check->setBusy();
    // A running comparison is told to stop; its result is dropped.
    m_jobs->start(
        [q](const JobControl &control) {
            DiffControl diffControl;
            diffControl.cancel = control.stopFlag();
            diffControl.progress = control.progressSink();
            return runComparison(q, diffControl);
        },
        [this, planned = q.aPlanned != nullptr, fresh = q.diff](Comparison out) {
            if (!fresh) { // the check again: the diff stays
                out.diffed = m_last.diffed;
                out.diff = std::move(m_last.diff);
            }
            if (out.error.isEmpty())
                m_check->setResult(out.check, out.direction, planned && out.direction == CheckDirection::AIntoB);
            onFinished(std::move(out), fresh);
        });
    showSummary();
}

void CompareDock::onFinished(Comparison out, bool newDiff)
{
    m_error = out.error.text();
    m_last = std::move(out);
    if (m_error.isEmpty()) {
        m_align->setAlignment(m_last.choicesA, m_last.alignA, m_last.choicesB, m_last.alignB, m_autoAlign);
        if (newDiff) {
            m_chart->setResult(m_last.diff);
            m_scalars->setScalars(m_last.diff.scalars);
            m_filter->setSummary(m_last.diff.summary());
            m_model->setResult(m_last.diff);
            const int scalars = m_scalars->changedCount();
            m_tabs->setTabText(3, scalars ? tr("Scalars (%1)").arg(scalars) : tr("Scalars"));
            if (m_treeProxy->rowCount() > 0) {
                if (m_last.diff.tensors.size() <= 300)
                    m_view->expandAll();
                else
                    m_view->expandToDepth(0);
            }
        }
    } else {
        m_check->clear(m_error);
    }
    stopped();
    Q_EMIT checked();
    Q_EMIT finished();
    Q_EMIT idle();
}

void CompareDock::fixInConvert()
{
    const CheckResult &r = m_last.check;
    if (!r.ok() || r.fixes.plan.ops.empty())
        return;
    if (m_last.direction == CheckDirection::AIntoB) {
        for (const EditOp &op : r.fixes.plan.ops)
            m_doc->pushStep(op);
        m_doc->setPreviewInTree(true);
        Q_EMIT fixesQueued();
        return;
    }
    // The fixes edit B: B becomes the document, compared with A, and the plan its fixes.
    m_pendingFix = PendingFix { m_doc->partnerFile(), m_doc->filePath(), r.fixes.plan };
    Q_EMIT openRequested(m_pendingFix->file, m_pendingFix->partner);
}

bool CompareDock::applyPendingFix()
{
    if (!m_pendingFix)
        return false;
    const PendingFix fix = *m_pendingFix;
    m_pendingFix.reset();
    if (QFileInfo(m_doc->filePath()) != QFileInfo(fix.file))
        return false;
    m_check->setDirection(CheckDirection::AIntoB); // the model is the old A, now B
    for (const EditOp &op : fix.plan.ops)
        m_doc->pushStep(op);
    m_doc->setPreviewInTree(true);
    Q_EMIT fixesQueued();
    return true;
}

int CompareDock::currentTensorRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(DiffTreeModel::RowRole).toInt() : -1;
}

void CompareDock::currentRowChanged()
{
    const int r = currentTensorRow();
    if (r >= 0) {
        const TensorDiff &d = m_model->diffAt(r);
        if (d.indexA >= 0)
            Q_EMIT keyActivated(d.pathA);
    }
    updateHistogram();
}

bool CompareDock::showHistogramOf(const QString &key)
{
    const DiffResult &res = m_model->result();
    for (size_t i = 0; i < res.tensors.size(); ++i)
        if (res.tensors[i].key == key) {
            m_tabs->setCurrentWidget(m_histogram);
            const QModelIndex at = m_treeProxy->mapFromSource(m_tree->indexOfRow(int(i)));
            if (!at.isValid())
                return false;
            m_view->setCurrentIndex(at);
            return true;
        }
    return false;
}

void CompareDock::updateHistogram()
{
    if (m_tabs->currentWidget() != m_histogram)
        return;
    const int r = currentTensorRow();
    const CheckpointPtr a = m_doc->checkpoint();
    const CheckpointPtr b = m_last.b;
    if (r < 0 || !a || !b) {
        m_histJobs->cancel();
        m_histogram->clearStats(tr("Choose a key to see A's and B's values on the same bins"));
        return;
    }
    const TensorDiff &d = m_model->diffAt(r);
    const int ia = d.indexA, ib = d.indexB;
    const QString key = d.key;
    m_histogram->clearStats(tr("Reading %1…").arg(key));
    m_histJobs->start(
        [a, b, ia, ib](const JobControl &control) {
            StatsControl sc;
            sc.cancel = control.stopFlag();
            return pairHistogram(*a, ia, *b, ib, kHistogramBins, sc);
        },
        [this, key](PairHistogram h) {
            if (!h.error.isEmpty())
                m_histogram->clearStats(h.error);
            else if (h.edges.empty())
                m_histogram->clearStats(tr("%1 has no finite values to count").arg(key));
            else
                m_histogram->setPair(h.a.histogram, h.b.histogram, tr("A"), tr("B"));
            Q_EMIT histogramShown();
        });
}

void CompareDock::showSummary()
{
    const CheckpointPtr ckptA = m_doc->checkpoint();
    const QString fileB = m_doc->partnerFile();
    const QString a = ckptA ? QFileInfo(ckptA->file).fileName() : tr("(no file open)");
    const QString b = fileB.isEmpty() ? tr("(choose File > Compare With…)") : QFileInfo(fileB).fileName();
    m_files->setText(tr("A: %1    B: %2").arg(a, b));
    m_files->setToolTip(ckptA ? QStringLiteral("A: %1\nB: %2").arg(ckptA->file, fileB) : QString());
    if (m_jobs->isBusy()) {
        m_summary->setText(tr("Comparing…"));
        return;
    }
    const QPalette &pal = palette();
    if (!m_error.isEmpty()) {
        m_summary->setText(CompareSummary::toned(Tone::Error, m_error.toHtmlEscaped(), pal));
        return;
    }
    const DiffResult &r = m_model->result();
    if (fileB.isEmpty() || !m_last.diffed) {
        m_summary->clear();
        return;
    }
    m_summary->setText(CompareSummary::html(r, pal));
}

void CompareDock::retranslate()
{
    setWindowTitle(tr("Compare"));
    m_cancel->setText(tr("Cancel"));
    m_largestFirst->setText(tr("Largest changes first"));
    m_largestFirst->setToolTip(tr("Order the tensors by their relative change instead of the model's order"));
    m_tabs->setTabText(0, tr("Load check"));
    m_tabs->setTabText(1, tr("Change per tensor"));
    m_tabs->setTabText(2, tr("Histogram"));
    m_tabs->setTabText(3, tr("Scalars"));
    m_histogram->setToolTip(tr("A's and B's values of the chosen key, counted on the same bins"));
    m_model->retranslate();
    showSummary();
}

void CompareDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

} // namespace ckpt
