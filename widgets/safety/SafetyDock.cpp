#include "widgets/safety/SafetyDock.h"

#include "model/checkpoint/Summary.h"
#include "model/checkpoint/WeightsOnly.h"
#include "model/document/CheckpointDocument.h"
#include "model/itemmodels/FindingsModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace ckpt {

SafetyDock::SafetyDock(CheckpointDocument *doc, QWidget *parent)
    : QDockWidget(parent), m_model(new FindingsModel(this)), m_banner(new QLabel), m_weightsOnly(new QLabel),
      m_view(new QTreeView)
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
    layout->addStretch();
    setWidget(body);
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
    refresh();
}

void SafetyDock::refresh()
{
    setWindowTitle(tr("Safety"));
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
        m_banner->setText(worst == Verdict::Dangerous ? tr("<b>Do not torch.load this file.</b> It references globals "
                                                           "that can run arbitrary code. Nothing from it was run here.")
                : worst == Verdict::Invalid
                ? tr("<b>Suspicious structure.</b> The file is damaged or crafted; what could be read is shown.")
                : tr("<b>Needs code.</b> Importing and calling the code below is what "
                     "torch.load(weights_only=False) would do; only do that for files you trust."));
        m_banner->show();
    }
    const bool ok = weightsOnlyVerdict(*m_ckpt).loadable;
    const QString line = Summary::safetyLine(*m_ckpt).toHtmlEscaped();
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
    m_weightsOnly->setText(ok
            ? tr("✔ Stock <code>torch.load(weights_only=True)</code> accepts this file.<br><small>%1</small>").arg(line)
            : tr("✘ Stock <code>torch.load(weights_only=True)</code> would not accept this file.<br><small>%1</small>")
                  .arg(line));
}

void SafetyDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        refresh();
    }
    QDockWidget::changeEvent(event);
}

} // namespace ckpt
