#include "widgets/preferences/PreferencesDialog.h"

#include "model/convert/WriterRegistry.h"
#include "widgets/common/ShardSizeBox.h"
#include "widgets/preferences/Appearance.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ckpt {

namespace {
QComboBox *combo(const char *name, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(QLatin1String(name));
    return c;
}
QSpinBox *spin(const char *name, int lo, int hi, QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(QLatin1String(name));
    s->setRange(lo, hi);
    return s;
}
// Selects the entry whose data is `value` (the first if none).
void selectData(QComboBox *c, const QVariant &value)
{
    c->setCurrentIndex(std::max(0, c->findData(value)));
}
} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_statsGroup(new QGroupBox(this)), m_convertGroup(new QGroupBox(this)),
      m_appGroup(new QGroupBox(this)), m_binsLabel(new QLabel(this)), m_binningLabel(new QLabel(this)),
      m_formatLabel(new QLabel(this)), m_castLabel(new QLabel(this)), m_shardLabel(new QLabel(this)),
      m_recentLabel(new QLabel(this)), m_languageLabel(new QLabel(this)), m_themeLabel(new QLabel(this)),
      m_bins(spin("prefHistogramBins", 1, Preferences::kMaxHistogramBins, this)), m_binning(combo("prefBinning", this)),
      m_format(combo("prefSaveFormat", this)), m_cast(combo("prefCastDType", this)),
      m_shardSize(new ShardSizeBox(this)), m_verify(new QCheckBox(this)),
      m_recent(spin("prefRecentFilesCount", 1, Preferences::kMaxRecentFiles, this)),
      m_language(combo("prefLanguage", this)), m_theme(combo("prefTheme", this)),
      m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply | QDialogButtonBox::RestoreDefaults,
          this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_verify->setObjectName(QStringLiteral("prefVerifyAfterWriting"));
    m_shardSize->setObjectName(QStringLiteral("prefShardSize"));
    m_buttons->setObjectName(QStringLiteral("prefButtons"));

    auto *stats = new QFormLayout(m_statsGroup);
    stats->addRow(m_binsLabel, m_bins);
    stats->addRow(m_binningLabel, m_binning);
    auto *convert = new QFormLayout(m_convertGroup);
    convert->addRow(m_formatLabel, m_format);
    convert->addRow(m_castLabel, m_cast);
    convert->addRow(m_shardLabel, m_shardSize);
    convert->addRow(QString(), m_verify);
    auto *app = new QFormLayout(m_appGroup);
    app->addRow(m_recentLabel, m_recent);
    app->addRow(m_languageLabel, m_language);
    app->addRow(m_themeLabel, m_theme);
    for (auto [label, field] : { std::pair<QLabel *, QWidget *> { m_binsLabel, m_bins }, { m_binningLabel, m_binning },
             { m_formatLabel, m_format }, { m_castLabel, m_cast }, { m_shardLabel, m_shardSize },
             { m_recentLabel, m_recent }, { m_languageLabel, m_language }, { m_themeLabel, m_theme } })
        label->setBuddy(field);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statsGroup);
    layout->addWidget(m_convertGroup);
    layout->addWidget(m_appGroup);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, [this] { Preferences::instance()->setValues(values()); });
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
        [this] { Preferences::instance()->setValues(values()); });
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        [this] { setValues(Preferences::defaults()); });
    retranslateUi();
}

void PreferencesDialog::setValues(const Preferences::Values &v)
{
    m_bins->setValue(v.histogramBins);
    selectData(m_binning, int(v.binning));
    selectData(m_format, v.saveFormat);
    selectData(m_cast, v.castDType);
    m_shardSize->setSizeText(v.shardSize);
    m_verify->setChecked(v.verifyAfterWriting);
    m_recent->setValue(v.recentFilesCount);
    selectData(m_language, v.language);
    selectData(m_theme, int(v.theme));
}

Preferences::Values PreferencesDialog::values() const
{
    Preferences::Values v;
    v.histogramBins = m_bins->value();
    v.binning = BinMode(m_binning->currentData().toInt());
    v.saveFormat = m_format->currentData().toString();
    v.castDType = m_cast->currentData().toString();
    qint64 bytes = 0;
    Phrase why;
    // Text that is no size keeps the stored limit rather than store what cannot be used.
    v.shardSize
        = m_shardSize->bytes(&bytes, &why) ? m_shardSize->sizeText() : Preferences::instance()->values().shardSize;
    v.verifyAfterWriting = m_verify->isChecked();
    v.recentFilesCount = m_recent->value();
    v.language = m_language->currentData().toString();
    v.theme = Theme(m_theme->currentData().toInt());
    return v;
}

void PreferencesDialog::showEvent(QShowEvent *event)
{
    setValues(Preferences::instance()->values());
    QDialog::showEvent(event);
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

// The choices' texts are translated: rebuilt, keeping what is chosen.
void PreferencesDialog::fillChoices()
{
    const bool filled = m_binning->count() > 0;
    const Preferences::Values shown = filled ? values() : Preferences::instance()->values();
    for (QComboBox *c : { m_binning, m_format, m_cast, m_language, m_theme })
        c->clear();
    m_binning->addItem(tr("Uniform (as torch.histc)"), int(BinMode::Uniform));
    m_binning->addItem(tr("Exponential (TensorBoard's buckets)"), int(BinMode::Exponential));
    for (const FormatWriter *w : formatWriters())
        m_format->addItem(w->displayName(), w->name());
    for (const char *d : { "float16", "bfloat16", "float32" })
        m_cast->addItem(QLatin1String(d), QLatin1String(d));
    const QString system = QLocale::system().nativeLanguageName();
    m_language->addItem(system.isEmpty() ? tr("System language") : tr("System language (%1)").arg(system), QString());
    for (const QString &code : Appearance::availableLanguages()) {
        const QLocale locale(code);
        m_language->addItem(QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(), code), code);
    }
    m_theme->addItem(tr("System"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    setValues(shown);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_statsGroup->setTitle(tr("Statistics"));
    m_convertGroup->setTitle(tr("Convert"));
    m_appGroup->setTitle(tr("Application"));
    m_binsLabel->setText(tr("Histogram &bins:"));
    m_binningLabel->setText(tr("Bi&nning:"));
    m_formatLabel->setText(tr("Default &save format:"));
    m_castLabel->setText(tr("&Cast to:"));
    m_cast->setToolTip(tr("The dtype the Convert dock's Cast step offers first"));
    m_shardLabel->setText(tr("S&hards:"));
    m_verify->setText(tr("&Verify after writing (compare every tensor's SHA-256)"));
    m_recentLabel->setText(tr("&Recent files listed:"));
    m_languageLabel->setText(tr("&Language:"));
    m_themeLabel->setText(tr("&Theme:"));
    m_bins->setToolTip(tr("Bins of a new histogram in the Statistics dock"));
    m_theme->setToolTip(tr("System follows the desktop; Light and Dark use the Fusion style"));
    fillChoices();
}

} // namespace ckpt
