#include "widgets/convert/CastWarnings.h"

#include "model/checkpoint/PathGlob.h"
#include "model/document/CheckpointDocument.h"
#include "model/jobs/JobRunner.h"
#include "widgets/common/ThemeColors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ckpt {

namespace {
enum Column { TensorColumn, CastColumn, OverflowColumn, UnderflowColumn, ErrorColumn };

QString readingText()
{
    return CastWarnings::tr("Reading the values the casts change…");
}

bool castsAnything(const EditPlan &plan)
{
    return std::any_of(
        plan.ops.begin(), plan.ops.end(), [](const EditOp &op) { return op.kind == EditOp::Kind::Cast; });
}

} // namespace

CastWarnings::CastWarnings(CheckpointDocument *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_jobs(new JobRunner(this))
{
    setObjectName(QStringLiteral("castWarnings"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("castSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    row->addWidget(m_summary, 1);
    m_keep = new QPushButton(this);
    m_keep->setObjectName(QStringLiteral("castKeepHarmed"));
    row->addWidget(m_keep, 0, Qt::AlignTop);
    layout->addLayout(row);
    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("castTable"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setColumnCount(5);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(TensorColumn, QHeaderView::Stretch);
    for (int c = CastColumn; c <= ErrorColumn; ++c)
        m_table->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setMaximumHeight(140);
    layout->addWidget(m_table);

    connect(m_keep, &QPushButton::clicked, this, &CastWarnings::keepHarmed);
    connect(m_doc, &CheckpointDocument::planApplied, this, &CastWarnings::refresh);
    connect(m_doc, &CheckpointDocument::checkpointChanged, this, &CastWarnings::refresh);
    retranslate();
    refresh();
}

bool CastWarnings::isBusy() const
{
    return m_jobs->isBusy();
}

void CastWarnings::refresh()
{
    const CheckpointPtr file = m_doc->checkpoint();
    const EditResult &r = m_doc->planResult();
    if (!file || !m_doc->isPlanApplied() || !castsAnything(m_doc->plan()) || !r.view || !r.ok()) {
        m_jobs->cancel();
        m_risks.clear();
        hide();
        Q_EMIT computed();
        return;
    }
    const CheckpointPtr source = r.extendedSource ? r.extendedSource : file;
    const std::shared_ptr<const Checkpoint> view = r.view;
    m_summary->setText(readingText());
    m_table->clear();
    m_keep->setEnabled(false);
    QWidget::show();
    m_jobs->start(
        [source, view](const JobControl &control) {
            WorkControl work;
            work.cancel = control.stopFlag();
            std::vector<CastRisk> risks = previewCasts(*source, *view, work);
            sortByHarm(risks);
            return risks;
        },
        [this](std::vector<CastRisk> risks) { show(std::move(risks)); });
}

void CastWarnings::show(std::vector<CastRisk> risks)
{
    m_risks = std::move(risks);
    m_table->clear();
    const QLocale locale;
    const QColor warning = toneColor(Tone::Error, palette());
    int harmed = 0;
    double worstError = 0;
    for (const CastRisk &r : m_risks) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(TensorColumn, r.path);
        item->setToolTip(TensorColumn, r.path);
        item->setText(CastColumn, QStringLiteral("%1 → %2").arg(dtypeName(r.from), dtypeName(r.to)));
        if (!r.error.isEmpty()) {
            item->setText(OverflowColumn, tr("not read: %1").arg(r.error.text()));
            continue;
        }
        item->setText(OverflowColumn, locale.toString(r.overflow));
        item->setText(UnderflowColumn, locale.toString(r.underflow));
        item->setText(ErrorColumn, locale.toString(r.maxAbsError, 'g', 3));
        for (int c = OverflowColumn; c <= ErrorColumn; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (r.harmful()) {
            ++harmed;
            for (int c = 0; c <= ErrorColumn; ++c)
                item->setForeground(c, warning);
        }
        worstError = std::max(worstError, r.maxAbsError);
    }
    if (harmed > 0)
        m_summary->setText(tr("%n of the cast tensors lose values: finite values become inf, or non-zero values "
                              "become 0.",
            nullptr, harmed));
    else
        m_summary->setText(tr("No value of the %n cast tensors overflows or underflows; the largest rounding "
                              "error is %1.",
            nullptr, int(m_risks.size()))
                               .arg(locale.toString(worstError, 'g', 3)));
    m_keep->setEnabled(harmed > 0);
    m_table->setVisible(!m_risks.empty());
    Q_EMIT computed();
}

void CastWarnings::keepHarmed()
{
    QStringList paths;
    for (const CastRisk &r : m_risks)
        if (r.harmful())
            paths << globEscape(r.path);
    if (!paths.isEmpty())
        m_doc->pushStep(EditOp::keepDType(paths));
}

void CastWarnings::retranslate()
{
    m_table->setHeaderLabels({ tr("Tensor"), tr("Cast"), tr("Overflow"), tr("Underflow"), tr("Max |error|") });
    m_table->headerItem()->setToolTip(OverflowColumn, tr("Finite values that become ±inf"));
    m_table->headerItem()->setToolTip(UnderflowColumn, tr("Non-zero values that become 0"));
    m_table->headerItem()->setToolTip(ErrorColumn, tr("The largest |cast − value| over the values that stay finite"));
    m_keep->setText(tr("Keep These in Their dtype"));
    m_keep->setToolTip(tr("Add a step that leaves the tensors that lose values in their dtype"));
}

void CastWarnings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_jobs->isBusy())
            m_summary->setText(readingText());
        else if (!m_risks.empty())
            show(std::move(m_risks));
    }
    QWidget::changeEvent(event);
}

} // namespace ckpt
