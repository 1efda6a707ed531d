#include "widgets/preferences/Preferences.h"

#include "model/convert/ShardPlan.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace ckpt {

namespace {
const QString kBins = QStringLiteral("preferences/histogramBins");
const QString kBinning = QStringLiteral("preferences/binning");
const QString kFormat = QStringLiteral("preferences/saveFormat");
const QString kVerify = QStringLiteral("preferences/verifyAfterWriting");
const QString kCast = QStringLiteral("preferences/castDType");
const QString kShardSize = QStringLiteral("preferences/shardSize");
const QString kRecent = QStringLiteral("preferences/recentFilesCount");
const QString kLanguage = QStringLiteral("preferences/language");
const QString kTheme = QStringLiteral("preferences/theme");

// Stored as words, so a hand-edited file stays readable.
QString themeName(Theme t)
{
    switch (t) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}
} // namespace

bool Preferences::Values::operator==(const Values &o) const
{
    return histogramBins == o.histogramBins && binning == o.binning && saveFormat == o.saveFormat
        && verifyAfterWriting == o.verifyAfterWriting && castDType == o.castDType && shardSize == o.shardSize
        && recentFilesCount == o.recentFilesCount && language == o.language && theme == o.theme;
}

Preferences *Preferences::instance()
{
    static Preferences *p = new Preferences(QCoreApplication::instance());
    return p;
}

Preferences::Values Preferences::values() const
{
    const QSettings s;
    const Values d;
    Values v;
    v.histogramBins = std::clamp(s.value(kBins, d.histogramBins).toInt(), 1, kMaxHistogramBins);
    v.binning = s.value(kBinning).toString() == QLatin1String("exponential") ? BinMode::Exponential : BinMode::Uniform;
    v.saveFormat = s.value(kFormat, d.saveFormat).toString();
    v.verifyAfterWriting = s.value(kVerify, d.verifyAfterWriting).toBool();
    v.castDType = s.value(kCast, d.castDType).toString();
    qint64 bytes = 0;
    Phrase why;
    v.shardSize = s.value(kShardSize, d.shardSize).toString();
    if (!v.shardSize.isEmpty() && !parseShardSize(v.shardSize, &bytes, &why))
        v.shardSize.clear(); // a hand-edited file with no size in it
    v.recentFilesCount = std::clamp(s.value(kRecent, d.recentFilesCount).toInt(), 1, kMaxRecentFiles);
    v.language = s.value(kLanguage, d.language).toString();
    const QString theme = s.value(kTheme).toString();
    v.theme = theme == QLatin1String("dark") ? Theme::Dark
        : theme == QLatin1String("light")    ? Theme::Light
                                             : Theme::System;
    return v;
}

void Preferences::setValues(const Values &v)
{
    if (v == values())
        return;
    QSettings s;
    s.setValue(kBins, v.histogramBins);
    s.setValue(kBinning, v.binning == BinMode::Exponential ? QStringLiteral("exponential") : QStringLiteral("uniform"));
    s.setValue(kFormat, v.saveFormat);
    s.setValue(kVerify, v.verifyAfterWriting);
    s.setValue(kCast, v.castDType);
    s.setValue(kShardSize, v.shardSize);
    s.setValue(kRecent, v.recentFilesCount);
    s.setValue(kLanguage, v.language);
    s.setValue(kTheme, themeName(v.theme));
    Q_EMIT changed();
}

} // namespace ckpt
