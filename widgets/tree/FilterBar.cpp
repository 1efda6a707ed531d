#include "widgets/tree/FilterBar.h"

#include "widgets/common/ThemeColors.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace ckpt {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent), m_pattern(new QLineEdit(this)), m_mode(new QComboBox(this)), m_dtype(new QComboBox(this)),
      m_device(new QComboBox(this)), m_count(new QLabel(this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_pattern->setObjectName(QStringLiteral("filterEdit"));
    m_mode->setObjectName(QStringLiteral("filterMode"));
    m_dtype->setObjectName(QStringLiteral("dtypeFilter"));
    m_device->setObjectName(QStringLiteral("deviceFilter"));
    m_count->setObjectName(QStringLiteral("matchCountLabel"));
    m_pattern->setClearButtonEnabled(true);
    m_pattern->installEventFilter(this); // Down: into the results
    m_mode->addItems({ QString(), QString(), QString() });
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToContents); // as wide as the language of the moment needs
    m_dtype->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_device->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_count->setMinimumWidth(90);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pattern, 1);
    layout->addWidget(m_mode);
    layout->addWidget(m_dtype);
    layout->addWidget(m_device);
    layout->addWidget(m_count);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, [this] { Q_EMIT specChanged(spec()); });
    connect(m_pattern, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *box : { m_mode, m_dtype, m_device })
        connect(box, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT specChanged(spec()); });
    fillChoices(m_dtype, QString(), {});
    fillChoices(m_device, QString(), {});
    retranslateUi();
}

FilterSpec FilterBar::spec() const
{
    FilterSpec s;
    s.mode = FilterSpec::Mode(qMax(0, m_mode->currentIndex()));
    s.text = m_pattern->text().trimmed();
    s.dtype = m_dtype->currentData().toString();
    s.device = m_device->currentData().toString();
    return s;
}

void FilterBar::fillChoices(QComboBox *box, const QString &allText, const QStringList &items)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(allText, QString());
    for (const QString &item : items)
        box->addItem(item, item);
    box->setCurrentIndex(qMax(0, box->findData(current)));
}

void FilterBar::setChoices(const QStringList &dtypes, const QStringList &devices)
{
    fillChoices(m_dtype, tr("all dtypes"), dtypes);
    fillChoices(m_device, tr("all devices"), devices);
}

void FilterBar::setResult(int matches, const QString &error, bool running)
{
    m_lastMatches = matches;
    m_lastError = error;
    m_running = running;
    if (running)
        m_count->setText(tr("searching…"));
    else if (!error.isEmpty())
        m_count->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                             .arg(toneColor(Tone::Error, palette()).name(), tr("invalid pattern")));
    else if (matches < 0)
        m_count->clear();
    else
        m_count->setText(matches == 1 ? tr("1 match") : tr("%1 matches").arg(matches));
    m_count->setToolTip(error);
    m_pattern->setStyleSheet(error.isEmpty()
            ? QString()
            : QStringLiteral("QLineEdit { border: 1px solid %1; }").arg(toneColor(Tone::Error, palette()).name()));
}

void FilterBar::focusPattern()
{
    m_pattern->setFocus(Qt::ShortcutFocusReason);
    m_pattern->selectAll();
}

void FilterBar::retranslateUi()
{
    m_pattern->setPlaceholderText(tr("Filter keys (a pattern with / matches the full path)"));
    m_mode->setItemText(0, tr("Substring"));
    m_mode->setItemText(1, tr("Glob"));
    m_mode->setItemText(2, tr("Regex"));
    m_mode->setToolTip(tr("How the pattern is matched; always case-insensitive"));
    m_dtype->setItemText(0, tr("all dtypes"));
    m_device->setItemText(0, tr("all devices"));
    m_pattern->setAccessibleName(tr("Filter keys"));
    m_mode->setAccessibleName(tr("Pattern kind"));
    m_dtype->setAccessibleName(tr("Filter by dtype"));
    m_device->setAccessibleName(tr("Filter by device"));
    m_count->setAccessibleName(tr("Matches"));
    setResult(m_lastMatches, m_lastError, m_running);
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pattern && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        Q_EMIT moveToResults();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace ckpt
