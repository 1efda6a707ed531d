#include "widgets/safety/SafetyDock.h"

#include "model/checkpoint/Summary.h"
#include "model/checkpoint/WeightsOnly.h"
#include "model/document/CheckpointDocument.h"
#include "model/itemmodels/FindingsModel.h"
#include "model/safety/WeightsOnlyDoctor.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ckpt {

namespace {
QString className(RefusedClass c)
{
    switch (c) {
    case RefusedClass::Data:
        return SafetyDock::tr("data you can allow");
    case RefusedClass::Code:
        return SafetyDock::tr("needs its code");
    case RefusedClass::Dangerous:
        return SafetyDock::tr("dangerous");
    }
    return QString();
}

QString releasesOf(TorchReleases r)
{
    QStringList names;
    for (TorchRelease t : kTorchReleases)
        if (r & releaseBit(t))
            names << releaseKey(t);
    return names.join(QStringLiteral(", "));
}

QString whyText(const RefusedGlobal &g)
{
    return g.why.text();
}
} // namespace

SafetyDock::SafetyDock(CheckpointDocument *doc, QWidget *parent)
    : QDockWidget(parent), m_doc(doc), m_model(new FindingsModel(this)), m_banner(new QLabel),
      m_weightsOnly(new QLabel), m_view(new QTreeView), m_findingWhy(new QLabel), m_doctorTitle(new QLabel),
      m_releases(new QLabel), m_refused(new QTreeWidget), m_why(new QLabel), m_snippet(new QPlainTextEdit),
      m_copy(new QPushButton), m_makeSafe(new QPushButton)
{
    setObjectName(QStringLiteral("safetyDock"));
    m_banner->setObjectName(QStringLiteral("safetyBanner"));
    m_weightsOnly->setObjectName(QStringLiteral("weightsOnlyLabel"));
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_banner->setWordWrap(true);
    m_weightsOnly->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->header()->setStretchLastSection(true);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_weightsOnly);
    layout->addWidget(m_view, 1);
    m_findingWhy->setObjectName(QStringLiteral("findingWhy"));
    m_findingWhy->setWordWrap(true);
    m_findingWhy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findingWhy->hide();
    layout->addWidget(m_findingWhy);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showFindingWhy(current.row()); });

    m_doctorTitle->setObjectName(QStringLiteral("weightsOnlyDoctorTitle"));
    m_releases->setObjectName(QStringLiteral("weightsOnlyReleases"));
    m_releases->setWordWrap(true);
    m_refused->setObjectName(QStringLiteral("weightsOnlyRefused"));
    m_refused->setColumnCount(4);
    m_refused->setRootIsDecorated(false);
    m_refused->setAlternatingRowColors(true);
    m_refused->setWordWrap(true);
    m_refused->header()->setStretchLastSection(true);
    m_refused->setMinimumHeight(110);
    m_view->setMinimumHeight(90);
    m_why->setObjectName(QStringLiteral("weightsOnlyWhy"));
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_refused, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_why->setText(item ? QStringLiteral("<b>%1</b> (%2; %3): %4")
                                  .arg(item->text(0).toHtmlEscaped(), item->text(1).toHtmlEscaped(),
                                      tr("refused by %1").arg(item->text(2)), item->text(3).toHtmlEscaped())
                            : QString());
        m_why->setVisible(item != nullptr);
    });
    m_snippet->setObjectName(QStringLiteral("allowSnippet"));
    m_snippet->setMinimumHeight(150);
    m_snippet->setReadOnly(true);
    m_snippet->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_snippet->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy->setObjectName(QStringLiteral("copyAllowSnippet"));
    m_makeSafe->setObjectName(QStringLiteral("addWeightsOnlySafeStep"));
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(allowSnippet()); });
    connect(m_makeSafe, &QPushButton::clicked, this, [this] {
        for (const EditOp &op : m_doc->plan().ops)
            if (op.kind == EditOp::Kind::WeightsOnlySafe)
                return; // once is enough
        m_doc->pushStep(EditOp::weightsOnlySafe());
    });
    layout->addWidget(m_doctorTitle);
    layout->addWidget(m_releases);
    layout->addWidget(m_refused, 1);
    layout->addWidget(m_why);
    layout->addWidget(m_snippet, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_makeSafe);
    buttons->addStretch();
    layout->addLayout(buttons);
    // Findings, the doctor and its snippet need more height than a shared dock has: scroll.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("safetyScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    setWidget(scroll);
    refresh();
    connect(doc, &CheckpointDocument::checkpointChanged, this, [this, doc] {
        setCheckpoint(doc->checkpoint());
        if (m_ckpt && m_ckpt->worstVerdict() == Verdict::Dangerous)
            raise(); // it may sit behind the Statistics tab; the header badge says the rest
    });
}

void SafetyDock::setCheckpoint(const CheckpointPtr &ckpt)
{
    m_ckpt = ckpt;
    m_model->setFindings(ckpt ? ckpt->findings : std::vector<Finding>());
    // Long qualified names elide in the middle; the full text is in the tooltip.
    m_view->resizeColumnToContents(FindingsModel::GlobalColumn);
    m_view->setColumnWidth(FindingsModel::GlobalColumn, qMin(240, m_view->columnWidth(FindingsModel::GlobalColumn)));
    m_view->resizeColumnToContents(FindingsModel::VerdictColumn);
    m_view->resizeColumnToContents(FindingsModel::WhereColumn);
    m_view->setVisible(m_model->rowCount() > 0);
    // The worst finding's reason in full, before anything is clicked.
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    showFindingWhy(m_model->rowCount() > 0 ? 0 : -1);
    refresh();
}

void SafetyDock::showFindingWhy(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_findingWhy->clear();
        m_findingWhy->hide();
        return;
    }
    auto text = [this, row](int column) { return m_model->index(row, column).data().toString().toHtmlEscaped(); };
    m_findingWhy->setText(QStringLiteral("<b>%1</b> (%2, %3): %4")
                              .arg(text(FindingsModel::GlobalColumn), text(FindingsModel::VerdictColumn),
                                  text(FindingsModel::WhereColumn), text(FindingsModel::DetailColumn)));
    m_findingWhy->show();
}

QString SafetyDock::allowSnippet() const
{
    return m_snippet->toPlainText();
}

void SafetyDock::refreshDoctor()
{
    m_doctorTitle->setText(tr("<b>The weights_only doctor</b>"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the lines that make torch.load(weights_only=True) accept the plain data"));
    m_makeSafe->setText(tr("Make weights-only loadable…"));
    m_makeSafe->setToolTip(tr("Add the step that rewrites the plain data into plain values to the conversion plan"));
    m_refused->setHeaderLabels({ tr("Global"), tr("Class"), tr("Refused by"), tr("What it is") });
    m_refused->clear();
    const bool torchLoad = m_ckpt
        && (m_ckpt->format == Format::TorchZip || m_ckpt->format == Format::TorchLegacy
            || m_ckpt->format == Format::TorchScript);
    const WeightsOnlyExplanation e = torchLoad ? explainWeightsOnly(*m_ckpt) : WeightsOnlyExplanation();
    const bool show = torchLoad && (!e.all.empty() || !e.verdicts.back().loadable);
    for (QWidget *w : { static_cast<QWidget *>(m_doctorTitle), static_cast<QWidget *>(m_releases),
             static_cast<QWidget *>(m_refused), static_cast<QWidget *>(m_snippet), static_cast<QWidget *>(m_copy),
             static_cast<QWidget *>(m_makeSafe), static_cast<QWidget *>(m_why) })
        w->setVisible(show);
    if (!show) {
        m_snippet->clear();
        return;
    }
    QStringList releases;
    for (const WeightsOnlyVerdict &w : e.verdicts)
        releases << (w.loadable ? tr("torch %1: loads").arg(releaseKey(w.release))
                : w.outcome == WeightsOnlyOutcome::DependsOnRelease
                ? tr("torch %1: depends on the release").arg(releaseKey(w.release))
                : w.outcome == WeightsOnlyOutcome::HandedToJit
                ? tr("torch %1: hands it to torch.jit.load").arg(releaseKey(w.release))
                : tr("torch %1: refuses").arg(releaseKey(w.release)));
    m_releases->setText(releases.join(QStringLiteral(" · ")));
    for (const RefusedGlobal &g : e.all) {
        auto *item
            = new QTreeWidgetItem(m_refused, { g.global, className(g.cls), releasesOf(g.refusedBy), whyText(g) });
        item->setToolTip(3, whyText(g));
        item->setData(1, Qt::UserRole, refusedClassName(g.cls));
    }
    for (int c = 0; c < 3; ++c)
        m_refused->resizeColumnToContents(c);
    m_refused->setColumnWidth(0, qMin(260, m_refused->columnWidth(0)));
    if (m_refused->topLevelItemCount() > 0)
        m_refused->setCurrentItem(m_refused->topLevelItem(0));
    else
        m_why->hide();
    m_refused->setVisible(!e.all.empty());
    m_snippet->setPlainText(e.allowSnippet);
    m_snippet->setVisible(!e.allowSnippet.isEmpty());
    m_copy->setVisible(!e.allowSnippet.isEmpty());
    m_copy->setEnabled(!e.allowSnippet.isEmpty());
    m_makeSafe->setVisible(!e.all.empty());
}

void SafetyDock::refresh()
{
    setWindowTitle(tr("Safety"));
    refreshDoctor();
    if (!m_ckpt) {
        m_banner->hide();
        m_weightsOnly->setText(tr("No checkpoint open."));
        return;
    }
    const Verdict worst = m_ckpt->worstVerdict();
    if (worst == Verdict::Allowed) {
        m_banner->hide();
    } else {
        const QString color = FindingsModel::verdictColor(worst).name();
        m_banner->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: white; padding: 6px; border-radius: 4px; }").arg(color));
        const bool torchLoadRunsIt = std::any_of(m_ckpt->findings.begin(), m_ckpt->findings.end(),
            [](const Finding &f) { return f.verdict == Verdict::Dangerous && f.readByTorchLoad; });
        m_banner->setText(worst == Verdict::Dangerous && torchLoadRunsIt
                ? tr("<b>Do not torch.load this file.</b> It references globals that can run arbitrary code. "
                     "Nothing from it was run here.")
                : worst == Verdict::Dangerous
                ? tr("<b>Hostile file.</b> Code that can run anything is hidden where torch.load does not read, "
                     "but other loaders and tools do. Nothing from it was run here.")
                : worst == Verdict::Invalid
                ? tr("<b>Suspicious structure.</b> The file is damaged or crafted; what could be read is shown.")
                : tr("<b>Needs code.</b> Importing and calling the code below is what "
                     "torch.load(weights_only=False) would do; only do that for files you trust."));
        m_banner->show();
    }
    const bool ok = weightsOnlyVerdict(*m_ckpt).loadable;
    const QString line = Summary::safetyLine(*m_ckpt).text().toHtmlEscaped();
    const SafetyGrade grade = safetyGrade(*m_ckpt);
    if (grade == SafetyGrade::NotChecked || grade == SafetyGrade::Unreadable) {
        m_weightsOnly->setText(tr("? Cannot be judged.<br><small>%1</small>").arg(line));
        return;
    }
    if (m_ckpt->format == Format::Safetensors || (m_ckpt->format == Format::Sharded && grade == SafetyGrade::Safe)) {
        m_weightsOnly->setText(tr("✔ safetensors holds no code: it is not a torch.load file; load it with "
                                  "safetensors.torch.load_file.<br><small>%1</small>")
                                   .arg(line));
        return;
    }
    // Releases differ (1.13's unpickler lacks BINFLOAT): a yes names the ones that say it.
    QStringList accept, refuse, depends;
    weightsOnlyReleases(*m_ckpt, &accept, &refuse, &depends);
    const QString comma = QStringLiteral(", ");
    if (ok && !depends.isEmpty()) { // the allow-list grew during 2.x: which release matters
        m_weightsOnly->setText(refuse.isEmpty()
                ? tr("✔ Stock <code>torch.load(weights_only=True)</code> of torch %1 accepts this file; in %2 it "
                     "depends on the release.<br><small>%3</small>")
                      .arg(accept.join(comma), depends.join(comma), line)
                : tr("✔ Stock <code>torch.load(weights_only=True)</code> of torch %1 accepts this file; %2 refuses "
                     "it; in %3 it depends on the release.<br><small>%4</small>")
                      .arg(accept.join(comma), refuse.join(comma), depends.join(comma), line));
        return;
    }
    if (ok && !refuse.isEmpty()) {
        m_weightsOnly->setText(tr("✔ Stock <code>torch.load(weights_only=True)</code> of torch %1 accepts this file; "
                                  "%2 refuses it.<br><small>%3</small>")
                                   .arg(accept.join(QStringLiteral(", ")), refuse.join(QStringLiteral(", ")), line));
        return;
    }
    if (!ok && !accept.isEmpty()) { // the newest refuses what an older release accepts (the tar layout)
        m_weightsOnly->setText(tr("✘ Stock <code>torch.load(weights_only=True)</code> of torch %1 (its default "
                                  "there) refuses this file; %2 accepts it.<br><small>%3</small>")
                                   .arg(torchReleaseName(kTorchReleases.back()), accept.join(comma), line));
        return;
    }
    m_weightsOnly->setText(ok
            ? tr("✔ Stock <code>torch.load(weights_only=True)</code> accepts this file.<br><small>%1</small>").arg(line)
            : tr("✘ Stock <code>torch.load(weights_only=True)</code> would not accept this file.<br><small>%1</small>")
                  .arg(line));
}

void SafetyDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        showFindingWhy(m_view->currentIndex().row());
        refresh();
    }
    QDockWidget::changeEvent(event);
}

} // namespace ckpt
