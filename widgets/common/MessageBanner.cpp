#include "widgets/common/MessageBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace ckpt {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    m_text->setObjectName(QStringLiteral("messageBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Hide this message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clear);
    hide();
}

void MessageBanner::showMessage(Level level, const QString &text, const QString &details)
{
    const bool error = level == Level::Error;
    setStyleSheet(error ? QStringLiteral("QFrame#messageBanner { background: #fdecea; border: 1px solid #e0a19b; "
                                         "border-radius: 4px; } QLabel { color: #7f1d1d; }")
                        : QStringLiteral("QFrame#messageBanner { background: #fff6e0; border: 1px solid #e4c07a; "
                                         "border-radius: 4px; } QLabel { color: #6b4a00; }"));
    m_icon->setPixmap(style()
                          ->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning)
                          .pixmap(QSize(20, 20), devicePixelRatioF()));
    m_text->setText(text);
    m_text->setToolTip(details);
    show();
}

void MessageBanner::clear()
{
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return isVisible() ? m_text->text() : QString();
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_close->setToolTip(tr("Hide this message"));
    QFrame::changeEvent(event);
}

} // namespace ckpt
