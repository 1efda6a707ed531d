#include "widgets/diff/CompareDock.h"

#include "widgets/diff/DiffChart.h"

#include "model/document/CheckpointDocument.h"
#include "model/formats/CheckpointReader.h"
#include "model/itemmodels/DiffModel.h"
#include "model/jobs/JobRunner.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ckpt {

CompareDock::CompareDock(CheckpointDocument *doc, QWidget *parent)
    : QDockWidget(parent), m_doc(doc), m_model(new DiffModel(this)), m_proxy(new DiffFilterProxy(this)),
      m_jobs(new JobRunner(this))
{
    setObjectName(QStringLiteral("compareDock"));
    m_proxy->setSourceModel(m_model);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 2, 4, 4);

    m_files = new QLabel(body);
    m_files->setObjectName(QStringLiteral("compareFiles"));
    m_files->setTextFormat(Qt::PlainText);
    m_files->setWordWrap(true);
    layout->addWidget(m_files);
    auto *row = new QHBoxLayout;
    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // never widens the dock
    row->addWidget(m_summary, 1);
    m_progress = new QProgressBar(body);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    row->addWidget(m_progress);
    m_cancel = new QToolButton(body);
    m_cancel->hide();
    row->addWidget(m_cancel);
    m_onlyDifferent = new QCheckBox(body);
    m_onlyDifferent->setObjectName(QStringLiteral("compareOnlyDifferent"));
    row->addWidget(m_onlyDifferent);
    layout->addLayout(row);

    auto *split = new QSplitter(Qt::Horizontal, body);
    m_chart = new DiffChart(split);
    m_chart->setObjectName(QStringLiteral("compareChart"));
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // key order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(DiffModel::KeyColumn, QHeaderView::Stretch);
    for (int c = DiffModel::StatusColumn; c < DiffModel::ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // keys differ at their ends
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({ 330, 670 }); // proportions: the table needs room for keys
    layout->addWidget(split, 1);
    setWidget(body);

    connect(m_onlyDifferent, &QCheckBox::toggled, m_proxy, &DiffFilterProxy::setOnlyDifferent);
    connect(m_cancel, &QToolButton::clicked, this, &CompareDock::cancel);
    connect(m_jobs, &JobRunner::progressChanged, m_progress, &QProgressBar::setValue);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            if (!current.isValid())
                return;
            const TensorDiff &d = m_model->diffAt(m_proxy->mapToSource(current).row());
            if (d.indexA >= 0)
                Q_EMIT keyActivated(d.pathA);
        });
    connect(m_chart, &DiffChart::rowClicked, this, [this](int row) {
        const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, DiffModel::KeyColumn));
        if (at.isValid())
            m_table->setCurrentIndex(at);
    });
    retranslate();
    connect(doc, &CheckpointDocument::partnerChanged, this, &CompareDock::start);
    connect(doc, &CheckpointDocument::checkpointChanged, this, &CompareDock::start);
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
    m_error.clear();
    m_model->setResult(DiffResult());
    m_chart->setResult(DiffResult());
    const CheckpointPtr a = m_doc->checkpoint();
    const QString fileB = m_doc->partnerFile();
    if (!a || fileB.isEmpty()) {
        const bool wasBusy = m_jobs->isBusy();
        m_jobs->cancel();
        stopped();
        if (wasBusy)
            Q_EMIT idle();
        return;
    }
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    // A running comparison is told to stop; its result is dropped.
    m_jobs->start(
        [a, fileB](const JobControl &control) {
            Outcome out;
            const CheckpointPtr b = openCheckpoint(fileB);
            if (!b->ok()) {
                out.error = b->error;
                return out;
            }
            DiffControl diff;
            diff.cancel = control.stopFlag();
            diff.progress = control.progressSink();
            out.result = diffCheckpoints(*a, *b, {}, diff);
            return out;
        },
        [this](Outcome out) { onFinished(std::move(out)); });
    showSummary();
}

void CompareDock::onFinished(Outcome out)
{
    m_error = out.error;
    if (m_error.isEmpty()) {
        m_chart->setResult(out.result);
        m_model->setResult(std::move(out.result));
    }
    stopped();
    Q_EMIT finished();
    Q_EMIT idle();
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
    if (!m_error.isEmpty()) {
        m_summary->setText(QStringLiteral("<span style='color:#c62828'>%1</span>").arg(m_error.toHtmlEscaped()));
        return;
    }
    const DiffResult &r = m_model->result();
    if (r.tensors.empty()) {
        m_summary->clear();
        return;
    }
    const DiffSummary s = r.summary();
    QString text = tr("<b>%1</b> same, <b>%2</b> changed, <b>%3</b> only in A, <b>%4</b> only in B")
                       .arg(s.same)
                       .arg(s.changed)
                       .arg(s.onlyA)
                       .arg(s.onlyB);
    if (s.shapeMismatch + s.dtypeMismatch)
        text += tr(", <b>%1</b> shape or dtype differs").arg(s.shapeMismatch + s.dtypeMismatch);
    if (s.scalarsChanged)
        text += tr("; %n scalar(s) differ", nullptr, s.scalarsChanged);
    if (!r.hint.isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(r.hint.toHtmlEscaped());
    m_summary->setText(text);
    QStringList tip;
    for (const ScalarDiff &d : r.scalars)
        if (d.status != DiffStatus::Same && tip.size() < 30)
            tip << QStringLiteral("%1: %2 → %3").arg(d.key, d.a, d.b);
    m_summary->setToolTip(tip.join(QLatin1Char('\n')));
}

void CompareDock::retranslate()
{
    setWindowTitle(tr("Compare"));
    m_onlyDifferent->setText(tr("Only different"));
    m_cancel->setText(tr("Cancel"));
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
