#include "widgets/diff/LoadCheckPanel.h"

#include "widgets/common/ThemeColors.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ckpt {

namespace {
QString joinArgs(const QStringList &args)
{
    QStringList out;
    for (const QString &a : args)
        out << (a.contains(QLatin1Char(' ')) || a.contains(QLatin1Char('*')) ? QLatin1Char('\'') + a + QLatin1Char('\'')
                                                                             : a);
    return out.join(QLatin1Char(' '));
}
} // namespace

LoadCheckPanel::LoadCheckPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *top = new QHBoxLayout;
    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("compareCheckDirection"));
    m_direction->addItem(QString(), int(CheckDirection::BIntoA));
    m_direction->addItem(QString(), int(CheckDirection::AIntoB));
    top->addWidget(m_direction);
    top->addStretch(1);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("compareCheckVerdict"));
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setWordWrap(true);
    m_verdict->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_fix = new QPushButton(this);
    m_fix->setObjectName(QStringLiteral("compareFixInConvert"));
    m_fix->setEnabled(false);
    top->addWidget(m_fix);
    layout->addLayout(top);
    layout->addWidget(m_verdict);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("compareCheckSource"));
    m_source->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);
    m_source->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_source);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_lists = new QTreeWidget(split);
    m_lists->setObjectName(QStringLiteral("compareCheckLists"));
    m_lists->setHeaderHidden(true);
    m_lists->setColumnCount(1);
    m_lists->setWordWrap(true);
    m_lists->setTextElideMode(Qt::ElideMiddle);
    m_message = new QPlainTextEdit(split);
    m_message->setObjectName(QStringLiteral("compareCheckMessage"));
    m_message->setReadOnly(true);
    m_message->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_message->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_direction, &QComboBox::activated, this, [this] { Q_EMIT directionChanged(direction()); });
    connect(m_fix, &QPushButton::clicked, this, &LoadCheckPanel::fixRequested);
    retranslate();
}

CheckDirection LoadCheckPanel::direction() const
{
    return CheckDirection(m_direction->currentData().toInt());
}

void LoadCheckPanel::setDirection(CheckDirection d)
{
    const QSignalBlocker block(m_direction);
    m_direction->setCurrentIndex(m_direction->findData(int(d)));
    render();
}

void LoadCheckPanel::setBusy()
{
    m_hasResult = false;
    m_placeholder = tr("Checking…");
    render();
}

void LoadCheckPanel::clear(const QString &message)
{
    m_hasResult = false;
    m_placeholder = message;
    render();
}

void LoadCheckPanel::setResult(const CheckResult &result, CheckDirection d, bool planned)
{
    m_result = result;
    m_hasResult = true;
    m_planned = planned;
    setDirection(d);
}

void LoadCheckPanel::addGroup(const QString &title, const QStringList &items, bool expanded)
{
    if (items.isEmpty())
        return;
    auto *group = new QTreeWidgetItem(m_lists, { tr("%1 (%2)").arg(title).arg(items.size()) });
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    for (const QString &item : items) {
        auto *child = new QTreeWidgetItem(group, { item });
        child->setToolTip(0, item);
    }
    group->setExpanded(expanded);
}

void LoadCheckPanel::render()
{
    m_lists->clear();
    m_message->clear();
    m_source->clear();
    const bool intoA = direction() == CheckDirection::BIntoA;
    const QString model = intoA ? QStringLiteral("A") : QStringLiteral("B");
    const QString ckpt = intoA ? QStringLiteral("B") : QStringLiteral("A");
    if (!m_hasResult) {
        m_verdict->setText(m_placeholder.toHtmlEscaped());
        m_fix->setEnabled(false);
        return;
    }
    const CheckResult &r = m_result;
    const QPalette &pal = palette();
    auto colored = [](Tone tone, const QPalette &p, const QString &text) {
        return QStringLiteral("<span style='color:%1'><b>%2</b></span>")
            .arg(toneColor(tone, p).name(), text.toHtmlEscaped());
    };
    if (!r.ok()) {
        m_verdict->setText(colored(Tone::Error, pal, tr("The check could not be made: %1").arg(r.error.text())));
        m_fix->setEnabled(false);
        return;
    }
    const LoadReport &rep = r.report;
    QString verdict = r.loads()
        ? colored(Tone::Good, pal, tr("%1 loads into %2 with strict=True.").arg(ckpt, model))
        : colored(Tone::Error, pal, tr("%1 does not load into %2 with strict=True.").arg(ckpt, model));
    if (!r.loads() && !r.fixes.fixes.empty()) {
        const LoadReport &after = r.fixesChecked ? r.afterFixes : rep;
        verdict += QLatin1Char(' ')
            + (after.loadsStrict()           ? tr("After the fixes below it loads with strict=True.")
                    : after.loadsNonStrict() ? tr("After the fixes below it loads with strict=False; the model "
                                                  "keeps its own initialisation for %1.")
                                                   .arg(after.missing.join(QStringLiteral(", ")))
                                             : tr("The fixes below do not make it load."))
                  .toHtmlEscaped();
    } else if (!r.loads()) {
        verdict += QLatin1Char(' ')
            + (!rep.loadsNonStrict() ? tr("With strict=False it fails too.")
                    : rep.missing.isEmpty()
                    ? tr("With strict=False it loads; the unexpected keys are ignored.")
                    : tr("With strict=False it loads; the model keeps its own initialisation for %1.")
                          .arg(rep.missing.join(QStringLiteral(", "))))
                  .toHtmlEscaped();
    }
    if (m_planned)
        verdict += QLatin1Char(' ') + tr("(A as the conversion plan makes it)").toHtmlEscaped();
    m_verdict->setText(verdict);
    m_source->setText(
        tr("%1's state_dict: %2 (%3 keys) · %4's keys: %5 (%6 keys)")
            .arg(ckpt,
                r.scriptCheckpoint ? tr("the TorchScript module's parameters and buffers")
                                   : r.stateDict.describe().text())
            .arg(r.scriptCheckpoint ? rep.loaded + rep.missing.size() : qsizetype(r.stateDict.entries.size()))
            .arg(model, r.model->stateDictPath.empty() ? tr("the file itself") : r.model->stateDictDescription.text())
            .arg(r.model->keys.size()));

    addGroup(tr("Missing keys"), rep.missing, true);
    addGroup(tr("Unexpected keys"), rep.unexpected, true);
    QStringList sizes, dtypes, fixes;
    for (const SizeMismatch &s : rep.sizeMismatch)
        sizes << tr("%1: %2 in the checkpoint, %3 in the model")
                     .arg(s.key, shapeString(s.checkpoint), shapeString(s.model));
    addGroup(tr("Size mismatch"), sizes, true);
    for (const DtypeMismatch &d : rep.dtypeMismatch)
        dtypes << tr("%1: %2 in the checkpoint, %3 in the model (cast silently)")
                      .arg(d.key, dtypeName(d.checkpoint), dtypeName(d.model));
    addGroup(tr("Dtype differences"), dtypes, !dtypes.isEmpty() && dtypes.size() < 20);
    for (const CheckFix &f : r.fixes.fixes)
        fixes << tr("%1 — ckpt convert %2").arg(f.description.text(), joinArgs(f.convertArgs));
    addGroup(tr("Fixes"), fixes, true);
    addGroup(tr("Notes"), textOf(r.notes), false);
    m_message->setPlainText(r.loads() ? tr("load_state_dict(strict=True) raises nothing.") : rep.message(r.className));
    m_fix->setEnabled(!r.fixes.plan.ops.empty());
}

void LoadCheckPanel::retranslate()
{
    m_direction->setItemText(0, tr("Loads into A?"));
    m_direction->setItemText(1, tr("Loads into B?"));
    m_direction->setToolTip(tr("Which file is the model's side: the other is loaded into it as load_state_dict "
                               "would load it"));
    m_fix->setText(tr("Fix in Convert"));
    m_fix->setToolTip(tr("Put the proposed fixes into the conversion plan of the file that is loaded; Preview in "
                         "Tree shows the fixed tree"));
    m_lists->setToolTip(tr("What model.load_state_dict(state_dict, strict=True) reports, in PyTorch's order"));
    m_message->setPlaceholderText(tr("PyTorch's message"));
    render();
}

void LoadCheckPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace ckpt
