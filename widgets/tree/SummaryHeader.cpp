#include "widgets/tree/SummaryHeader.h"

#include "model/checkpoint/Summary.h"
#include "model/checkpoint/WeightsOnly.h"
#include "model/document/CheckpointDocument.h"
#include "model/lora/LoraInfo.h"
#include "widgets/common/ThemeColors.h"

#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

#include <algorithm>

namespace ckpt {

namespace {
// A chip of text on a tint of `tone`, legible on light and dark palettes alike.
QString chipStyle(Tone tone, const QPalette &palette)
{
    return QStringLiteral("background:%1; color:%2;")
        .arg(toneBackground(tone, palette).name(), toneColor(tone, palette).name());
}

QString breakdown(const QMap<QString, qint64> &bytes)
{
    QStringList parts;
    for (auto it = bytes.constBegin(); it != bytes.constEnd(); ++it)
        parts << QStringLiteral("%1 <b>%2</b>").arg(it.key().toHtmlEscaped(), formatBytes(it.value()));
    return parts.join(QStringLiteral(", "));
}

// "8", or "4–16" when the modules differ.
template <typename Get> QString span(const std::vector<LoraModule> &modules, Get get)
{
    const auto [lo, hi] = std::minmax_element(
        modules.begin(), modules.end(), [&](const LoraModule &a, const LoraModule &b) { return get(a) < get(b); });
    const QLocale locale;
    const QString low = locale.toString(double(get(*lo)), 'g', 6), high = locale.toString(double(get(*hi)), 'g', 6);
    return low == high ? low : low + QStringLiteral("–") + high;
}
} // namespace

SummaryHeader::SummaryHeader(CheckpointDocument *doc, QWidget *parent)
    : QFrame(parent), m_doc(doc), m_title(new QLabel(this)), m_totals(new QLabel(this)), m_breakdown(new QLabel(this)),
      m_facts(new QLabel(this)), m_lora(new QLabel(this)), m_badge(new QLabel(this))
{
    setObjectName(QStringLiteral("summaryHeader"));
    m_badge->setObjectName(QStringLiteral("safetyBadge"));
    m_totals->setObjectName(QStringLiteral("summaryTotals"));
    m_facts->setObjectName(QStringLiteral("summaryFacts"));
    m_lora->setObjectName(QStringLiteral("summaryLora"));
    m_lora->setWordWrap(true);
    for (QLabel *l : { m_title, m_totals, m_breakdown, m_facts })
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    // A file of many dtypes or devices lists them all: wrapped, never widening the window.
    m_breakdown->setWordWrap(true);
    m_totals->setWordWrap(true);
    m_facts->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_badge->setAlignment(Qt::AlignCenter);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setVerticalSpacing(2);
    grid->addWidget(m_title, 0, 0);
    grid->addWidget(m_badge, 0, 1, 2, 1, Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(m_totals, 1, 0);
    grid->addWidget(m_breakdown, 2, 0, 1, 2);
    grid->addWidget(m_lora, 3, 0, 1, 2);
    grid->addWidget(m_facts, 4, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    refresh();

    connect(doc, &CheckpointDocument::loadStarted, this, &SummaryHeader::setLoading);
    connect(doc, &CheckpointDocument::loadCancelled, this, [this, doc] { setCheckpoint(doc->checkpoint()); });
    connect(doc, &CheckpointDocument::checkpointChanged, this, [this, doc] { setCheckpoint(doc->checkpoint()); });
    connect(doc, &CheckpointDocument::shownCheckpointChanged, this,
        [this, doc] { setPreview(doc->isPreviewShown() ? doc->shownCheckpoint() : nullptr); });
}

void SummaryHeader::setCheckpoint(CheckpointPtr ckpt)
{
    m_ckpt = std::move(ckpt);
    m_loadingPath.clear();
    m_loraText.clear();
    m_loraTip.clear();
    if (m_ckpt && m_ckpt->ok()) {
        const LoraSummary lora = loraOf(*m_ckpt, m_doc->totals());
        if (lora.ok() && !lora.modules.empty()) {
            const auto &m = lora.modules;
            const bool oneSource = std::all_of(
                m.begin(), m.end(), [&](const LoraModule &x) { return x.alphaSource == m.front().alphaSource; });
            m_loraText = tr(
                "<b>LoRA adapter</b> (%1): %n modules · rank %2 · alpha %3 (%4) · scale %5", nullptr, int(m.size()))
                             .arg(lora.layout == LoraLayout::Peft ? QStringLiteral("PEFT") : QStringLiteral("kohya"),
                                 span(m, [](const LoraModule &x) { return x.rank; }),
                                 span(m, [](const LoraModule &x) { return x.alpha; }),
                                 oneSource ? alphaSourceName(m.front().alphaSource) : tr("mixed"),
                                 span(m, [](const LoraModule &x) { return x.scale; }));
            if (lora.rsLora)
                m_loraText += tr(" · rsLoRA (alpha / √rank)");
            for (const QString &w : lora.warnings)
                m_loraText += QStringLiteral("<br>⚠ ") + w.toHtmlEscaped();
            QStringList lines;
            for (const LoraModule &x : m)
                lines << tr("%1: rank %2, alpha %3 (%4), scale %5")
                             .arg(x.module)
                             .arg(x.rank)
                             .arg(x.alpha)
                             .arg(alphaSourceName(x.alphaSource))
                             .arg(x.scale);
            m_loraTip = lines.mid(0, 40).join(QLatin1Char('\n'));
            if (lines.size() > 40)
                m_loraTip += QLatin1Char('\n') + tr("… and %1 more (ckpt lora lists them all)").arg(lines.size() - 40);
        }
    }
    refresh();
}

void SummaryHeader::setLoading(const QString &path)
{
    m_loadingPath = path;
    refresh();
}

void SummaryHeader::setPreview(CheckpointPtr view)
{
    m_preview = std::move(view);
    refresh();
}

QString SummaryHeader::badgeText() const
{
    return m_badge->text();
}

void SummaryHeader::refresh()
{
    if (!m_loadingPath.isEmpty() || !m_ckpt) {
        m_title->setText(
            m_loadingPath.isEmpty() ? tr(
                "<b>No checkpoint open.</b> Open one with File › Open, drop a file here, or try File › Open Example.")
                                    : tr("<b>%1</b> — reading…")
                                          .arg(QFileInfo(m_loadingPath).fileName().toHtmlEscaped()));
        for (QLabel *l : { m_totals, m_breakdown, m_facts, m_lora })
            l->clear();
        m_lora->hide();
        m_badge->hide();
        return;
    }
    const Checkpoint &c = *m_ckpt;
    const Summary s = summaryOf(c, m_doc->totals());
    m_title->setText(
        tr("<b style='font-size:12pt'>%1</b>&nbsp;&nbsp;<span style='%4'>&nbsp;%2&nbsp;</span>&nbsp;&nbsp;%3 on disk")
            .arg(QFileInfo(c.file).fileName().toHtmlEscaped(), formatName(c.format), formatBytes(c.fileSize),
                chipStyle(Tone::Primary, palette())));
    if (m_preview)
        m_title->setText(m_title->text()
            + tr("&nbsp;&nbsp;<span style='%1'>&nbsp;Preview of the conversion: nothing written yet&nbsp;</span>")
                  .arg(chipStyle(Tone::Warning, palette())));
    m_title->setToolTip(c.file);
    m_totals->setText(tr("<b>%1</b> tensors &nbsp;·&nbsp; <b>%2</b> parameters &nbsp;·&nbsp; <b>%3</b> used, %4 stored")
                          .arg(QString::number(s.tensors), formatCount(s.parameters), formatBytes(s.bytesUsed),
                              formatBytes(s.bytesStored)));
    if (m_preview) {
        const Summary p = summaryOf(*m_preview, m_doc->shownTotals());
        m_totals->setText(m_totals->text()
            + tr(" &nbsp;→&nbsp; after the plan: <b>%1</b> tensors &nbsp;·&nbsp; <b>%2</b> parameters &nbsp;·&nbsp; "
                 "<b>%3</b> used")
                  .arg(QString::number(p.tensors), formatCount(p.parameters), formatBytes(p.bytesUsed)));
    }
    const QString dtypes = breakdown(s.bytesByDtype);
    const QString devices = breakdown(s.bytesByDevice);
    QString breakdownText = dtypes.isEmpty()
        ? QString()
        : tr("By dtype: %1 &nbsp;&nbsp;|&nbsp;&nbsp; By device: %2").arg(dtypes, devices);
    // Memory at a glance: what the weights need at each width, and the largest tensor.
    if (s.floatingElements > 0 && s.largestTensor >= 0) {
        const TensorInfo &big = c.tensors[size_t(s.largestTensor)];
        breakdownText += QStringLiteral("<br>")
            + tr("Weights in fp32 %1 · fp16/bf16 %2 · int8 %3 · 4-bit %4 &nbsp;&nbsp;|&nbsp;&nbsp; Largest: %5 (%6)")
                  .arg(formatBytes(s.bytesAt(32)), formatBytes(s.bytesAt(16)), formatBytes(s.bytesAt(8)),
                      formatBytes(s.bytesAt(4)), pathToString(big.path).toHtmlEscaped(), formatBytes(s.largestBytes));
    }
    m_breakdown->setText(breakdownText);
    m_breakdown->setVisible(!dtypes.isEmpty());
    QStringList facts;
    for (const auto &f : c.facts)
        facts << tr("%1: %2", "a fact of the file: its name, then its value").arg(f.first.text(), f.second.text());
    m_facts->setText(facts.join(QStringLiteral("  ·  ")).toHtmlEscaped());
    m_lora->setText(m_loraText);
    m_lora->setToolTip(m_loraTip);
    m_lora->setVisible(!m_loraText.isEmpty());

    QString text, color;
    switch (safetyGrade(c)) {
    case SafetyGrade::Dangerous:
        text = tr("DANGEROUS");
        color = QStringLiteral("#c62828");
        break;
    case SafetyGrade::Suspicious:
        text = tr("SUSPICIOUS");
        color = QStringLiteral("#6a1b9a");
        break;
    case SafetyGrade::Safe:
        text = tr("SAFE");
        color = QStringLiteral("#2e7d32");
        break;
    case SafetyGrade::NeedsCode:
        text = tr("NEEDS CODE");
        color = QStringLiteral("#b26a00");
        break;
    case SafetyGrade::NotChecked:
        text = tr("NOT CHECKED");
        color = QStringLiteral("#546e7a");
        break;
    case SafetyGrade::Unreadable:
        text = tr("UNREADABLE");
        color = QStringLiteral("#616161");
        break;
    }
    m_badge->setText(text);
    m_badge->setToolTip(Summary::safetyLine(c).text());
    m_badge->setStyleSheet(QStringLiteral(
        "QLabel { background: %1; color: white; font-weight: bold; padding: 4px 12px; border-radius: 10px; }")
                               .arg(color));
    m_badge->show();
}

void SummaryHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace ckpt
