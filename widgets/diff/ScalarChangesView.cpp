#include "widgets/diff/ScalarChangesView.h"

#include "model/itemmodels/DiffModel.h"

#include <QEvent>
#include <QHeaderView>

namespace ckpt {

ScalarChangesView::ScalarChangesView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("compareScalars"));
    setColumnCount(3);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setTextElideMode(Qt::ElideMiddle);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    retranslate();
}

void ScalarChangesView::setScalars(const std::vector<ScalarDiff> &scalars)
{
    m_scalars.clear();
    for (const ScalarDiff &s : scalars)
        if (s.status != DiffStatus::Same)
            m_scalars.push_back(s);
    m_changed = int(m_scalars.size());
    retranslate();
}

void ScalarChangesView::retranslate()
{
    setHeaderLabels({ tr("Scalar"), tr("A"), tr("B") });
    clear();
    const int shown = std::min<int>(int(m_scalars.size()), 2000);
    for (int i = 0; i < shown; ++i) {
        const ScalarDiff &s = m_scalars[size_t(i)];
        auto *item = new QTreeWidgetItem(this,
            { s.key, s.status == DiffStatus::OnlyB ? tr("(absent)") : s.a,
                s.status == DiffStatus::OnlyA ? tr("(absent)") : s.b });
        item->setToolTip(0, s.key);
        item->setForeground(0, DiffModel::statusColor(s.status));
    }
    if (m_scalars.empty()) {
        auto *item = new QTreeWidgetItem(this, { tr("No scalar differs") });
        item->setFlags(Qt::NoItemFlags);
    }
}

void ScalarChangesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

} // namespace ckpt
