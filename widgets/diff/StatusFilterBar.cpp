#include "widgets/diff/StatusFilterBar.h"

#include "model/itemmodels/DiffModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace ckpt {

namespace {
constexpr int kStatuses = int(DiffStatus::Error) + 1;

QIcon swatch(const QColor &c)
{
    QPixmap p(10, 10);
    p.fill(Qt::transparent);
    QPainter painter(&p);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(c);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(1, 1, 8, 8);
    return QIcon(p);
}
} // namespace

StatusFilterBar::StatusFilterBar(QWidget *parent) : QWidget(parent), m_counts(kStatuses, 0)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    for (int s = 0; s < kStatuses; ++s) {
        auto *b = new QToolButton(this);
        b->setCheckable(true);
        b->setChecked(true);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setIcon(swatch(DiffModel::statusColor(DiffStatus(s))));
        b->setObjectName(QStringLiteral("compareFilter_%1").arg(diffStatusName(DiffStatus(s))));
        connect(b, &QToolButton::toggled, this, [this] { Q_EMIT maskChanged(mask()); });
        row->addWidget(b);
        m_buttons.push_back(b);
    }
    row->addStretch(1);
    retranslate();
}

void StatusFilterBar::setSummary(const DiffSummary &s)
{
    m_counts = { s.same, s.changed, s.onlyA, s.onlyB, s.shapeMismatch, s.dtypeMismatch, s.error };
    retranslate();
}

uint StatusFilterBar::mask() const
{
    uint m = 0;
    for (int s = 0; s < kStatuses; ++s)
        if (m_buttons[size_t(s)]->isChecked())
            m |= 1u << s;
    return m;
}

void StatusFilterBar::retranslate()
{
    for (int s = 0; s < kStatuses; ++s) {
        QToolButton *b = m_buttons[size_t(s)];
        b->setText(tr("%1 (%2)").arg(DiffModel::statusText(DiffStatus(s))).arg(m_counts[size_t(s)]));
        b->setToolTip(tr("Show or hide the keys whose status is '%1'").arg(DiffModel::statusText(DiffStatus(s))));
        // Statuses no key has take no room; "unreadable" only shows when it happens.
        b->setVisible(m_counts[size_t(s)] > 0 || DiffStatus(s) != DiffStatus::Error);
    }
}

void StatusFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ckpt
