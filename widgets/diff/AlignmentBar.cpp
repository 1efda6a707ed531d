#include "widgets/diff/AlignmentBar.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

namespace ckpt {

AlignmentBar::AlignmentBar(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    const char *names[] = { "A", "B" };
    for (int s = 0; s < 2; ++s) {
        m_side[s] = new QLabel(this);
        m_rootLabel[s] = new QLabel(this);
        m_prefixLabel[s] = new QLabel(this);
        m_root[s] = new QComboBox(this);
        m_prefix[s] = new QComboBox(this);
        for (QComboBox *c : { m_root[s], m_prefix[s] }) {
            c->setEditable(true);
            c->setInsertPolicy(QComboBox::NoInsert);
            c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            c->setMinimumContentsLength(14);
        }
        m_root[s]->setObjectName(QStringLiteral("compareRoot%1").arg(QLatin1String(names[s])));
        m_prefix[s]->setObjectName(QStringLiteral("comparePrefix%1").arg(QLatin1String(names[s])));
        m_rootLabel[s]->setBuddy(m_root[s]);
        m_prefixLabel[s]->setBuddy(m_prefix[s]);
        grid->addWidget(m_side[s], s, 0);
        grid->addWidget(m_rootLabel[s], s, 1);
        grid->addWidget(m_root[s], s, 2);
        grid->addWidget(m_prefixLabel[s], s, 3);
        grid->addWidget(m_prefix[s], s, 4);
        for (QComboBox *c : { m_root[s], m_prefix[s] }) {
            connect(c, &QComboBox::activated, this, [this] {
                m_automatic = false;
                Q_EMIT edited();
            });
            connect(c->lineEdit(), &QLineEdit::editingFinished, this, [this, c] {
                if (c->lineEdit()->isModified()) {
                    c->lineEdit()->setModified(false);
                    m_automatic = false;
                    Q_EMIT edited();
                }
            });
        }
    }
    grid->setColumnStretch(2, 2);
    grid->setColumnStretch(4, 1);
    m_auto = new QToolButton(this);
    m_auto->setObjectName(QStringLiteral("compareAutoAlign"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("compareAlignState"));
    grid->addWidget(m_auto, 0, 5);
    grid->addWidget(m_state, 1, 5);
    connect(m_auto, &QToolButton::clicked, this, &AlignmentBar::automaticRequested);
    retranslate();
}

void AlignmentBar::fill(QComboBox *combo, const QStringList &values, const QString &current, const QString &emptyText)
{
    const QSignalBlocker block(combo);
    combo->clear();
    QStringList all = values;
    if (!all.contains(current))
        all << current;
    for (const QString &v : all)
        combo->addItem(v.isEmpty() ? emptyText : v, v);
    combo->setCurrentIndex(int(all.indexOf(current)));
}

QString AlignmentBar::valueOf(const QComboBox *combo)
{
    const int i = combo->currentIndex();
    if (i >= 0 && combo->itemText(i) == combo->currentText())
        return combo->itemData(i).toString();
    return combo->currentText().trimmed();
}

void AlignmentBar::setAlignment(const AlignmentChoices &choicesA, const SideAlignment &a,
    const AlignmentChoices &choicesB, const SideAlignment &b, bool automatic)
{
    m_automatic = automatic;
    const AlignmentChoices *choices[] = { &choicesA, &choicesB };
    const SideAlignment *align[] = { &a, &b };
    for (int s = 0; s < 2; ++s) {
        fill(m_root[s], choices[s]->roots, align[s]->root, tr("(whole file)"));
        fill(m_prefix[s], choices[s]->prefixes, align[s]->strip, tr("(none)"));
    }
    retranslate();
}

SideAlignment AlignmentBar::alignmentA() const
{
    return { valueOf(m_root[0]), valueOf(m_prefix[0]) };
}

SideAlignment AlignmentBar::alignmentB() const
{
    return { valueOf(m_root[1]), valueOf(m_prefix[1]) };
}

void AlignmentBar::chooseRoot(int side, const QString &root)
{
    const int i = m_root[side]->findData(root);
    if (i >= 0)
        m_root[side]->setCurrentIndex(i);
    else
        m_root[side]->setEditText(root);
    m_automatic = false;
    Q_EMIT edited();
}

void AlignmentBar::choosePrefix(int side, const QString &prefix)
{
    const int i = m_prefix[side]->findData(prefix);
    if (i >= 0)
        m_prefix[side]->setCurrentIndex(i);
    else
        m_prefix[side]->setEditText(prefix);
    m_automatic = false;
    Q_EMIT edited();
}

void AlignmentBar::retranslate()
{
    m_side[0]->setText(tr("<b>A</b>"));
    m_side[1]->setText(tr("<b>B</b>"));
    for (int s = 0; s < 2; ++s) {
        m_rootLabel[s]->setText(tr("&Root:"));
        m_prefixLabel[s]->setText(tr("Strip &prefix:"));
        m_root[s]->setToolTip(tr("The subtree of this file that is compared; its keys are taken from there"));
        m_prefix[s]->setToolTip(tr("Removed from the start of this side's keys (DataParallel's module. ...)"));
        if (m_root[s]->count() > 0 && m_root[s]->itemData(0).toString().isEmpty())
            m_root[s]->setItemText(0, tr("(whole file)"));
        if (m_prefix[s]->count() > 0 && m_prefix[s]->itemData(0).toString().isEmpty())
            m_prefix[s]->setItemText(0, tr("(none)"));
    }
    m_auto->setText(tr("Auto"));
    m_auto->setToolTip(tr("Align both sides as the load check finds them: each side's state_dict, and the prefix "
                          "that maps B's keys onto A's"));
    m_state->setText(m_automatic ? tr("aligned automatically") : tr("aligned by hand"));
}

void AlignmentBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ckpt
