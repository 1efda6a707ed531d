#include "widgets/stats/StatisticsDock.h"

#include "model/document/CheckpointDocument.h"

#include "widgets/stats/ModelStatsView.h"
#include "widgets/stats/TensorStatsPanel.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ckpt {

StatisticsDock::StatisticsDock(CheckpointDocument *doc, QWidget *parent)
    : QDockWidget(parent), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("statisticsDock"));
    const auto store = std::make_shared<StatsStore>();
    m_panel = new TensorStatsPanel(store, m_tabs);
    m_model = new ModelStatsView(store, m_tabs);
    m_tabs->setObjectName(QStringLiteral("statisticsTabs"));
    m_panel->setObjectName(QStringLiteral("tensorStatsPanel"));
    m_model->setObjectName(QStringLiteral("modelStatsView"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_panel, QString());
    m_tabs->addTab(m_model, QString());
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(m_tabs);
    setWidget(body);
    retranslateUi();

    // Queued: a tab being raised says so before the layout has moved it into view.
    connect(this, &QDockWidget::visibilityChanged, this, &StatisticsDock::sync, Qt::QueuedConnection);
    connect(m_panel, &TensorStatsPanel::idle, this, &StatisticsDock::idle);
    connect(m_model, &ModelStatsView::tensorActivated, this, [this](int index) {
        m_tabs->setCurrentWidget(m_panel);
        Q_EMIT tensorActivated(index);
    });
    connect(doc, &CheckpointDocument::checkpointChanged, this, [this, doc] { setCheckpoint(doc->checkpoint()); });
    connect(doc, &CheckpointDocument::selectionChanged, this,
        [this, doc] { setCurrentTensor(doc->selection().tensorIndex); });
}

void StatisticsDock::setCheckpoint(const CheckpointPtr &ckpt)
{
    m_ckpt = ckpt;
    m_current = -1;
    m_shown = -2;
    m_model->setCheckpoint(ckpt); // lists the tensors; computes only on request
    m_panel->setTensor(nullptr, -1);
}

void StatisticsDock::setCurrentTensor(int tensorIndex)
{
    m_current = tensorIndex;
    sync();
}

bool StatisticsDock::isOnScreen() const
{
    // A dock behind another's tab stays "visible", moved out of sight.
    return isVisible() && !visibleRegion().isEmpty();
}

void StatisticsDock::sync()
{
    if (!isOnScreen() || m_shown == m_current)
        return;
    m_shown = m_current;
    m_panel->setTensor(m_current >= 0 ? m_ckpt : nullptr, m_current);
}

bool StatisticsDock::isBusy() const
{
    return isOnScreen() && m_panel->isComputing();
}

void StatisticsDock::retranslateUi()
{
    setWindowTitle(tr("Statistics"));
    m_tabs->setTabText(m_tabs->indexOf(m_panel), tr("Selected Tensor"));
    m_tabs->setTabText(m_tabs->indexOf(m_model), tr("Whole Model"));
}

void StatisticsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

} // namespace ckpt
